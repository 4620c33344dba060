// Runs with `react-native` mapped to `imsim/react-native` (moduleNameMapper), as an app's jest config maps it.
import { RC, type World } from '../../simulator/index';
import { configure, currentDevice, getWorld, isolatedWrapper, sleep, useDevice } from './index';
import { afterEachTest } from './hooks';
import { RCIMIWEngine } from './fixtures/wrapper';

type Engine = Record<string, (...args: any[]) => any>;
const PRIVATE = 1;

/** Connects a wrapper engine and resolves with the onConnected code. */
function connect(engine: Engine, token: string): Promise<number> {
  return new Promise((resolve) => {
    void engine.connect(token, 0, { onConnected: (code: number) => resolve(code) });
  });
}

function sendText(engine: Engine, targetId: string, text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    (engine.createTextMessage(PRIVATE, targetId, '', text) as Promise<any>)
      .then((message) => engine.sendMessage(message, { onMessageSent: (code: number) => resolve(code) }))
      .catch(reject);
  });
}

describe('imsim/jest with a wrapper imported at the top of the file', () => {
  let engine: Engine;
  afterEach(async () => {
    await engine?.destroy();
  });

  test('the wrapper talks to the app device of the test world', async () => {
    engine = RCIMIWEngine.create(getWorld().appKey) as unknown as Engine;
    expect(await connect(engine, getWorld().server.issueToken('alice'))).toBe(0);
    expect(currentDevice().id).toBe('app');
    expect(currentDevice().userId).toBe('alice');
    expect(getWorld().server.onlineUsers()).toEqual(['alice']);
  });

  let previous: World;
  test('each test gets a new world: nothing of the previous test remains', async () => {
    previous = getWorld();
    expect(previous.server.users()).toEqual([]);
    engine = RCIMIWEngine.create(getWorld().appKey) as unknown as Engine;
    expect(await connect(engine, getWorld().server.issueToken('bob'))).toBe(0);
  });

  test('... and the world object itself is new', () => {
    expect(getWorld()).not.toBe(previous);
    expect(previous.server.users()).toEqual(['bob']);
    expect(getWorld().devices).toEqual([]);
  });

  test('two phones in one test: isolatedWrapper gives the second its own wrapper singleton', async () => {
    const world = getWorld();
    const bobPhone = world.device({ id: 'bob-phone' });
    const Bob = isolatedWrapper(bobPhone, () => require('./fixtures/wrapper') as typeof import('./fixtures/wrapper'));
    expect(Bob.RCIMIWEngine).not.toBe(RCIMIWEngine);

    engine = RCIMIWEngine.create(world.appKey) as unknown as Engine;
    const bob = Bob.RCIMIWEngine.create(world.appKey) as unknown as Engine;
    expect(bob).not.toBe(engine);
    const inbox: Array<{ text: string; from: string }> = [];
    bob.setOnMessageReceivedListener((message: any) => inbox.push({ text: message.text, from: message.senderUserId }));

    expect(await connect(engine, world.server.issueToken('alice'))).toBe(0);
    expect(await connect(bob, world.server.issueToken('bob'))).toBe(0);
    expect(await sendText(engine, 'bob', 'hi bob')).toBe(0);
    await world.settle();
    expect(inbox).toEqual([{ text: 'hi bob', from: 'alice' }]);
    expect(bobPhone.userId).toBe('bob');
    expect(currentDevice().userId).toBe('alice');
    await bob.destroy();
  });

  test('useDevice moves react-native to another device: Platform.OS follows it', async () => {
    const { Platform } = require('react-native') as typeof import('../react-native/index');
    expect(Platform.OS).toBe('android');
    const iphone = useDevice(getWorld().device({ platform: 'ios' }));
    expect(Platform.OS).toBe('ios');
    expect(Platform.select({ ios: 'i', android: 'a' })).toBe('i');
    engine = RCIMIWEngine.create(getWorld().appKey) as unknown as Engine;
    // On iOS the wrapper calls the native setDeviceToken (Android resolves 0 without calling native).
    await expect(engine.setDeviceToken('apns-token')).resolves.toBe(0);
    expect(iphone.engine!.areas.get('deviceToken')).toBe('apns-token');
    expect(iphone.log.filter('call', 'setDeviceToken')).toHaveLength(1);
  });
});

describe('an engine left over from an earlier test', () => {
  let leaked: Engine;
  test('a test that creates an engine and never destroys it', async () => {
    leaked = RCIMIWEngine.create(getWorld().appKey) as unknown as Engine;
    expect(await connect(leaked, getWorld().server.issueToken('alice'))).toBe(0);
  });

  test('the next test gets the stale singleton; its calls reject with a hint', async () => {
    const engine = RCIMIWEngine.create(getWorld().appKey) as unknown as Engine;
    expect(engine).toBe(leaked);
    await expect(engine.connect(getWorld().server.issueToken('alice'), 0, {})).rejects.toThrow(
      /engine is null \(imsim: each test gets a fresh world.*engine\.destroy\(\) in afterEach\)/,
    );
    await engine.destroy();
    const fresh = RCIMIWEngine.create(getWorld().appKey) as unknown as Engine;
    expect(await connect(fresh, getWorld().server.issueToken('alice'))).toBe(0);
    await fresh.destroy();
  });
});

describe('configure', () => {
  afterAll(() => configure({ platform: 'android', world: {} }));

  test('sets the options of the following worlds', () => {
    configure({ platform: 'ios', world: { seed: 42, appKey: 'my-app' } });
    expect(getWorld().appKey).toBe('imsim-app-key');
  });

  test('the next test has them', () => {
    expect(getWorld().seed).toBe(42);
    expect(getWorld().appKey).toBe('my-app');
    expect(currentDevice().platform).toBe('ios');
  });

  test('bad options are refused', () => {
    expect(() => configure({ platform: 'windows' as never })).toThrow(/platform/);
    expect(() => useDevice({} as never)).toThrow(/world\.device/);
  });
});

describe('sleep and the per-test checks', () => {
  test('sleep(ms) resolves when the virtual clock has moved that far, not before', async () => {
    const world = getWorld();
    let woke = -1;
    void sleep(1_500).then(() => (woke = world.clock.now()));
    const start = world.clock.now();
    await world.clock.advance(1_499);
    expect(woke).toBe(-1);
    await world.clock.advance(1);
    expect(woke).toBe(start + 1_500);
    await expect(sleep(-1)).rejects.toThrow(RangeError);
  });

  test('after each test, an error thrown inside a listener fails the test', async () => {
    const device = getWorld().device();
    device.rn.emitter.addListener('IRCIMIWListener:onConnectionStatusChanged', () => {
      throw new Error('assertion inside a listener');
    });
    device.rn.native.create(getWorld().appKey, {});
    await device.rn.native.connect(getWorld().server.issueToken('alice'), 0, 'e1');
    await expect(afterEachTest()).rejects.toThrow(/assertion inside a listener[\s\S]*thrown by a JS listener of IRCIMIWListener:onConnectionStatusChanged/);
    expect(getWorld().takeErrors()).toEqual([]);
  });

  test('refusals reach the wrapper with the real codes', async () => {
    const engine = RCIMIWEngine.create(getWorld().appKey) as unknown as Engine;
    getWorld().server.blockUser('alice', 5);
    expect(await connect(engine, getWorld().server.issueToken('alice'))).toBe(RC.CONN_USER_BLOCKED);
    await engine.destroy();
  });
});
