/**
 * Our own RCIMIWEngine over a native module and an emitter, built from the two tables. Behaviour
 * follows boundary doc §1-4: argument order, trailing eventId, one subscription per supplied
 * callback added before native is called, listener replacement, Map conversions, singleton.
 */
import { NATIVE_METHODS, SPECIAL_METHODS, type CallbackRow, type NativeMethodRow } from './native-methods';
import { LISTENERS, LISTENER_PREFIX, type ListenerRow } from './listeners';
import type { BindOptions, EmitterLike, ReactNativeLike } from './types';
import type { RCIMIWEngineClass } from './engine-type';

type Fn = (...args: unknown[]) => unknown;
type CallbackObject = Record<string, unknown>;

export function bindRCIMIWEngine(rn: ReactNativeLike, options: BindOptions = {}): RCIMIWEngineClass {
  // Read once, as the real module does when first imported.
  const native = rn.NativeModules.RCReactNativeIM;
  const baseEmitter: EmitterLike =
    rn.Platform.OS === 'ios' ? new rn.NativeEventEmitter(native) : rn.DeviceEventEmitter;
  const emitter = options.hooks?.emitter ? options.hooks.emitter(baseEmitter) : baseEmitter;
  let counter = 0;
  const newEventId = options.newEventId ?? (() => String(++counter));
  // Like Logger.logObject: stringify first, so BigInt or cycles throw even with logging off.
  const log = (name: string, obj: unknown): void => {
    const json = JSON.stringify(obj);
    options.log?.(name, json);
  };

  class RCIMIWEngine {
    static _instance: RCIMIWEngine | null = null;

    private constructor(appKey: string, engineOptions: object) {
      native.create(appKey, engineOptions); // result ignored: void on Android, null on iOS
    }

    static create(appKey: string, engineOptions: object = {}): RCIMIWEngine {
      log('create', { appKey, options: engineOptions });
      if (RCIMIWEngine._instance == null) RCIMIWEngine._instance = new RCIMIWEngine(appKey, engineOptions);
      return RCIMIWEngine._instance;
    }

    destroy(): unknown {
      log('destroy', {});
      RCIMIWEngine._instance = null; // cleared before native answers, so create() works at once
      return native.destroy();
    }

    setDeviceToken(deviceToken: string): unknown {
      log('setDeviceToken', { deviceToken });
      // Read at call time; Android has no such native method.
      if (rn.Platform.OS !== 'ios') return new Promise<number>((resolve) => resolve(0));
      return native.setDeviceToken(deviceToken);
    }
  }

  function subscribe(row: CallbackRow, eventId: string, callback: CallbackObject): void {
    const subscription = emitter.addListener(row.event, (data: any) => {
      if (data?.eventId !== eventId) return;
      (callback[row.callback] as Fn).apply(callback, row.fields.map((f) => data?.[f]));
      if (!row.keepSubscription) subscription.remove();
    });
  }

  function methodFor(row: NativeMethodRow): Fn {
    return function (...args: unknown[]): unknown {
      log(row.name, Object.fromEntries(row.params.map((p, i) => [p, args[i]])));
      const callback = args[row.params.length] as CallbackObject | undefined;
      const eventId = row.eventId || row.callbacks ? newEventId() : undefined;
      for (const cb of row.callbacks ?? []) if (callback?.[cb.callback]) subscribe(cb, eventId as string, callback);
      let nativeArgs: unknown[] = row.params.map((p, i) =>
        row.maps?.includes(p) ? Object.fromEntries(args[i] as Map<string, unknown>) : args[i],
      );
      if (row.eventId) nativeArgs.push(eventId);
      if (options.hooks?.nativeArgs) nativeArgs = options.hooks.nativeArgs(row.name, nativeArgs);
      const returned = native[row.name](...nativeArgs); // returned as-is, never awaited
      return options.hooks?.result ? options.hooks.result(row.name, returned, callback) : returned;
    };
  }

  function setterFor(row: ListenerRow): Fn {
    const eventName = LISTENER_PREFIX + row.name;
    return function (listener?: unknown): void {
      emitter.removeAllListeners(eventName); // drops every subscriber of that name, not just ours
      if (!listener) return;
      emitter.addListener(eventName, (data: any) => {
        log(row.name, data);
        // Plain `data.x`: a null payload throws, as in the real handler.
        const values = row.fields.map((f) =>
          row.mapFields?.includes(f) ? new Map(Object.entries(data[f])) : data[f],
        );
        (listener as Fn)(...values);
      });
    };
  }

  const proto = RCIMIWEngine.prototype as unknown as Record<string, unknown>;
  const define = (name: string, fn: Fn): void => {
    Object.defineProperty(fn, 'name', { value: name });
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  };
  for (const row of options.methods ?? NATIVE_METHODS) if (!SPECIAL_METHODS.has(row.name)) define(row.name, methodFor(row));
  for (const row of options.listeners ?? LISTENERS) define(row.setter, setterFor(row));
  return RCIMIWEngine as unknown as RCIMIWEngineClass;
}
