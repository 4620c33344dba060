import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { createWorld, type World } from '../../simulator/index';
import { internalCrash } from '../../simulator/testing/robustness';
import { createServerApiHandlers, serverApiEndpoints, serverApiHeaders } from './index';

/**
 * Every Server API call meets bad input with a documented answer code and a clear message: 1002 for a
 * missing or invalid parameter, 1005 for a too long one, the IM service's own code (234xx ...) passed
 * through. It never answers 1000 because imsim itself crashed. Fuzzed with fixed seeds, signed requests.
 */
const API = 'https://api.rong-api.com';

let world: World;
const server = setupServer(...createServerApiHandlers(() => world));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function populated(): World {
  const w = createWorld({ seed: 11, appKey: 'key-f', appSecret: 'secret-f' });
  w.server.issueToken('alice');
  w.server.createGroup('g1', ['alice', 'bob']);
  w.server.createChatRoom('r1');
  return w;
}

const names = [
  'userId', 'name', 'portraitUri', 'groupId', 'groupName', 'chatroomId', 'chatroom[r1]', 'minute', 'fromUserId',
  'toUserId', 'toGroupId', 'toChatroomId', 'objectName', 'content', 'pushContent', 'pushData', 'isPersisted',
  'isCounted', 'verifyBlacklist', 'key', 'value', 'autoDelete', 'keys',
];
const values = fc.oneof(
  fc.constantFrom('alice', 'bob', 'g1', 'r1', 'nope', '', ' ', '0', '1', '2', '-1', '1.5', '43201', 'x'.repeat(70), 'RC:TxtMsg', 'RC:ImgMsg', 'RC:Unknown', '{"content":"hi"}', '{', 'null', '[]'),
  fc.string({ maxLength: 12 }),
);
const forms = fc.array(fc.tuple(fc.constantFrom(...names), values), { maxLength: 8 });

async function call(path: string, params: Array<[string, string]>, nonce: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: serverApiHeaders(world, String(nonce), world.clock.now()),
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** What every answer must look like (throws when it does not). */
function checkAnswer(status: number, body: Record<string, unknown>): void {
  const code = body.code;
  expect(typeof code).toBe('number');
  if (code === 200) expect(status).toBe(200);
  else expect(typeof body.errorMessage).toBe('string');
  expect(String(body.errorMessage ?? '')).not.toMatch(internalCrash);
  // 1000 is the IM service refusing a message or a planned fault, never imsim failing.
  if (code === 1000) expect(body.errorMessage).toMatch(/IM service refused|planned/);
}

describe('Server API robustness', () => {
  test('random forms on every endpoint get a documented code and a clear message, never an internal crash', async () => {
    world = populated();
    let nonce = 0;
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(serverApiEndpoints)), forms, async (path, params) => {
        const { status, body } = await call(path, params, ++nonce);
        checkAnswer(status, body);
        seen.add(body.code as number);
      }),
      { seed: 21, numRuns: 400 },
    );
    // The run reached both sides: accepted calls and refused ones.
    expect(seen.has(200)).toBe(true);
    expect(seen.has(1002)).toBe(true);
    expect([...seen].every((code) => [200, 404, 1000, 1002, 1003, 1005].includes(code) || code >= 20_000)).toBe(true);
  });

  test('the check catches its mutants: a crash answered as 1000, a refusal without a message, a bad status', () => {
    expect(() => checkAnswer(500, { code: 1000, errorMessage: "Cannot read properties of undefined (reading 'x')" })).toThrow();
    expect(() => checkAnswer(500, { code: 1000, errorMessage: 'groupId is not a known group' })).toThrow();
    expect(() => checkAnswer(400, { code: 1002 })).toThrow();
    expect(() => checkAnswer(500, { code: 200 })).toThrow();
    expect(() => checkAnswer(400, { code: 1002, errorMessage: 'userId is required' })).not.toThrow();
  });
});
