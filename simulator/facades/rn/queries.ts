import { EngineCode, RC } from '../../codes';
import { ConversationType } from '../../rongcloud/enums';
import type { ArgKind } from './args';
import { pascal, type NativeCall, type NativeMethodDef } from './define';

/**
 * Helpers for the conversation, unread and notification method files: the `load…`/`get…` twins and the
 * engine's -101 argument rules they share.
 */

export type Args = ReadonlyArray<readonly [string, ArgKind]>;

/** An immediate engine code (no event follows), or the IMLib code with the result. */
export type QueryOutcome = number | { code: number; value?: unknown };

export interface QuerySpec {
  readonly args: Args;
  /** Global event of the `load…` form (boundary §3), which echoes every argument. */
  readonly loaded: string;
  /** Key of the result in the `load…` event; omit to spread the result's keys (quiet hours). */
  readonly resultKey?: string;
  run(call: NativeCall): QueryOutcome;
}

/**
 * `load<Name>` (no eventId; the result goes to the global event with the echoed arguments) and
 * `get<Name>` (eventId; `onSuccess {t}` or `onError {code}`), running the same query. Results are fresh
 * objects built per call.
 */
export function queryPair(name: string, spec: QuerySpec): Record<string, NativeMethodDef> {
  const spread = spec.resultKey === undefined;
  return {
    [`load${pascal(name)}`]: {
      args: spec.args,
      run(call) {
        const outcome = spec.run(call);
        if (typeof outcome === 'number') return outcome;
        const payload: Record<string, unknown> = { code: outcome.code };
        for (const [arg] of spec.args) payload[arg] = call.args[arg];
        if (outcome.code === RC.SUCCESS) {
          if (spread) Object.assign(payload, outcome.value as Record<string, unknown>);
          else payload[spec.resultKey!] = outcome.value;
        }
        call.emit(spec.loaded, payload);
        return EngineCode.SUCCESS;
      },
    },
    [`get${pascal(name)}`]: {
      args: spec.args,
      eventId: true,
      run(call) {
        const outcome = spec.run(call);
        if (typeof outcome === 'number') return outcome;
        if (outcome.code !== RC.SUCCESS) call.reply('onError', { code: outcome.code });
        else call.reply('onSuccess', spread ? { ...(outcome.value as Record<string, unknown>) } : { t: outcome.value });
        return EngineCode.SUCCESS;
      },
    },
  };
}

// ---- argument rules (Android engine: "type invalid", "targetId cannot be empty", boundary §5.3) -----

export const conversationArgs: Args = [
  ['type', { enum: 'ConversationType' }],
  ['targetId', 'string'],
  ['channelId', 'string'],
];

export const typesArgs: Args = [
  ['conversationTypes', { enumArray: 'ConversationType' }],
  ['channelId', 'string'],
];

/** A real conversation type and a non-empty target. */
export function validConversation(args: Record<string, any>): boolean {
  return args.type !== ConversationType.INVALID && typeof args.targetId === 'string' && args.targetId.length > 0;
}

/** At least one type, none of them INVALID. */
export function validTypes(types: readonly number[]): boolean {
  return types.length > 0 && !types.includes(ConversationType.INVALID);
}

/** The bridge passes null strings through; the engine treats a null channel as "no channel". */
export function channel(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A timestamp in ms: a finite number, not negative. */
export function validTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Local database reads need the user's database, opened by `connect` (never connected: 33001). */
export function withStore(call: NativeCall, read: (store: NativeCall['engine']['store']) => unknown): QueryOutcome {
  if (!call.engine.hasStore) return { code: RC.CLIENT_NOT_INIT };
  return { code: RC.SUCCESS, value: read(call.engine.store) };
}
