import { RCIMIWEngine, type RCIMIWTextMessage } from '@rongcloud/react-native-im-wrapper';
import { setupServer } from 'msw/node';
import { getWorld } from 'imsim/jest';
import { createServerApiHandlers, serverApiHeaders } from 'imsim/server-api';

// The Server API of the current test's world, answered in-process by msw.
const server = setupServer(...createServerApiHandlers(getWorld));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// The app's backend code under test: signed, form-encoded calls, as in production.
async function rongcloud(path: string, params: Record<string, string>, headers = serverApiHeaders(getWorld(), 'nonce-1', 1700000000000)) {
  const response = await fetch(`https://api.rong-api.com${path}`, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
  return (await response.json()) as { code: number; token?: string };
}

test('a token from the Server API connects a phone, which receives what the backend publishes', async () => {
  const world = getWorld();
  const { code, token } = await rongcloud('/user/getToken.json', { userId: 'alice', name: 'Alice' });
  expect(code).toBe(200);

  const engine = RCIMIWEngine.create(world.appKey);
  const texts: string[] = [];
  engine.setOnMessageReceivedListener((message) => texts.push((message as RCIMIWTextMessage).text ?? ''));
  await new Promise((resolve) => engine.connect(token!, 0, { onConnected: resolve }));

  const published = await rongcloud('/message/private/publish.json', {
    fromUserId: 'shop', toUserId: 'alice', objectName: 'RC:TxtMsg', content: JSON.stringify({ content: 'your order shipped' }),
  });
  expect(published.code).toBe(200);
  await world.settle();
  expect(texts).toEqual(['your order shipped']);
  await engine.destroy();
});

test('a request with a wrong signature is refused', async () => {
  const headers = { ...serverApiHeaders(getWorld(), 'nonce-2', 1700000000000), Signature: 'not-the-signature' };
  expect(await rongcloud('/user/getToken.json', { userId: 'mallory' }, headers)).toMatchObject({ code: 1004 });
});
