/** A second (third ...) phone in one test: its own copy of the wrapper, with its own singleton. */
import type { Device } from '../../simulator/index';
import { withIsolatedDevice } from '../react-native/current';
import { isDevice } from './world';

/**
 * Runs `load` (typically `() => require('@rongcloud/react-native-im-wrapper')`) in a fresh module registry
 * (`jest.isolateModules`) where the `react-native` it imports is evaluated again and binds to `device`, and
 * returns what it loaded: a separate wrapper module, so `RCIMIWEngine.create` gives a separate engine.
 *
 * Needs `react-native` mapped to `imsim/react-native` by moduleNameMapper. With the react-native preset, call
 * `installFakeNative(require('react-native'), device)` inside `load`, before requiring the wrapper.
 */
export function isolatedWrapper<T>(device: Device, load: () => T): T {
  if (!isDevice(device)) throw new TypeError('isolatedWrapper(device, load): device must come from world.device()');
  if (typeof load !== 'function') throw new TypeError('isolatedWrapper(device, load): load must be a function that requires the wrapper');
  let result: { value: T; bound: boolean } | undefined;
  jest.isolateModules(() => {
    result = withIsolatedDevice(device, load);
  });
  if (!result!.bound) {
    throw new Error(
      `isolatedWrapper(${device.id}): no fresh react-native was evaluated while loading, so the wrapper is not bound to ${device.id}. ` +
        "Map react-native with moduleNameMapper ({ '^react-native$': 'imsim/react-native' }): a jest.mock('react-native', ...) " +
        'instance is shared with isolated registries. With the react-native preset, call installFakeNative(require("react-native"), device) inside load.',
    );
  }
  return result!.value;
}
