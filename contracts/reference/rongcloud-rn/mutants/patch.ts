/** Helpers that copy the reference tables with one row changed; they throw on unknown names. */
import { NATIVE_METHODS, type NativeMethodRow } from '../native-methods';
import { LISTENERS, type ListenerRow } from '../listeners';
import type { EmitterLike } from '../types';

function patch<R>(rows: readonly R[], match: (r: R) => boolean, change: (r: R) => R, what: string): R[] {
  if (!rows.some(match)) throw new Error(`no row ${what}`);
  return rows.map((r) => (match(r) ? change(r) : r));
}

export const patchMethod = (name: string, change: (r: NativeMethodRow) => NativeMethodRow): NativeMethodRow[] =>
  patch(NATIVE_METHODS, (r) => r.name === name, change, name);

export const patchListener = (setter: string, change: (r: ListenerRow) => ListenerRow): ListenerRow[] =>
  patch(LISTENERS, (r) => r.setter === setter, change, setter);

/** An emitter whose removeAllListeners silently skips one event name. */
export const ignoringRemoveAll =
  (eventName: string) =>
  (e: EmitterLike): EmitterLike => ({
    addListener: (name, fn) => e.addListener(name, fn),
    removeAllListeners: (name) => (name === eventName ? undefined : e.removeAllListeners(name)),
  });
