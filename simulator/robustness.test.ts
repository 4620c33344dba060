import fc from 'fast-check';
import { ServerControl, createWorld, type World } from './index';
import { outcome } from './testing/robustness';

/**
 * Every public entry point of the simulator meets bad input with a clear error (a TypeError / RangeError
 * / Error naming the call and the bad option), never an internal crash such as "Cannot read properties
 * of undefined", and bad input changes nothing. Fuzzed with fixed seeds.
 */
const ids = fc.constantFrom('alice', 'bob', 'carol', 'g1', 'room', 'ug1', 'ch1', '', ' ', 'x'.repeat(65));
const values: fc.Arbitrary<unknown> = fc.oneof(
  ids,
  fc.string(),
  fc.integer({ min: -5, max: 100_000 }),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, NaN, Infinity, -1, 0, 30003, 23410),
  fc.bigInt({ min: -5n, max: 5n }),
  fc.array(fc.oneof(ids, fc.string(), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom('times', 'userId', 'ttlMs', 'keepAlive', 'deleteWhenLeft', 'multipleRooms', 'autoDestroyMs', 'x'), fc.oneof(ids, fc.integer(), fc.boolean(), fc.constant(null))),
  fc.anything(),
);
const argLists = fc.array(values, { maxLength: 5 });

function populated(): World {
  const world = createWorld({ seed: 3 });
  world.server.issueToken('alice');
  world.server.issueToken('bob');
  world.server.createGroup('g1', ['alice', 'bob']);
  world.server.createChatRoom('room');
  return world;
}

describe('robustness: bad input gets a clear error, never a crash', () => {
  test('createWorld(options)', () => {
    const options = fc.oneof(
      fc.anything(),
      fc.record({ seed: values, now: values, appKey: values, appSecret: values, logLimit: values }, { requiredKeys: [] }),
      fc.record({ limits: fc.oneof(values, fc.dictionary(fc.constantFrom('sendsPerSecond', 'maxMessageBytes', 'offlinePackageSize', 'mediaStepPercent', 'bogus'), values)) }),
      fc.record({ from: fc.oneof(values, fc.record({ format: fc.constant('imsim.world'), version: fc.constantFrom(1, 2), options: values })) }),
    );
    fc.assert(
      fc.property(options, (o) => {
        const error = outcome('createWorld', () => createWorld(o as never));
        if (error) expect(error).toBeInstanceOf(Error);
      }),
      { seed: 1, numRuns: 500 },
    );
    expect(() => createWorld({ sed: 1 } as never)).toThrow('createWorld: unknown option "sed" (known: seed, now, appKey, appSecret, limits, logLimit, from)');
    expect(() => createWorld({ limits: { sendsPerSecond: 0 } })).toThrow('createWorld({ limits: { sendsPerSecond } }) must be a number > 0, got 0');
    expect(() => createWorld(null as never)).toThrow('createWorld(options) must be an object, got null');
  });

  test('world.device(options), and a rejected device is not added', () => {
    const world = createWorld();
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ platform: values, id: values }, { requiredKeys: [] })), (o) => {
        const before = world.devices.length;
        const error = outcome('world.device', () => world.device(o as never));
        expect(world.devices.length).toBe(error ? before : before + 1);
      }),
      { seed: 2, numRuns: 500 },
    );
    expect(() => world.device({ plattform: 'ios' } as never)).toThrow('world.device: unknown option "plattform" (known: platform, id)');
  });

  test('a device: network controls, the emitter and the log refuse bad input and keep their state', () => {
    const world = createWorld({ seed: 8 });
    const device = world.device({ id: 'phone' });
    const entryPoints: Record<string, (args: unknown[]) => unknown> = {
      'network.latency': ([ms]) => device.network.latency(ms as number),
      'network.loss': ([p]) => device.network.loss(p as number),
      addListener: ([name, fn]) => device.rn.emitter.addListener(name as string, fn as never),
      'log.format': ([options]) => device.log.format(options as never),
      'log.filter': ([kind, name]) => device.log.filter(kind as never, name as never),
      'log.events': ([name]) => device.log.events(name as never),
      listenerCount: ([name]) => device.rn.emitter.listenerCount(name as never),
      removeAllListeners: ([name]) => device.rn.emitter.removeAllListeners(name as never),
    };
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(entryPoints)), argLists, (name, args) => {
        const before = { latency: device.network.currentLatency, loss: device.network.currentLoss, listeners: device.rn.emitter.totalListenerCount() };
        const error = outcome(name, () => entryPoints[name](args));
        if (error) {
          expect({ latency: device.network.currentLatency, loss: device.network.currentLoss, listeners: device.rn.emitter.totalListenerCount() }).toEqual(before);
        }
      }),
      { seed: 9, numRuns: 600 },
    );
  });

  test('world.clock.advance(ms): only finite ms >= 0, and time does not move on a refusal', async () => {
    const world = createWorld();
    await fc.assert(
      fc.asyncProperty(values, async (ms) => {
        const before = world.clock.now();
        let error: unknown = null;
        try {
          await world.clock.advance(ms as number);
        } catch (e) {
          error = e;
        }
        if (error) {
          expect(String((error as Error).message)).toMatch(/^clock\.advance\(ms\) needs a finite ms >= 0/);
          expect(world.clock.now()).toBe(before);
        } else expect(world.clock.now()).toBe(before + (ms as number));
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  test('world.server.*: every control and view', () => {
    const world = populated();
    const methods = Object.getOwnPropertyNames(ServerControl.prototype).filter((n) => n !== 'constructor');
    expect(methods.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(fc.constantFrom(...methods), argLists, (method, args) => {
        const fn = (world.server as unknown as Record<string, (...a: unknown[]) => unknown>)[method];
        outcome(method, () => fn.apply(world.server, args));
      }),
      { seed: 4, numRuns: 3_000 },
    );
  });

  test('world.server.* refuse without changing anything', () => {
    const world = populated();
    const state = () => JSON.stringify({
      users: world.server.users(), tokens: [...world.cloud.accounts.tokens.values()], groups: world.server.groupMembers('g1'),
      rooms: world.server.chatRooms(), faults: world.cloud.faults.pending(), accounts: [...world.cloud.accounts.users.values()].map((u) => ({ ...u, blacklist: [...u.blacklist] })),
    });
    const before = state();
    for (const [method, args] of [
      ['issueToken', [42]], ['blockUser', ['alice', -1]], ['failNext', ['sendMessage', 30003, null]], ['failNext', ['sendMesage', 30003]],
      ['createGroup', ['g2', 'alice']], ['joinGroup', ['nope', ['alice']]], ['outage', [0]], ['failFor', ['connect', 30002, Infinity]],
      ['destroyChatRoom', ['ghost']], ['configureChatRooms', [{ autoDestroyMs: -1 }]],
    ] as const) {
      expect(outcome(method, () => (world.server as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args))).not.toBeNull();
    }
    expect(state()).toBe(before);
  });

  test('the checks catch their mutants: an entry point that crashes, one whose error does not name it', () => {
    expect(() => outcome('issueToken', () => (null as unknown as { ttlMs: number }).ttlMs)).toThrow(/issueToken crashed instead of rejecting its input/);
    expect(() => outcome('issueToken', () => {
      throw new TypeError('bad input');
    })).toThrow(/issueToken rejected its input without naming itself/);
    expect(outcome('issueToken', () => 'fine')).toBeNull();
  });
});
