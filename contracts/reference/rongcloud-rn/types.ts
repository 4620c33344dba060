/** The slice of `react-native` the wrapper touches (boundary doc §1), and the factory's options. */
import type { NativeMethodRow } from './native-methods';
import type { ListenerRow } from './listeners';

export interface Subscription {
  remove(): void;
}

export interface EmitterLike {
  addListener(name: string, fn: (data: any) => void): Subscription;
  removeAllListeners(name: string): void;
}

export interface ReactNativeLike {
  NativeModules: { RCReactNativeIM: any };
  DeviceEventEmitter: EmitterLike;
  NativeEventEmitter: new (nativeModule: any) => EmitterLike;
  Platform: { OS: string };
}

/**
 * Seams the reference never uses: each mutant sets one of them to plant a single bug while
 * sharing everything else with the reference.
 */
export interface BindHooks {
  /** Wraps the emitter the class talks to. */
  emitter?: (emitter: EmitterLike) => EmitterLike;
  /** Rewrites the argument list just before `native[method](...)`. */
  nativeArgs?: (method: string, args: unknown[]) => unknown[];
  /** Replaces what a generic method returns; `callback` is the user's callback object, if any. */
  result?: (method: string, returned: unknown, callback: Record<string, unknown> | undefined) => unknown;
}

export interface BindOptions {
  /** Source of eventIds; default is a per-binding counter "1", "2", … (deterministic). */
  newEventId?: () => string;
  /** Receives what the real `logger.logObject` would print (it always JSON.stringifies first). */
  log?: (name: string, json: string) => void;
  /** Table overrides (mutants only). */
  methods?: readonly NativeMethodRow[];
  listeners?: readonly ListenerRow[];
  hooks?: BindHooks;
}
