import type { Served } from '../cloud/ultragroup-messages';
import { ultraGroups, type UltraGroups } from '../cloud/ultragroups';
import { pushHandlers, type RongCloudEngine } from './engine';
import { ConversationType, MessageDirection, MessageType, ReceivedStatus } from './enums';
import { conversationKey, type LocalStore } from './local-store';
import { cloneMessage, contentKeys, type Message } from './message';
import { cloudRequest } from './request';
import { replaceContent } from './ultragroup-content';

/** Ultra-group unread counts are capped: above 999 the SDK still answers 999 (seed 004 L6357). */
export const ULTRA_GROUP_UNREAD_CAP = 999;

/**
 * Sends one ultra-group request over the device's link (the shared `cloudRequest`: 30002 without a
 * connection, 30003 for a lost answer, `failNext(<native method name>)` honoured) and hands the server's
 * answer to `done`.
 */
export function ultraGroupRequest<R extends Served>(
  engine: RongCloudEngine, operation: string, work: (area: UltraGroups, userId: string) => R, done: (result: R | Served) => void,
): void {
  const area = ultraGroups(engine.host.cloud);
  cloudRequest<R>(engine, operation, () => {
    const result = work(area, engine.userId);
    return { code: result.code, value: result };
  }, (answer) => done(answer.value ?? { code: answer.code }));
}

/** Unread and @-mention counts over the local ultra-group conversations (one group, or all), capped. */
export function ultraGroupUnread(store: LocalStore, targetId?: string): { unread: number; mentioned: number } {
  let unread = 0;
  let mentioned = 0;
  for (const record of store.conversations.values()) {
    if (record.conversationType !== ConversationType.ULTRA_GROUP) continue;
    if (targetId !== undefined && record.targetId !== targetId) continue;
    unread += record.unreadCount;
    mentioned += record.mentionedCount;
  }
  return { unread: Math.min(unread, ULTRA_GROUP_UNREAD_CAP), mentioned: Math.min(mentioned, ULTRA_GROUP_UNREAD_CAP) };
}

/** Marks received messages of one channel read, all of them or those sent up to `upTo`. */
export function markChannelRead(store: LocalStore, groupId: string, channelId: string, upTo?: number): void {
  let changed = false;
  for (const m of store.timeline(ConversationType.ULTRA_GROUP, groupId, channelId)) {
    if (m.direction !== MessageDirection.RECEIVE || m.receivedStatus !== ReceivedStatus.UNREAD) continue;
    if (upTo !== undefined && m.sentTime > upTo) continue;
    m.receivedStatus = ReceivedStatus.READ;
    changed = true;
  }
  if (changed) store.refreshConversation(conversationKey(ConversationType.ULTRA_GROUP, groupId, channelId));
}

/** Deletes local messages sent up to `timestamp` (0 = all) in one channel, or in every channel (null). */
export function clearLocalMessages(store: LocalStore, groupId: string, channelId: string | null, timestamp: number): void {
  const ids: number[] = [];
  for (const record of store.conversations.values()) {
    if (record.conversationType !== ConversationType.ULTRA_GROUP || record.targetId !== groupId) continue;
    if (channelId !== null && record.channelId !== channelId) continue;
    for (const m of store.timeline(record.conversationType, groupId, record.channelId)) {
      if (timestamp === 0 || m.sentTime <= timestamp) ids.push(m.messageId);
    }
  }
  store.remove(ids);
}

/** The message as this device knows it: its local row, else the server's copy seen from this user's side. */
export function viewerCopy(engine: RongCloudEngine, server: Message): Message {
  const row = engine.hasStore ? engine.store.getByUId(server.messageUId) : undefined;
  if (row) return cloneMessage(row);
  const copy = cloneMessage(server);
  copy.messageId = 0;
  copy.direction = copy.senderUserId === engine.userId ? MessageDirection.SEND : MessageDirection.RECEIVE;
  return copy;
}

/** Takes a server-side edit into the local row, if this device has the message. */
export function applyContent(engine: RongCloudEngine, server: Message): Message {
  const row = engine.store.getByUId(server.messageUId);
  if (row && row.messageType === server.messageType) replaceContent(row, server);
  return viewerCopy(engine, server);
}

export function applyExpansion(engine: RongCloudEngine, server: Message): Message {
  const row = engine.store.getByUId(server.messageUId);
  if (row) row.expansion = server.expansion ? { ...server.expansion } : null;
  return viewerCopy(engine, server);
}

/**
 * Turns the local row into the server's recall notice, or deletes it (deleteRemote, seed 004 L6140).
 * Returns the message to report (for a deleted row: the notice with the id the row had).
 */
export function applyRecall(engine: RongCloudEngine, notice: Message, deleteRemote: boolean): Message {
  const store = engine.store;
  const row = store.getByUId(notice.messageUId);
  if (!row) return viewerCopy(engine, notice);
  for (const key of contentKeys[row.messageType] ?? []) delete row[key];
  delete row.mentionedInfo;
  Object.assign(row, {
    messageType: MessageType.RECALL, extra: '', expansion: null,
    admin: notice.admin, deleted: notice.deleted, recallTime: notice.recallTime, recallActionTime: notice.recallActionTime,
  });
  const out = cloneMessage(row);
  // A recall notice does not count as unread (seed 004 message types), so counts are recomputed.
  if (deleteRemote) store.remove([row.messageId]);
  else store.refreshConversation(conversationKey(row.conversationType, row.targetId, row.channelId));
  return out;
}

// Server pushes: the device brings its database up to date, then tells the app.
pushHandlers.set('onRemoteUltraGroupMessageModified', (engine, payload) => {
  const messages = (payload.messages as Message[]).map((m) => applyContent(engine, m));
  engine.host.emit('onRemoteUltraGroupMessageModified', { messages });
});
pushHandlers.set('onRemoteUltraGroupMessageExpansionUpdated', (engine, payload) => {
  const messages = (payload.messages as Message[]).map((m) => applyExpansion(engine, m));
  engine.host.emit('onRemoteUltraGroupMessageExpansionUpdated', { messages });
});
pushHandlers.set('onRemoteUltraGroupMessageRecalled', (engine, payload) => {
  const messages = (payload.messages as Message[]).map((m) => applyRecall(engine, m, payload.deleteRemote === true));
  engine.host.emit('onRemoteUltraGroupMessageRecalled', { messages });
});
pushHandlers.set('onUltraGroupReadTimeReceived', (engine, payload) => {
  const { targetId, channelId, timestamp } = payload as { targetId: string; channelId: string; timestamp: number };
  markChannelRead(engine.store, targetId, channelId, timestamp);
  engine.host.emit('onUltraGroupReadTimeReceived', { targetId, channelId, timestamp });
});
