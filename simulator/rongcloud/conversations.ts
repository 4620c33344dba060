import { SettingsPush, userSettingsArea, type ConversationRef } from '../cloud/push-settings';
import { RC } from '../codes';
import type { RongCloudEngine } from './engine';
import { ConversationType, MessageType, ReceivedStatus } from './enums';
import { conversationKey, isUnreadCounted, type ConversationRecord, type LocalStore } from './local-store';
import { cloneMessage, type Message } from './message';
import { applyTop, effectiveLevel, isTop } from './notifications';
import { isDoNotDisturb } from './notification-levels';
import { settingsRequest } from './settings-request';
import { firstUnreadSendTime } from './unread';

/**
 * The conversation list of one device's database (seed 004 L2954-4003): built from sent and received
 * messages by the local store; this module reads it, orders it, hides and deletes rows, and keeps drafts.
 * Pins and DND levels are user settings (notifications.ts); rows show them.
 */

/** A conversation as the bridge writes it (boundary §5.5), a fresh JSON-safe object. */
export function conversationToJs(store: LocalStore, record: ConversationRecord): Record<string, unknown> {
  const last = record.lastMessageId ? store.get(record.lastMessageId) : undefined;
  const level = effectiveLevel(store, record.conversationType, record.targetId, record.channelId);
  const top = isTop(store, record.conversationType, record.targetId, record.channelId);
  // Rows the store created after a setting changed start with its defaults: bring them in step for direct readers.
  record.top = top;
  record.notificationLevel = level;
  record.blocked = isDoNotDisturb(level);
  const out: Record<string, unknown> = {
    conversationType: record.conversationType,
    targetId: record.targetId,
    channelId: record.channelId,
    unreadCount: record.unreadCount,
    mentionedCount: record.mentionedCount,
    notificationLevel: level,
    top,
    draft: record.draft,
  };
  // Android leaves a null object out of the map (boundary §5.3): no key when nothing is stored.
  if (last) out.lastMessage = cloneMessage(last);
  out.firstUnreadMsgSendTime = firstUnreadSendTime(store, record);
  return out;
}

/** Rows the list shows: not removed, and not chatrooms (the SDK keeps no chatroom conversations, L2996). */
export function listedRows(store: LocalStore): ConversationRecord[] {
  return [...store.conversations.values()].filter((r) => !r.hidden && r.conversationType !== ConversationType.CHATROOM);
}

/**
 * `channelId` is "not supported yet" outside ultra groups (L3040): it filters ultra-group rows only, and
 * only when given.
 */
function channelMatches(record: ConversationRecord, channelId: string): boolean {
  return record.conversationType !== ConversationType.ULTRA_GROUP || channelId === '' || record.channelId === channelId;
}

/** Newest first; ties broken by the last message id, then the key, so the order never depends on insertion. */
function byTime(a: ConversationRecord, b: ConversationRecord): number {
  return b.operationTime - a.operationTime || b.lastMessageId - a.lastMessageId || (conversationKey(a.conversationType, a.targetId, a.channelId) < conversationKey(b.conversationType, b.targetId, b.channelId) ? -1 : 1);
}

/** Pinned first, then newest first (L3027). */
export function listOrder(store: LocalStore): (a: ConversationRecord, b: ConversationRecord) => number {
  return (a, b) => Number(isTop(store, b.conversationType, b.targetId, b.channelId)) - Number(isTop(store, a.conversationType, a.targetId, a.channelId)) || byTime(a, b);
}

export function rowsOf(store: LocalStore, types: readonly number[], channelId: string): ConversationRecord[] {
  const wanted = new Set(types);
  return listedRows(store).filter((r) => wanted.has(r.conversationType) && channelMatches(r, channelId));
}

/**
 * One page of the list: conversations whose time (last message or draft) is before `startTime` (0 = from
 * the newest), pinned first, then newest first, at most `count`. As in the SDK, the filter is by time
 * only, so an old pinned conversation can show up again on a later page.
 */
export function pageConversations(store: LocalStore, types: readonly number[], channelId: string, startTime: number, count: number): Record<string, unknown>[] {
  return rowsOf(store, types, channelId)
    .filter((r) => startTime <= 0 || r.operationTime < startTime)
    .sort(listOrder(store))
    .slice(0, count)
    .map((r) => conversationToJs(store, r));
}

export function findConversation(store: LocalStore, type: number, targetId: string, channelId: string): Record<string, unknown> | null {
  const record = store.conversation(type, targetId, channelId);
  return record && !record.hidden ? conversationToJs(store, record) : null;
}

export function topConversations(store: LocalStore, types: readonly number[], channelId: string): Record<string, unknown>[] {
  return rowsOf(store, types, channelId)
    .filter((r) => isTop(store, r.conversationType, r.targetId, r.channelId))
    .sort(byTime)
    .map((r) => conversationToJs(store, r));
}

/** Conversations with a do-not-disturb level (what `contain = false` leaves out), pinned first. */
export function blockedConversations(store: LocalStore, types: readonly number[], channelId: string): Record<string, unknown>[] {
  return rowsOf(store, types, channelId)
    .filter((r) => isDoNotDisturb(effectiveLevel(store, r.conversationType, r.targetId, r.channelId)))
    .sort(listOrder(store))
    .map((r) => conversationToJs(store, r));
}

/** Every channel's conversation of one target (for other types: the one conversation), newest first. */
export function conversationsForAllChannels(store: LocalStore, type: number, targetId: string): Record<string, unknown>[] {
  return listedRows(store)
    .filter((r) => r.conversationType === type && r.targetId === targetId)
    .sort(byTime)
    .map((r) => conversationToJs(store, r));
}

// ---- removing --------------------------------------------------------------------------------------

/**
 * Takes a conversation off the list and keeps its messages (L3484-3486): a new message brings it back,
 * with its history. The removed row's unread messages count as read and its draft goes, as a re-created
 * row starts from the new message only.
 */
export function removeConversation(store: LocalStore, type: number, targetId: string, channelId: string): void {
  const record = store.conversation(type, targetId, channelId);
  if (!record) return;
  for (const message of store.timeline(type, targetId, channelId)) {
    if (isUnreadCounted(message)) message.receivedStatus = ReceivedStatus.READ;
  }
  store.refreshConversation(conversationKey(type, targetId, channelId));
  record.draft = '';
  record.hidden = true;
}

/** Deletes every conversation of the types, with its messages (L3545). */
export function removeConversations(store: LocalStore, types: readonly number[], channelId: string): number {
  const wanted = new Set(types);
  let removed = 0;
  for (const [key, record] of [...store.conversations]) {
    if (!wanted.has(record.conversationType) || !channelMatches(record, channelId)) continue;
    // The whole row goes, so its messages are dropped directly (store.remove would search the timeline per message).
    for (const message of store.timelines.get(key) ?? []) {
      store.messages.delete(message.messageId);
      if (message.messageUId) store.byUId.delete(message.messageUId);
    }
    store.conversations.delete(key);
    store.timelines.delete(key);
    removed++;
  }
  return removed;
}

// ---- drafts ----------------------------------------------------------------------------------------

/**
 * Saving a draft updates the conversation's time, which moves it up the list (L3620); it creates the
 * conversation when there is none. An empty draft is the same as clearing it.
 */
export function saveDraft(store: LocalStore, type: number, targetId: string, channelId: string, draft: string, now: number): void {
  if (draft === '') {
    clearDraft(store, type, targetId, channelId);
    return;
  }
  const record = store.ensureConversation(type, targetId, channelId);
  record.draft = draft;
  record.operationTime = Math.max(record.operationTime, now);
  record.hidden = false;
}

export function clearDraft(store: LocalStore, type: number, targetId: string, channelId: string): void {
  const record = store.conversation(type, targetId, channelId);
  if (record) record.draft = '';
}

export function draftOf(store: LocalStore, type: number, targetId: string, channelId: string): string {
  const record = store.conversation(type, targetId, channelId);
  return record && !record.hidden ? record.draft : '';
}

// ---- pinning ---------------------------------------------------------------------------------------

/**
 * Pins or unpins: stored in the cloud, which tells the user's other online devices
 * (`onConversationTopStatusSynced`) and gives it to devices that connect later (L3812, L4007).
 * A conversation without a local row gets no row: the pin shows once it has messages.
 */
export function changeTopStatus(engine: RongCloudEngine, ref: ConversationRef, top: boolean, done: (code: number) => void): void {
  const store = engine.hasStore ? engine.store : null;
  settingsRequest(engine, 'changeConversationTopStatus', (cloud, userId) => {
    const area = userSettingsArea(cloud);
    area.setTop(userId, ref, top);
    area.broadcast(userId, engine, SettingsPush.TOP, { ...ref, top });
    return RC.SUCCESS;
  }, (code) => {
    if (code === RC.SUCCESS && store) applyTop(store, ref, top);
    done(code);
  });
}

// ---- search ----------------------------------------------------------------------------------------

/** The words a message can be found by: the text of text and reference messages, a file's name. */
export function searchableText(message: Message): string | null {
  switch (message.messageType) {
    case MessageType.TEXT:
    case MessageType.REFERENCE:
      return typeof message.text === 'string' ? message.text : null;
    case MessageType.FILE:
      return typeof message.name === 'string' ? message.name : null;
    default:
      return null;
  }
}

/**
 * Conversations with messages of `messageTypes` containing `keyword` (case-insensitive, as SQL LIKE on
 * the device's database), in list order, with the number of matching messages.
 */
export function searchConversations(store: LocalStore, types: readonly number[], channelId: string, messageTypes: readonly number[], keyword: string): Array<{ conversation: Record<string, unknown>; count: number }> {
  const wantedTypes = new Set(messageTypes);
  const needle = keyword.toLowerCase();
  const results: Array<{ record: ConversationRecord; count: number }> = [];
  for (const record of rowsOf(store, types, channelId)) {
    let count = 0;
    for (const message of store.timeline(record.conversationType, record.targetId, record.channelId)) {
      if (!wantedTypes.has(message.messageType)) continue;
      const text = searchableText(message);
      if (text !== null && text.toLowerCase().includes(needle)) count++;
    }
    if (count > 0) results.push({ record, count });
  }
  const order = listOrder(store);
  return results.sort((a, b) => order(a.record, b.record)).map(({ record, count }) => ({ conversation: conversationToJs(store, record), count }));
}
