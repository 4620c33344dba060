/**
 * Plugs imsim into an existing `react-native` jest mock (the `react-native` preset, or an app's own mock)
 * instead of replacing the module: the wrapper keeps using the preset's emitters, and the device's events
 * are forwarded into them.
 */
import type { Device, Subscription } from '../../simulator/index';
import { claimIsolatedDevice, configureCurrent, currentDevice } from './current';
import { followingNativeModule } from './native-module';
import { nativeEventEmitterOver } from './shim';

/** The parts of a `react-native` module that installFakeNative touches. */
export interface ReactNativeModuleLike {
  NativeModules: Record<string, unknown>;
  DeviceEventEmitter: {
    addListener(eventName: string, handler: (data: any) => void): { remove(): void };
    emit(eventName: string, ...args: unknown[]): void;
    removeAllListeners?(eventName?: string): void;
    listenerCount?(eventName: string): number;
  };
  NativeEventEmitter: new (nativeModule?: any) => unknown;
  Platform: { OS: string };
}

export interface FakeNativeInstallation {
  /** The device the module speaks for (null when it follows the test's current device). */
  readonly device: Device | null;
  /** Puts back the previous `RCReactNativeIM` and `NativeEventEmitter` and stops forwarding events. */
  uninstall(): void;
}

/**
 * Sets `rn.NativeModules.RCReactNativeIM` to a device's fake native module and forwards that device's events
 * into `rn.DeviceEventEmitter` (where the real React Native delivers native events, also for iOS's
 * NativeEventEmitter). Call it before the wrapper is first imported: the wrapper copies the module at import.
 *
 * Without `device`, the module follows the test's current device (`imsim/jest` gives each test a fresh
 * world), created with the platform `rn.Platform.OS` names.
 */
export function installFakeNative(rn: ReactNativeModuleLike, device?: Device): FakeNativeInstallation {
  if (!rn || typeof rn !== 'object' || !rn.NativeModules || !rn.DeviceEventEmitter || typeof rn.DeviceEventEmitter.emit !== 'function') {
    throw new TypeError('installFakeNative(rn): rn must be the react-native module (with NativeModules and a DeviceEventEmitter that has emit)');
  }
  const os = rn.Platform?.OS;
  if (device && (device.platform === 'ios') !== (os === 'ios')) {
    throw new Error(
      `installFakeNative: react-native's Platform.OS is ${JSON.stringify(os)} but device ${device.id} is ${device.platform}; ` +
        `create it with world.device({ platform: '${os === 'ios' ? 'ios' : 'android'}' })`,
    );
  }
  if (device) claimIsolatedDevice(device);
  else configureCurrent({ platform: os === 'ios' ? 'ios' : 'android' });
  const resolve = device ? () => device : currentDevice;
  const native = device ? device.rn.native : followingNativeModule(resolve);

  // Forward each device's events once, to the preset's DeviceEventEmitter.
  const taps = new Map<Device, Subscription>();
  const forward = (d: Device) => {
    if (!taps.has(d)) taps.set(d, d.rn.emitter.tap((eventName, data) => rn.DeviceEventEmitter.emit(eventName, data)));
  };
  if (device) forward(device);
  const module = device ? native : forwardingOnUse(native, resolve, forward);

  const previousNative = rn.NativeModules.RCReactNativeIM;
  rn.NativeModules.RCReactNativeIM = module;

  // A NativeEventEmitter built on our module delivers from DeviceEventEmitter, as React Native's does; this
  // also covers apps that mock NativeEventEmitter away (jest.mock('react-native/Libraries/EventEmitter/NativeEventEmitter')).
  const previousEmitterClass = rn.NativeEventEmitter;
  const ours = nativeEventEmitterOver({
    addListener: (name, handler) => rn.DeviceEventEmitter.addListener(name, handler),
    removeAllListeners: (name) => rn.DeviceEventEmitter.removeAllListeners?.(name),
    emit: (name, data) => rn.DeviceEventEmitter.emit(name, data),
    listenerCount: (name) => rn.DeviceEventEmitter.listenerCount?.(name) ?? 0,
  });
  const Replacement = function NativeEventEmitter(this: unknown, nativeModule?: unknown) {
    if (nativeModule === module) return new ours(nativeModule);
    return Reflect.construct(previousEmitterClass, [nativeModule]);
  } as unknown as ReactNativeModuleLike['NativeEventEmitter'];
  setProperty(rn, 'NativeEventEmitter', Replacement);

  return {
    device: device ?? null,
    uninstall() {
      rn.NativeModules.RCReactNativeIM = previousNative;
      setProperty(rn, 'NativeEventEmitter', previousEmitterClass);
      for (const tap of taps.values()) tap.remove();
      taps.clear();
    },
  };
}

/** The following module, which also starts forwarding a device's events the first time that device is used. */
function forwardingOnUse(native: Record<string, any>, resolve: () => Device, forward: (d: Device) => void): Record<string, any> {
  return new Proxy(native, {
    get(target, name, receiver) {
      if (typeof name === 'string') forward(resolve());
      return Reflect.get(target, name, receiver);
    },
  });
}

/** react-native's index defines its exports as getters; redefine instead of assigning. */
function setProperty(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: true });
}
