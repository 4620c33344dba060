import { createWorld, type Device } from '../../simulator/index';
import { reactNativeFor } from './index';

describe('reactNativeFor(device)', () => {
  test('NativeModules.RCReactNativeIM is the device module; DeviceEventEmitter is its emitter', () => {
    const phone = createWorld().device();
    const rn = reactNativeFor(phone);
    expect(rn.NativeModules.RCReactNativeIM).toBe(phone.rn.native);
    const seen: unknown[] = [];
    const sub = rn.DeviceEventEmitter.addListener('x', (d) => seen.push(d));
    phone.rn.emitter.emit('x', 1);
    expect(rn.DeviceEventEmitter.listenerCount('x')).toBe(1);
    sub.remove();
    phone.rn.emitter.emit('x', 2);
    expect(seen).toEqual([1]);
  });

  test('a NativeEventEmitter is a view of DeviceEventEmitter that reports its listeners to the native module', () => {
    const phone = createWorld().device({ platform: 'ios' });
    const rn = reactNativeFor(phone);
    const calls: string[] = [];
    const module = { addListener: (n: string) => calls.push(`add ${n}`), removeListeners: (c: number) => calls.push(`remove ${c}`) };
    const emitter = new rn.NativeEventEmitter(module);
    const seen: unknown[] = [];
    const sub = emitter.addListener('Connect:onConnected', (d) => seen.push(d));
    phone.rn.emitter.emit('Connect:onConnected', { code: 0 });
    sub.remove();
    sub.remove();
    phone.rn.emitter.emit('Connect:onConnected', { code: 1 });
    expect(seen).toEqual([{ code: 0 }]);
    expect(calls).toEqual(['add Connect:onConnected', 'remove 1']);
    emitter.addListener('y', () => undefined);
    emitter.removeAllListeners('y');
    expect(rn.DeviceEventEmitter.listenerCount('y')).toBe(0);
  });

  test('Platform: OS, select with native and default', () => {
    const world = createWorld();
    const ios = reactNativeFor(world.device({ platform: 'ios' })).Platform;
    const android = reactNativeFor(world.device({ platform: 'android' })).Platform;
    const web = reactNativeFor(world.device({ platform: 'web' })).Platform;
    expect([ios.OS, android.OS, web.OS]).toEqual(['ios', 'android', 'web']);
    expect(ios.select({ ios: 1, default: 3 })).toBe(1);
    expect(android.select({ native: 2, default: 3 })).toBe(2);
    expect(web.select({ native: 2, default: 3 })).toBe(3);
    expect(typeof ios.Version).toBe('string');
    expect(typeof android.Version).toBe('number');
  });
});

describe('reactNativeFor(() => device): one module object for a device that changes', () => {
  function following() {
    const world = createWorld();
    let current: Device = world.device({ id: 'a', platform: 'android' });
    const rn = reactNativeFor(() => current);
    return { world, rn, use: (d: Device) => (current = d) };
  }

  test('members are looked up on the current device when read', async () => {
    const { world, rn, use } = following();
    const module = rn.NativeModules.RCReactNativeIM;
    expect('connect' in module).toBe(true);
    expect('setDeviceToken' in module).toBe(false); // Android has no such native method
    expect(module.setDeviceToken).toBeUndefined();
    expect(Object.keys(module)).toContain('sendMessage');
    const ios = use(world.device({ id: 'b', platform: 'ios' }));
    expect(typeof module.setDeviceToken).toBe('function');
    expect(rn.Platform.OS).toBe('ios');
    await module.create(world.appKey, {});
    expect(ios.engine).not.toBeNull();
  });

  test('jest.spyOn on the module patches the current device', async () => {
    const { world, rn } = following();
    const module = rn.NativeModules.RCReactNativeIM;
    const spy = jest.spyOn(module, 'disconnect');
    module.create(world.appKey, {});
    await module.disconnect(true);
    expect(spy).toHaveBeenCalledWith(true);
    spy.mockRestore();
    expect(jest.isMockFunction(module.disconnect)).toBe(false);
  });

  test('a subscription stays with the device it was made on', () => {
    const { world, rn, use } = following();
    const first = world.devices[0];
    const seen: unknown[] = [];
    rn.DeviceEventEmitter.addListener('e', (d) => seen.push(d));
    const second = use(world.device({ id: 'c' }));
    first.rn.emitter.emit('e', 'first');
    second.rn.emitter.emit('e', 'second');
    expect(seen).toEqual(['first']);
  });
});
