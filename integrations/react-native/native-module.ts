/**
 * `NativeModules.RCReactNativeIM` for "the test's current device". The wrapper copies this object once at
 * import, so it must stay the same object while the device behind it changes from test to test: a Proxy
 * that looks each member up on the current device at the moment it is read.
 */
import type { Device } from '../../simulator/index';
import { leftoverEngineHint } from './current';

type NativeModule = Record<string, any>;

export function followingNativeModule(resolve: () => Device): NativeModule {
  const native = () => resolve().rn.native;
  return new Proxy({} as NativeModule, {
    get(_target, name) {
      if (typeof name === 'symbol') return undefined;
      const device = resolve();
      const member = device.rn.native[name];
      if (typeof member !== 'function') return member;
      const hint = leftoverEngineHint(device);
      return hint ? (...args: unknown[]) => withHint(member(...args), hint) : member;
    },
    has: (_target, name) => typeof name === 'string' && name in native(),
    ownKeys: () => Reflect.ownKeys(native()),
    getOwnPropertyDescriptor(_target, name) {
      const descriptor = Reflect.getOwnPropertyDescriptor(native(), name);
      // The proxy target has no own properties, so every reported property must be configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    set(_target, name, value) {
      // Tests that patch one method (jest.spyOn) patch the current device's module.
      return Reflect.set(native(), name, value);
    },
    defineProperty: (_target, name, descriptor) => Reflect.defineProperty(native(), name, descriptor),
    deleteProperty: (_target, name) => Reflect.deleteProperty(native(), name),
  });
}

/** Adds the imsim hint to an "engine is null" rejection, leaving every other outcome as it is. */
function withHint(result: unknown, hint: string): unknown {
  if (!(result instanceof Promise)) return result;
  return result.catch((error: unknown) => {
    if (error instanceof Error && /engine is (null|nil)/.test(error.message)) error.message += hint;
    throw error;
  });
}
