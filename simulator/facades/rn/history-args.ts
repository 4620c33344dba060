import { EngineCode, RC } from '../../codes';
import { ConversationType } from '../../rongcloud/enums';
import type { ConversationRef } from '../../rongcloud/history';
import { cloneMessage, type Message } from '../../rongcloud/message';
import type { ArgKind } from './args';
import { defineNativeMethods, type NativeCall, type NativeMethodDef } from './define';
import { isSendable, messageFromJs } from './messages-in';

/**
 * Shared argument rules of the history-area native methods (the Android engine's "-101" checks:
 * `type invalid`, `targetId cannot be empty`, `count invalid`, `timestamp invalid`, `messages invalid`).
 */
export type ArgList = ReadonlyArray<readonly [string, ArgKind]>;

export const conversationArgs: ArgList = [
  ['type', { enum: 'ConversationType' }],
  ['targetId', 'string'],
  ['channelId', 'string'],
];

/** The conversation the arguments name, or null for an INVALID type or an empty target (-101). */
export function conversationOf(args: Record<string, any>): ConversationRef | null {
  if (args.type === ConversationType.INVALID || typeof args.targetId !== 'string' || args.targetId.length === 0) return null;
  return { conversationType: args.type, targetId: args.targetId, channelId: args.channelId ?? '' };
}

/** Native int/long parameters truncate a JS number, as the bridges' conversions do. */
export function int(value: number): number {
  return Math.trunc(value);
}

/** A count in 1..max, or null (-101). */
export function countIn(value: number, max: number): number | null {
  const n = int(value);
  return n >= 1 && n <= max ? n : null;
}

export function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * Messages from JS, or null when the list is empty, longer than `max`, or holds something that is not a
 * message (-101). `needConversation`: each must also name a conversation (a type and a target).
 */
export function messagesOf(raw: unknown, max = Infinity, needConversation = true): Message[] | null {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > max) return null;
  const out: Message[] = [];
  for (const item of raw) {
    const m = messageFromJs(item);
    if (!m || (needConversation && !isSendable(m))) return null;
    out.push(m);
  }
  return out;
}

export const copies = (messages: readonly Message[]): Message[] => messages.map(cloneMessage);

/** Before the first connect there is no user database: the SDK answers 33001 (client not initialised). */
export function hasDatabase(call: NativeCall): boolean {
  return call.engine.hasStore;
}

/**
 * A query served two ways (boundary §2, §3): `get…` answers per call (`onSuccess {t}` / `onError {code}`),
 * `load…` answers through a global listener event that echoes the arguments and carries the result under
 * `key` (on failure, whatever partial result there is, else `empty`).
 */
export interface QueryDef {
  args: ArgList;
  /** Checks arguments (returning -101 when they are bad) and starts the query; `answer` may come later. */
  start(call: NativeCall, answer: (code: number, value?: unknown) => void): number;
}

export function defineQuery(getName: string, loadName: string, query: QueryDef, load: { event: string; echo: readonly string[]; key: string; empty: unknown }): void {
  const get: NativeMethodDef = {
    args: query.args,
    eventId: true,
    run(call) {
      return query.start(call, (code, value) => {
        if (code === RC.SUCCESS) call.reply('onSuccess', { t: value });
        else call.reply('onError', { code });
      });
    },
  };
  const loader: NativeMethodDef = {
    args: query.args,
    run(call) {
      return query.start(call, (code, value) => {
        const body: Record<string, unknown> = { code };
        for (const name of load.echo) body[name] = call.args[name];
        // A failed LOCAL_REMOTE page still hands over what the device had (the global event has both).
        body[load.key] = code === RC.SUCCESS ? value : value ?? load.empty;
        call.emit(load.event, body);
      });
    },
  };
  defineNativeMethods({ [getName]: get, [loadName]: loader });
}

export { EngineCode, RC };
