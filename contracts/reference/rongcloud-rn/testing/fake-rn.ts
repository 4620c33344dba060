/**
 * A tiny stand-in for `react-native` used by this folder's tests: an emitter that counts
 * subscribers and a native module that records every call and answers from a script.
 */
import type { EmitterLike, ReactNativeLike } from '../types';

export interface FakeEmitter extends EmitterLike {
  emit(name: string, data: unknown): void;
  count(name: string): number;
}

export function fakeEmitter(): FakeEmitter {
  const handlers = new Map<string, Set<(data: unknown) => void>>();
  return {
    addListener(name, fn) {
      const set = handlers.get(name) ?? new Set();
      handlers.set(name, set);
      const own = (data: unknown) => fn(data); // distinct per subscription, like RN's
      set.add(own);
      return { remove: () => void set.delete(own) };
    },
    removeAllListeners: (name) => void handlers.delete(name),
    emit(name, data) {
      for (const fn of [...(handlers.get(name) ?? [])]) fn(data);
    },
    count: (name) => handlers.get(name)?.size ?? 0,
  };
}

export interface NativeCall {
  name: string;
  args: unknown[];
}

export interface FakeRN extends ReactNativeLike {
  calls: NativeCall[];
  device: FakeEmitter;
  /** The emitter `new NativeEventEmitter(native)` returns (iOS). */
  ios: FakeEmitter;
  constructedWith: unknown[];
  /** What native answers; default resolves 0. */
  answer: (call: NativeCall) => unknown;
  last(name: string): NativeCall | undefined;
}

export function fakeRN(os = 'android'): FakeRN {
  const device = fakeEmitter();
  const ios = fakeEmitter();
  const rn: FakeRN = {
    calls: [],
    device,
    ios,
    constructedWith: [],
    answer: () => Promise.resolve(0),
    last: (name) => rn.calls.filter((c) => c.name === name).pop(),
    // Any property is a native method: the recorder does not need to know the surface.
    NativeModules: {
      RCReactNativeIM: new Proxy({}, {
        // Not thenable and no symbol members, so awaiting or comparing it stays sane.
        get: (_t, name) =>
          typeof name === 'symbol' || name === 'then' || name === 'asymmetricMatch'
            ? undefined
            : (...args: unknown[]) => {
                const call = { name, args };
                rn.calls.push(call);
                return rn.answer(call);
              },
      }),
    },
    DeviceEventEmitter: device,
    NativeEventEmitter: class {
      constructor(m: unknown) {
        rn.constructedWith.push(m);
        return ios;
      }
    } as unknown as ReactNativeLike['NativeEventEmitter'],
    Platform: { OS: os },
  };
  return rn;
}
