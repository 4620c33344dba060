import { ConnectionStatus, createWorld, type Device, type World } from '../../simulator/index';
import { installFakeNative } from './index';
import { getWorld } from '../jest/index';
import { bindRCIMIWEngine } from '../../contracts/reference/rongcloud-rn';
import { presetLikeReactNative } from './fixtures/preset-like';

type Engine = Record<string, (...args: any[]) => any>;

/** Imports the wrapper after installing, as an app's test does: the wrapper copies the module at import. */
function wrapperOver(rn: ReturnType<typeof presetLikeReactNative>) {
  return bindRCIMIWEngine(rn as unknown as Parameters<typeof bindRCIMIWEngine>[0]);
}

async function connectAndReceive(world: World, engine: Engine, sender: Device) {
  const statuses: number[] = [];
  const texts: string[] = [];
  engine.setOnConnectionStatusChangedListener((status: number) => statuses.push(status));
  engine.setOnMessageReceivedListener((message: any) => texts.push(message.text));
  const connected = await new Promise<number>((resolve) => {
    void engine.connect(world.server.issueToken('alice'), 0, { onConnected: (code: number) => resolve(code) });
  });
  sender.rn.native.create(world.appKey, {});
  await sender.rn.native.connect(world.server.issueToken('bob'), 0, 'b1');
  await world.settle();
  const message = await sender.rn.native.createTextMessage(1, 'alice', '', 'from bob');
  await sender.rn.native.sendMessage(message, 'b2');
  await world.settle();
  return { connected, statuses, texts };
}

describe('installFakeNative into a preset-style react-native mock', () => {
  test('android: native calls reach the device and its events arrive on the preset DeviceEventEmitter', async () => {
    const world = createWorld();
    const rn = presetLikeReactNative('android');
    const phone = world.device({ platform: 'android' });
    const installation = installFakeNative(rn, phone);
    expect(installation.device).toBe(phone);
    expect(rn.NativeModules.RCReactNativeIM).toBe(phone.rn.native);
    expect(rn.NativeModules.StatusBarManager).toEqual({ HEIGHT: 42 }); // the rest of the mock is untouched

    const engine = wrapperOver(rn).create(world.appKey) as unknown as Engine;
    const { connected, statuses, texts } = await connectAndReceive(world, engine, world.device({ id: 'bob' }));
    expect(connected).toBe(0);
    expect(statuses).toEqual([ConnectionStatus.CONNECTING, ConnectionStatus.CONNECTED]);
    expect(texts).toEqual(['from bob']);
    expect(phone.rn.emitter.totalListenerCount()).toBe(0); // the wrapper listens on the preset emitter only
  });

  test('ios: a NativeEventEmitter on RCReactNativeIM delivers, even when the app mocked NativeEventEmitter away', async () => {
    for (const mockedNativeEventEmitter of [false, true]) {
      const world = createWorld();
      const rn = presetLikeReactNative('ios', { mockedNativeEventEmitter });
      const phone = world.device({ platform: 'ios' });
      const OriginalEmitter = rn.NativeEventEmitter;
      installFakeNative(rn, phone);
      const engine = wrapperOver(rn).create(world.appKey) as unknown as Engine;
      const { connected, texts } = await connectAndReceive(world, engine, world.device({ id: 'bob' }));
      expect({ mockedNativeEventEmitter, connected, texts }).toEqual({ mockedNativeEventEmitter, connected: 0, texts: ['from bob'] });
      // Other modules' emitters are built by the original class.
      expect(new rn.NativeEventEmitter({})).toBeInstanceOf(OriginalEmitter);
    }
  });

  test('uninstall puts everything back and stops forwarding', async () => {
    const world = createWorld();
    const rn = presetLikeReactNative('android');
    const before = { native: rn.NativeModules.RCReactNativeIM, emitter: rn.NativeEventEmitter };
    const phone = world.device();
    const seen: unknown[] = [];
    rn.DeviceEventEmitter.addListener('ping', (data) => seen.push(data));
    const installation = installFakeNative(rn, phone);
    phone.rn.emitter.emit('ping', 1);
    installation.uninstall();
    phone.rn.emitter.emit('ping', 2);
    expect(seen).toEqual([1]);
    expect(rn.NativeModules.RCReactNativeIM).toBe(before.native);
    expect(rn.NativeEventEmitter).toBe(before.emitter);
  });

  test('refuses a device whose platform does not match Platform.OS, and a non-module', () => {
    const world = createWorld();
    expect(() => installFakeNative(presetLikeReactNative('ios'), world.device({ platform: 'android' }))).toThrow(
      /Platform\.OS is "ios" but device android-1 is android; create it with world\.device\(\{ platform: 'ios' \}\)/,
    );
    expect(() => installFakeNative({} as never)).toThrow(/must be the react-native module/);
  });
});

describe('installFakeNative without a device follows the test world (imsim/jest)', () => {
  const rn = presetLikeReactNative('ios');
  installFakeNative(rn);
  const RCIMIWEngine = wrapperOver(rn);

  test.each([['first'], ['second']])('%s test: the app device of a fresh world, with the preset platform', async () => {
    const world = getWorld();
    expect(world.devices).toEqual([]);
    const engine = RCIMIWEngine.create(world.appKey) as unknown as Engine;
    const { connected, texts } = await connectAndReceive(world, engine, world.device({ id: 'bob' }));
    expect(connected).toBe(0);
    expect(texts).toEqual(['from bob']);
    expect(world.devices.map((d) => `${d.id}:${d.platform}`)).toEqual(['app:ios', 'bob:android']);
    await engine.destroy();
  });
});
