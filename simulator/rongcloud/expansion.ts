import type { Cloud } from '../cloud/cloud';
import { RC } from '../codes';
import type { RongCloudEngine } from './engine';
import { ConversationType } from './enums';
import { cloneMessage, type Message } from './message';
import { cloudRequest } from './request';
import { updateRow } from './rows';
import { otherParticipants, sendSignal, signalHandlers } from './signals';

/** Message expansion limits (seed 004 L1106, L2620): key length, value length, pairs per call, pairs per message. */
export const EXPANSION_LIMITS = { keyLength: 32, valueLength: 4096, perCall: 20, perMessage: 300 } as const;

/** 34010 when one update breaks a per-call limit (key > 32 chars, value > 4096 chars, > 20 pairs). */
export function checkExpansionUpdate(expansion: Record<string, string>): number {
  const entries = Object.entries(expansion);
  if (entries.length > EXPANSION_LIMITS.perCall) return RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED;
  for (const [key, value] of entries) {
    if (key.length > EXPANSION_LIMITS.keyLength || value.length > EXPANSION_LIMITS.valueLength) return RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED;
  }
  return RC.SUCCESS;
}

/** Only private and group messages sent with `expansion` set can carry one (L2594-2607). */
function expandable(m: Message): boolean {
  return (m.conversationType === ConversationType.PRIVATE || m.conversationType === ConversationType.GROUP) && m.expansion !== null && typeof m.expansion === 'object';
}

function participants(cloud: Cloud, server: Message, actor: string): string[] {
  const peer = server.conversationType === ConversationType.PRIVATE ? (actor === server.senderUserId ? server.targetId : server.senderUserId) : server.targetId;
  return otherParticipants(cloud, server.conversationType, actor, peer);
}

type Change = { update: Record<string, string> } | { remove: string[] };

/**
 * Applies an expansion change on the cloud (server history holds the authoritative expansion) and tells
 * the other participants; the caller's row takes the cloud's result.
 */
function changeExpansion(engine: RongCloudEngine, messageUId: string, change: Change, done: (code: number) => void): void {
  const store = engine.store;
  const row = store.getByUId(messageUId);
  if (!row) {
    done(RC.INVALID_PARAMETER_MESSAGE_UID);
    return;
  }
  if (!expandable(row)) {
    done(RC.MESSAGE_CANT_EXPAND);
    return;
  }
  if ('update' in change && new Set([...Object.keys(row.expansion!), ...Object.keys(change.update)]).size > EXPANSION_LIMITS.perMessage) {
    done(RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED);
    return;
  }
  const cloud = engine.host.cloud;
  const actor = engine.userId;
  cloudRequest<Record<string, string>>(
    engine,
    'update' in change ? 'updateMessageExpansion' : 'removeMessageExpansion',
    () => {
      const server = cloud.history.get(messageUId);
      if (!server) return { code: RC.INVALID_PARAMETER_MESSAGE_UID };
      if (!expandable(server)) return { code: RC.MESSAGE_CANT_EXPAND };
      const next: Record<string, string> = { ...server.expansion };
      if ('update' in change) Object.assign(next, change.update);
      else for (const key of change.remove) delete next[key];
      if (Object.keys(next).length > EXPANSION_LIMITS.perMessage) return { code: RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED };
      cloud.history.replace(messageUId, { ...cloneMessage(server), expansion: next });
      // Every change is a notification message to the others (L2595), so offline peers catch up later.
      const signal = 'update' in change
        ? { kind: 'expansionUpdated', messageUId, expansion: { ...next }, changed: { ...change.update } }
        : { kind: 'expansionRemoved', messageUId, expansion: { ...next }, keys: [...change.remove] };
      for (const userId of participants(cloud, server, actor)) sendSignal(cloud, actor, userId, signal);
      return { code: RC.SUCCESS, value: next };
    },
    (answer) => {
      if (answer.code === RC.SUCCESS && answer.value) {
        const mine = store.getByUId(messageUId);
        if (mine) updateRow(store, mine, { expansion: { ...answer.value } });
      }
      done(answer.code);
    },
  );
}

/**
 * `updateMessageExpansion` (L2613-2638): 34010 for a key over 32 or a value over 4096 characters, more
 * than 20 pairs in the call or more than 300 on the message; 34203 for a UId this device does not hold;
 * 34008 for a message that cannot carry an expansion (not private/group, or sent without one).
 */
export function updateExpansion(engine: RongCloudEngine, messageUId: string, expansion: Record<string, string>, done: (code: number) => void): void {
  const limit = checkExpansionUpdate(expansion);
  if (limit !== RC.SUCCESS) {
    done(limit);
    return;
  }
  changeExpansion(engine, messageUId, { update: { ...expansion } }, done);
}

/** `removeMessageExpansionForKeys` (L2664-2691): keys the message does not have are ignored. */
export function removeExpansionKeys(engine: RongCloudEngine, messageUId: string, keys: readonly string[], done: (code: number) => void): void {
  changeExpansion(engine, messageUId, { remove: [...keys] }, done);
}

/** The other participants' devices take the cloud's expansion and hear only what changed (L2719-2741). */
signalHandlers.set('expansionUpdated', (engine, signal) => {
  const row = engine.store.getByUId(signal.messageUId as string);
  if (!row) return;
  updateRow(engine.store, row, { expansion: { ...(signal.expansion as Record<string, string>) } });
  engine.host.emit('onRemoteMessageExpansionUpdated', { expansion: { ...(signal.changed as Record<string, string>) }, message: cloneMessage(row) });
});

signalHandlers.set('expansionRemoved', (engine, signal) => {
  const row = engine.store.getByUId(signal.messageUId as string);
  if (!row) return;
  updateRow(engine.store, row, { expansion: { ...(signal.expansion as Record<string, string>) } });
  engine.host.emit('onRemoteMessageExpansionForKeyRemoved', { message: cloneMessage(row), keys: [...(signal.keys as string[])] });
});
