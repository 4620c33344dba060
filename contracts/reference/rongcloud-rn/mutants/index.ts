/**
 * Mutants: the reference binding with exactly one realistic bug each. The conformance harness must
 * fail every one; `expect` says which method and rule should catch it.
 */
import { bindRCIMIWEngine } from '../engine';
import type { BindOptions } from '../types';
import { ignoringRemoveAll, patchListener, patchMethod } from './patch';

export type MutantRule =
  | 'listener-replacement'
  | 'listener-payload'
  | 'callback-once'
  | 'event-correlation'
  | 'immediate-code'
  | 'argument-order'
  | 'map-conversion';

export interface Mutant {
  id: string;
  bug: string;
  expect: { method?: string; rule?: MutantRule };
  bind: typeof bindRCIMIWEngine;
}

type Fn = (...args: unknown[]) => unknown;

/** Same factory, the caller's options, then the one planted change on top. */
const plant =
  (change: BindOptions): typeof bindRCIMIWEngine =>
  (rn, options = {}) =>
    bindRCIMIWEngine(rn, { ...options, ...change });

export const mutants: Mutant[] = [
  {
    id: 'listener-not-replaced',
    bug: 'setOnConnectionStatusChangedListener never calls removeAllListeners, so listeners pile up and undefined does not clear',
    expect: { method: 'setOnConnectionStatusChangedListener', rule: 'listener-replacement' },
    bind: plant({ hooks: { emitter: ignoringRemoveAll('IRCIMIWListener:onConnectionStatusChanged') } }),
  },
  {
    id: 'eventid-dropped',
    bug: 'getMessages subscribes with an eventId but does not pass it to native',
    expect: { method: 'getMessages', rule: 'event-correlation' },
    bind: plant({ methods: patchMethod('getMessages', ({ eventId: _dropped, ...row }) => row) }),
  },
  {
    id: 'eventid-fixed',
    bug: 'every call uses the same eventId, so concurrent calls answer each other',
    expect: { rule: 'event-correlation' },
    bind: plant({ newEventId: () => '0.5' }),
  },
  {
    id: 'arguments-swapped',
    bug: 'joinChatRoom passes autoCreate where native expects messageCount, and vice versa',
    expect: { method: 'joinChatRoom', rule: 'argument-order' },
    bind: plant({
      hooks: {
        nativeArgs: (m, a) => (m === 'joinChatRoom' ? [a[0], a[2], a[1], ...a.slice(3)] : a),
      },
    }),
  },
  {
    id: 'map-param-unconverted',
    bug: 'addChatRoomEntries hands native the Map itself instead of Object.fromEntries(entries)',
    expect: { method: 'addChatRoomEntries', rule: 'map-conversion' },
    bind: plant({ methods: patchMethod('addChatRoomEntries', ({ maps: _dropped, ...row }) => row) }),
  },
  {
    id: 'resolves-early',
    bug: 'sendMessage resolves 0 at once instead of returning native\'s promise, whatever native answers',
    expect: { method: 'sendMessage', rule: 'immediate-code' },
    bind: plant({
      hooks: {
        result: (m, returned) => {
          if (m !== 'sendMessage') return returned;
          // The ignored native promise must not become an unhandled rejection in the harness.
          Promise.resolve(returned).catch(() => undefined);
          return Promise.resolve(0);
        },
      },
    }),
  },
  {
    id: 'callback-twice',
    bug: 'connect subscribes onConnected twice, so it fires twice per connect',
    expect: { method: 'connect', rule: 'callback-once' },
    bind: plant({
      methods: patchMethod('connect', (row) => {
        const cbs = row.callbacks ?? [];
        return { ...row, callbacks: [...cbs, ...cbs.filter((c) => c.callback === 'onConnected')] };
      }),
    }),
  },
  {
    id: 'callback-fabricated',
    bug: 'getConversation calls onError(code) itself when native answers a non-zero code',
    expect: { method: 'getConversation', rule: 'immediate-code' },
    bind: plant({
      hooks: {
        result: (m, returned, callback) => {
          if (m !== 'getConversation') return returned;
          return Promise.resolve(returned).then((code) => {
            if (code !== 0 && callback?.onError) (callback.onError as Fn).call(callback, code);
            return code;
          });
        },
      },
    }),
  },
  {
    id: 'callback-misrouted',
    bug: 'the SendMessage:onMessageSaved event calls onMessageSent (copy-paste), so onMessageSaved never fires',
    expect: { method: 'sendMessage', rule: 'event-correlation' },
    bind: plant({
      methods: patchMethod('sendMessage', (row) => ({
        ...row,
        callbacks: (row.callbacks ?? []).map((c) =>
          c.event === 'SendMessage:onMessageSaved' ? { ...c, callback: 'onMessageSent' } : c,
        ),
      })),
    }),
  },
  {
    id: 'listener-fields-lost',
    bug: 'setOnMessageReceivedListener passes only (message, offline), losing left and hasPackage',
    expect: { method: 'setOnMessageReceivedListener', rule: 'listener-payload' },
    bind: plant({
      listeners: patchListener('setOnMessageReceivedListener', (row) => ({ ...row, fields: ['message', 'offline'] })),
    }),
  },
  {
    id: 'listener-map-unconverted',
    bug: 'setOnChatRoomAllEntriesLoadedListener hands over entries as the plain object, not a Map',
    expect: { method: 'setOnChatRoomAllEntriesLoadedListener', rule: 'map-conversion' },
    bind: plant({
      listeners: patchListener('setOnChatRoomAllEntriesLoadedListener', ({ mapFields: _dropped, ...row }) => row),
    }),
  },
];
