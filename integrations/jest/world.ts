/** The test's world and app device, as `imsim/jest` exposes them. */
import type { Device, World } from '../../simulator/index';
import { chooseDevice, configureCurrent, currentDevice as appDevice, currentWorld, replaceWorld, type CurrentOptions } from '../react-native/current';
import { describe as describeValue } from '../../simulator/describe-value';

export type ImsimJestOptions = CurrentOptions;

/** The current test's world (a fresh one per test). Call it inside tests and hooks, not at file top level. */
export function getWorld(): World {
  return currentWorld();
}

/** The device `react-native` speaks for in this test: the one picked with `useDevice`, else the world's app device (id 'app'). */
export function currentDevice(): Device {
  return appDevice();
}

/** Makes `react-native` (the wrapper imported by the app) speak for `device` for the rest of this test. */
export function useDevice(device: Device): Device {
  if (!isDevice(device)) throw new TypeError('useDevice(device): device must come from world.device()');
  chooseDevice(device);
  return device;
}

/** Replaces this test's world (e.g. one restored with `createWorld({ from: snapshot })`); the app device follows it. */
export function useWorld(world: World): World {
  if (!world || typeof world !== 'object' || typeof world.device !== 'function') throw new TypeError('useWorld(world): world must come from createWorld()');
  return replaceWorld(world);
}

/** Options for the worlds of the following tests: `{ world: { seed, appKey, limits ... }, platform: 'ios' }`. */
export function configure(options: ImsimJestOptions): void {
  if (!options || typeof options !== 'object') throw new TypeError('configure(options): options must be an object');
  if (options.platform !== undefined && !['android', 'ios', 'web', 'miniprogram'].includes(options.platform)) {
    throw new TypeError(`configure({ platform }): must be one of 'android', 'ios', 'web', 'miniprogram', got ${describeValue(options.platform)}`);
  }
  configureCurrent(options);
}

/** Duck-typed (a device may come from another jest module registry): what the react-native shim needs of it. */
export function isDevice(value: unknown): value is Device {
  const rn = (value as Partial<Device> | null | undefined)?.rn;
  return !!value && typeof value === 'object' && !!rn && typeof rn === 'object' && !!rn.native && typeof rn.native === 'object' && typeof rn.emitter?.addListener === 'function';
}
