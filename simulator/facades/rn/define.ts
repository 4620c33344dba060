import type { RongCloudEngine } from '../../rongcloud/engine';
import type { Reply } from '../../rongcloud/host';
import type { ArgKind, Platform } from './args';

/** Where a per-call result goes when an older wrapper passes no eventId: a global listener event. */
export interface LegacyRoute {
  /** Global event name (defaults to the callback name). */
  event?: string;
  /** Call arguments echoed into the payload, as the global listeners expect. */
  echo?: readonly string[];
  /** Payload keys renamed on the way (`errors` -> `errorEntries`). */
  rename?: Readonly<Record<string, string>>;
  /** Constant keys the global event has and the per-call payload lacks (`code: 0` of an `onSuccess`). */
  with?: Readonly<Record<string, unknown>>;
}

export interface NativeCall {
  readonly method: string;
  /** Arguments by name, checked by kind. */
  readonly args: Record<string, any>;
  readonly platform: Platform;
  /** An older wrapper called this method without the eventId its 5.2.5 form passes. */
  readonly legacyCall: boolean;
  readonly engine: RongCloudEngine;
  /** Reports a per-call result (`<Method>:<callback>` with the eventId, or the legacy global event). Deferred. */
  readonly reply: Reply;
  /** Emits a global `IRCIMIWListener:<event>` event (the `load*` results). Deferred. */
  emit(event: string, payload: Record<string, unknown>): void;
  /** Adds a line to the device's event log. */
  trace(name: string, data?: unknown): void;
}

export interface NativeMethodDef {
  readonly args: ReadonlyArray<readonly [name: string, kind: ArgKind]>;
  /** The 5.2.5 wrapper passes a trailing eventId; results go to per-call events. */
  readonly eventId?: boolean;
  readonly legacy?: Readonly<Record<string, LegacyRoute>>;
  /** Older wrappers (5.2.4) call this without an eventId and the promise resolves the result itself. */
  readonly resolvesWithoutEventId?: boolean;
  /**
   * Runs at call time. Returns the immediate status code (0 accepted; non-zero means no event follows),
   * or `{ value }` for methods that resolve with an object (create…Message). Events it reports are
   * delivered on later turns.
   */
  run(call: NativeCall): number | { value: unknown };
}

/** Every simulated native method, by name. Area files add theirs with `defineNativeMethods`. */
export const nativeMethodDefs = new Map<string, NativeMethodDef>();

export function defineNativeMethods(defs: Record<string, NativeMethodDef>): void {
  for (const [name, def] of Object.entries(defs)) {
    if (nativeMethodDefs.has(name)) throw new Error(`native method ${name} is defined twice`);
    nativeMethodDefs.set(name, def);
  }
}

/** `getConversation` -> `GetConversation`: the prefix of its per-call event names. */
export function pascal(method: string): string {
  return method.charAt(0).toUpperCase() + method.slice(1);
}
