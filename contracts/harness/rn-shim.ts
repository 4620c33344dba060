// The slice of `react-native` a wrapper imports, bound to one device view (boundary doc §1).
import type { DeviceView, EmitterLike } from './types';

export interface ReactNativeShim {
  NativeModules: { RCReactNativeIM: Record<string, (...args: any[]) => any> };
  DeviceEventEmitter: EmitterLike;
  NativeEventEmitter: new (nativeModule?: unknown) => EmitterLike;
  Platform: { OS: string; select<T>(choices: Record<string, T>): T | undefined };
}

export function reactNativeFor(device: DeviceView): ReactNativeShim {
  const emitter = device.rn.emitter;
  // iOS wrappers build `new NativeEventEmitter(native)`; on the simulator both paths reach the device's emitter.
  const NativeEventEmitter = function NativeEventEmitter() {
    return emitter;
  } as unknown as ReactNativeShim['NativeEventEmitter'];
  return {
    NativeModules: { RCReactNativeIM: device.rn.native },
    DeviceEventEmitter: emitter,
    NativeEventEmitter,
    Platform: {
      OS: device.platform,
      select: (choices) => (device.platform in choices ? choices[device.platform] : choices.default),
    },
  };
}
