import { ConversationType, MessageDirection, PushNotificationLevel, ReceivedStatus } from './enums';
import { messageTraits, type Message } from './message';
import { MessageTable } from './message-table';

/** A conversation row of a device's local database. */
export interface ConversationRecord {
  conversationType: number;
  targetId: string;
  channelId: string;
  unreadCount: number;
  mentionedCount: number;
  notificationLevel: number;
  top: boolean;
  draft: string;
  lastMessageId: number;
  /** Sort key of the conversation list: last message time, or draft time. */
  operationTime: number;
  /** Removed from the list (`removeConversation`): hidden until a new message arrives. */
  hidden: boolean;
  blocked: boolean;
}

export function conversationKey(conversationType: number, targetId: string, channelId: string | null | undefined): string {
  // Messages come in runs of one conversation: handing back the last key spares building (and hashing
  // for the Map look-ups) a new string several times per message.
  if (conversationType === lastKey.conversationType && targetId === lastKey.targetId && channelId === lastKey.channelId) return lastKey.key;
  const key = `${conversationType}|${targetId}|${channelId ?? ''}`;
  lastKey.conversationType = conversationType;
  lastKey.targetId = targetId;
  lastKey.channelId = channelId;
  lastKey.key = key;
  return key;
}

const lastKey: { conversationType: number; targetId: string; channelId: string | null | undefined; key: string } = { conversationType: -1, targetId: '', channelId: '', key: '' };

/**
 * One user's local database on one device: messages with local ids, conversations, unread counts.
 * Two devices of one user have separate stores, as two phones do.
 */
export class LocalStore {
  private nextMessageId = 1;
  readonly messages = new MessageTable();
  readonly byUId = new Map<string, number>();
  readonly conversations = new Map<string, ConversationRecord>();
  /** Messages per conversation, ordered by (sentTime, messageId). */
  readonly timelines = new Map<string, Message[]>();

  constructor(readonly userId: string) {}

  conversation(conversationType: number, targetId: string, channelId: string | null | undefined): ConversationRecord | undefined {
    return this.conversations.get(conversationKey(conversationType, targetId, channelId));
  }

  ensureConversation(conversationType: number, targetId: string, channelId: string | null | undefined, key = conversationKey(conversationType, targetId, channelId)): ConversationRecord {
    let record = this.conversations.get(key);
    if (!record) {
      record = {
        conversationType, targetId, channelId: channelId ?? '', unreadCount: 0, mentionedCount: 0,
        notificationLevel: PushNotificationLevel.ALL_MESSAGE, top: false, draft: '', lastMessageId: 0,
        operationTime: 0, hidden: false, blocked: false,
      };
      this.conversations.set(key, record);
    }
    return record;
  }

  /**
   * Stores a message under a new local id and files it in its conversation. Returns the stored row.
   * `owned`: the caller hands over an object nobody else holds (the engine's own copy), kept as the row.
   */
  insert(message: Message, owned = false): Message {
    const row: Message = owned ? message : { ...message };
    row.messageId = this.nextMessageId++;
    this.messages.set(row.messageId, row);
    if (row.messageUId) this.byUId.set(row.messageUId, row.messageId);
    const key = conversationKey(row.conversationType, row.targetId, row.channelId);
    let timeline = this.timelines.get(key);
    if (!timeline) this.timelines.set(key, (timeline = []));
    insertSorted(timeline, row);
    const record = this.touchConversation(row, key);
    if (isUnreadCounted(row)) {
      record.unreadCount++;
      if (mentionsUser(row, this.userId)) record.mentionedCount++;
    }
    return row;
  }

  /** Records a change to a stored row (status, UId, sentTime ...), keeping indexes right. */
  update(row: Message, changes: Partial<Message>): Message {
    const oldUId = row.messageUId;
    const oldTime = row.sentTime;
    const wasCounted = isUnreadCounted(row);
    Object.assign(row, changes);
    if (oldUId !== row.messageUId) {
      if (oldUId) this.byUId.delete(oldUId);
      if (row.messageUId) this.byUId.set(row.messageUId, row.messageId);
    }
    if (oldTime !== row.sentTime) {
      const timeline = this.timelines.get(conversationKey(row.conversationType, row.targetId, row.channelId));
      if (timeline) {
        const i = timeline.indexOf(row);
        if (i >= 0) timeline.splice(i, 1);
        insertSorted(timeline, row);
      }
    }
    this.touchConversation(row);
    if (wasCounted !== isUnreadCounted(row)) this.refreshConversation(conversationKey(row.conversationType, row.targetId, row.channelId));
    return row;
  }

  get(messageId: number): Message | undefined {
    return this.messages.get(messageId);
  }

  getByUId(messageUId: string): Message | undefined {
    const id = this.byUId.get(messageUId);
    return id === undefined ? undefined : this.messages.get(id);
  }

  timeline(conversationType: number, targetId: string, channelId: string | null | undefined): readonly Message[] {
    return this.timelines.get(conversationKey(conversationType, targetId, channelId)) ?? [];
  }

  /** Deletes messages by local id; conversations keep their row. */
  remove(messageIds: Iterable<number>): Message[] {
    const removed: Message[] = [];
    const touched = new Set<string>();
    for (const id of messageIds) {
      const row = this.messages.get(id);
      if (!row) continue;
      this.messages.delete(id);
      if (row.messageUId) this.byUId.delete(row.messageUId);
      const key = conversationKey(row.conversationType, row.targetId, row.channelId);
      const timeline = this.timelines.get(key);
      if (timeline) {
        const i = timeline.indexOf(row);
        if (i >= 0) timeline.splice(i, 1);
      }
      touched.add(key);
      removed.push(row);
    }
    for (const key of touched) this.refreshConversation(key);
    return removed;
  }

  /**
   * Deletes the run [start, end) of one conversation's timeline in a single splice (a clear by time),
   * where `remove` would search the timeline once per message.
   */
  removeTimelineRange(conversationType: number, targetId: string, channelId: string | null | undefined, start: number, end: number): Message[] {
    const key = conversationKey(conversationType, targetId, channelId);
    const timeline = this.timelines.get(key);
    if (!timeline || start >= end) return [];
    const removed = timeline.splice(start, end - start);
    for (const row of removed) {
      this.messages.delete(row.messageId);
      if (row.messageUId) this.byUId.delete(row.messageUId);
    }
    this.refreshConversation(key);
    return removed;
  }

  /** Recomputes a conversation's last message and unread counts from its timeline. */
  refreshConversation(key: string): void {
    const record = this.conversations.get(key);
    if (!record) return;
    const timeline = this.timelines.get(key) ?? [];
    const last = timeline[timeline.length - 1];
    record.lastMessageId = last?.messageId ?? 0;
    let unread = 0;
    let mentioned = 0;
    for (const m of timeline) {
      if (isUnreadCounted(m)) {
        unread++;
        if (mentionsUser(m, this.userId)) mentioned++;
      }
    }
    record.unreadCount = unread;
    record.mentionedCount = mentioned;
  }

  private touchConversation(row: Message, key?: string): ConversationRecord {
    const record = this.ensureConversation(row.conversationType, row.targetId, row.channelId, key);
    const last = record.lastMessageId ? this.messages.get(record.lastMessageId) : undefined;
    if (!last || last === row || compare(last, row) <= 0) {
      record.lastMessageId = row.messageId;
      record.operationTime = Math.max(record.operationTime, row.sentTime);
    }
    record.hidden = false;
    return record;
  }
}

/** Counted as unread: a received, unread message of a counted type, outside chatrooms. */
export function isUnreadCounted(m: Message): boolean {
  return (
    m.direction === MessageDirection.RECEIVE &&
    m.receivedStatus === ReceivedStatus.UNREAD &&
    m.conversationType !== ConversationType.CHATROOM &&
    messageTraits(m).counted
  );
}

export function mentionsUser(m: Message, userId: string): boolean {
  const info = m.mentionedInfo;
  if (!info) return false;
  return info.type === 0 /* ALL */ || (Array.isArray(info.userIdList) && info.userIdList.includes(userId));
}

function compare(a: Message, b: Message): number {
  return a.sentTime - b.sentTime || a.messageId - b.messageId;
}

function insertSorted(list: Message[], row: Message): void {
  // Appends are the common case (messages arrive in time order).
  if (list.length === 0 || compare(list[list.length - 1], row) <= 0) {
    list.push(row);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid], row) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, row);
}
