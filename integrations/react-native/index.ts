/**
 * `imsim/react-native`: stands in for `react-native` in jest
 * (`moduleNameMapper: { '^react-native$': 'imsim/react-native' }`), with the four exports the RongCloud
 * wrapper reads when it is imported. They speak for the test's current device: the app device of the
 * current world (with `imsim/jest`, a fresh world per test), or the device picked with `useDevice`; a copy
 * evaluated by `isolatedWrapper(device, ...)` speaks for that device only.
 */
import { claimIsolatedDevice, currentDevice, currentPlatform } from './current';
import { reactNativeFor } from './shim';

// Bound once, when evaluated: to the device isolatedWrapper is loading for, else to the test's current device.
const isolated = claimIsolatedDevice();
const rn = isolated ? reactNativeFor(isolated) : reactNativeFor(currentDevice, { platform: currentPlatform });

export const NativeModules = rn.NativeModules;
export const DeviceEventEmitter = rn.DeviceEventEmitter;
export const NativeEventEmitter = rn.NativeEventEmitter;
export const Platform = rn.Platform;

export { installFakeNative, type FakeNativeInstallation, type ReactNativeModuleLike } from './install';
export { reactNativeFor, type ReactNativeShim, type EmitterLike, type PlatformShim } from './shim';
