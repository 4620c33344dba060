import { SettingsPush, userSettingsArea, type ConversationRef } from '../cloud/push-settings';
import { RC } from '../codes';
import type { RongCloudEngine } from './engine';
import { ConversationType, ReceivedStatus } from './enums';
import { conversationKey, isUnreadCounted, type ConversationRecord, type LocalStore } from './local-store';
import { effectiveLevel } from './notifications';
import { isDoNotDisturb } from './notification-levels';
import { settingsRequest } from './settings-request';

/**
 * Unread counts of one device's database. Every answer is a sum of the same per-conversation counts the
 * local store keeps (a message is unread while it is received, UNREAD and of a counted type), so the
 * per-conversation, total and by-type answers always agree. Chatrooms are never counted (seed 004 L3173,
 * L3222, L3283, L3350). `channelId` is "not supported yet" for these APIs (L3297): every channel counts.
 */

/** Rows that take part in unread answers: visible conversations outside chatrooms. */
function countedRows(store: LocalStore): ConversationRecord[] {
  return [...store.conversations.values()].filter((r) => !r.hidden && r.conversationType !== ConversationType.CHATROOM);
}

export function unreadCount(store: LocalStore, type: number, targetId: string, channelId: string): number {
  if (type === ConversationType.CHATROOM) return 0;
  const record = store.conversation(type, targetId, channelId);
  return record && !record.hidden ? record.unreadCount : 0;
}

export function mentionedCount(store: LocalStore, type: number, targetId: string, channelId: string): number {
  if (type === ConversationType.CHATROOM) return 0;
  const record = store.conversation(type, targetId, channelId);
  return record && !record.hidden ? record.mentionedCount : 0;
}

/** Every conversation type except chatroom (L3173); DND conversations included (the API has no switch). */
export function totalUnreadCount(store: LocalStore): number {
  return countedRows(store).reduce((sum, r) => sum + r.unreadCount, 0);
}

/** `contain`: whether conversations with a do-not-disturb level count too (L3297). */
export function unreadCountByTypes(store: LocalStore, types: readonly number[], contain: boolean): number {
  const wanted = new Set(types);
  let sum = 0;
  for (const r of countedRows(store)) {
    if (!wanted.has(r.conversationType)) continue;
    if (!contain && isDoNotDisturb(effectiveLevel(store, r.conversationType, r.targetId, r.channelId))) continue;
    sum += r.unreadCount;
  }
  return sum;
}

/** Send time of the oldest unread message (0 when all is read): `firstUnreadMsgSendTime`. */
export function firstUnreadSendTime(store: LocalStore, record: ConversationRecord): number {
  if (record.unreadCount === 0) return 0;
  const first = store.timeline(record.conversationType, record.targetId, record.channelId).find(isUnreadCounted);
  return first?.sentTime ?? 0;
}

/**
 * Marks the conversation's unread messages sent at or before `timestamp` as READ (0 = all of them) and
 * recounts. Returns how many messages changed. Rows are changed in place: `receivedStatus` is not indexed,
 * and going through `store.update` would also move a removed conversation back into the list.
 */
export function clearUnreadUpTo(store: LocalStore, type: number, targetId: string, channelId: string, timestamp: number): number {
  let changed = 0;
  for (const message of store.timeline(type, targetId, channelId)) {
    if (timestamp > 0 && message.sentTime > timestamp) break;
    if (!isUnreadCounted(message)) continue;
    message.receivedStatus = ReceivedStatus.READ;
    changed++;
  }
  if (changed > 0) store.refreshConversation(conversationKey(type, targetId, channelId));
  return changed;
}

/**
 * Tells the user's other devices that this conversation is read up to `timestamp` (L4484-4499): online
 * ones clear their unread messages up to it and get `onConversationReadStatusSyncMessageReceived`; the
 * cloud keeps the mark for devices that connect later. This device's own counts are left alone, as in the
 * SDK (the app clears them with `clearUnreadCount`).
 */
export function syncReadStatus(engine: RongCloudEngine, ref: ConversationRef, timestamp: number, done: (code: number) => void): void {
  settingsRequest(engine, 'syncConversationReadStatus', (cloud, userId) => {
    const area = userSettingsArea(cloud);
    area.markRead(userId, ref, timestamp);
    area.broadcast(userId, engine, SettingsPush.READ, { ...ref, timestamp });
    return RC.SUCCESS;
  }, done);
}
