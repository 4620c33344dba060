// One loaded copy of the wrapper, re-pointed at each run's device. Loading is the costly step for some
// wrappers (the reference builds 247 prototype methods per load, ~15 ms), so a check loads the wrapper once
// per simulated device role and every run hands that copy a fresh device through forwarding objects. The
// wrapper reads `NativeModules.RCReactNativeIM` and the emitter once; both stay the same objects here.
import type { DeviceView, EmitterLike, EngineClass, EngineInstance, Loader, Platform } from './types';

export interface Slot {
  readonly view: DeviceView;
  readonly Engine: EngineClass;
  /** The engine instance `Engine.create` returned on the first device (the wrapper keeps it as a singleton). */
  readonly engine: EngineInstance;
  /** Routes the wrapper's native calls and subscriptions to this device from now on. */
  point(target: DeviceView): void;
}

export function createSlot(load: Loader, id: string, platform: Platform, first: DeviceView, appKey: string): Slot {
  let target = first;
  const native = new Proxy({} as Record<string, (...args: any[]) => any>, {
    get: (_t, name) => (target.rn.native as Record<string | symbol, unknown>)[name],
    has: (_t, name) => name in target.rn.native,
    ownKeys: () => Reflect.ownKeys(target.rn.native),
    getOwnPropertyDescriptor: (_t, name) => {
      const d = Reflect.getOwnPropertyDescriptor(target.rn.native, name);
      return d ? { ...d, configurable: true } : undefined;
    },
  });
  const emitter: EmitterLike & { removeListener?: unknown } = {
    addListener: (name, handler) => target.rn.emitter.addListener(name, handler),
    removeAllListeners: (name) => target.rn.emitter.removeAllListeners(name),
    listenerCount: (name) => target.rn.emitter.listenerCount(name),
    emit: (name, data) => target.rn.emitter.emit(name, data),
    removeListener: (name: string, handler: (data: unknown) => void) =>
      (target.rn.emitter as unknown as { removeListener?: (n: string, h: unknown) => void }).removeListener?.(name, handler),
  };
  const view: DeviceView = { id, platform, rn: { native, emitter } };
  const Engine = load(view);
  if (!Engine || typeof (Engine as { create?: unknown }).create !== 'function') {
    throw new TypeError('the loader did not return an engine class with a static create(appKey, options)');
  }
  const engine = Engine.create(appKey, {}) as EngineInstance;
  return { view, Engine, engine, point: (t) => void (target = t) };
}
