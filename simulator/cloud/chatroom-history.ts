import { MessageDirection, ReceivedStatus, TimeOrder } from '../rongcloud/enums';
import { cloneMessage, type Message } from '../rongcloud/message';
import type { ChatRoom } from './chatrooms';

/**
 * A chatroom's cloud message storage: the messages of stored types in send order, read by the join
 * (the latest n) and by remote history (pages by time). Kept 2 months by default (L4866).
 */

/** Drops messages sent before `oldest` (the retention limit). */
export function pruneHistory(room: ChatRoom, oldest: number): void {
  let drop = 0;
  while (drop < room.history.length && room.history[drop].sentTime < oldest) drop++;
  if (drop > 0) room.history.splice(0, drop);
}

/** The latest `count` messages, oldest first, as `viewer` sees them (what a join delivers). */
export function latestMessages(room: ChatRoom, count: number, viewer: string, now: number): Message[] {
  return count > 0 ? room.history.slice(-count).map((m) => viewerCopy(m, viewer, now)) : [];
}

/**
 * One page of remote history: BEFORE = sent before `timestamp` (0: now), newest first; AFTER = sent after
 * it, oldest first (L5117-5118). `syncTime` is the time to pass for the next page: the last message's.
 */
export function historyPage(room: ChatRoom, timestamp: number, order: number, count: number, viewer: string, now: number): { messages: Message[]; syncTime: number } {
  const list = room.history;
  const picked: Message[] = [];
  if (order === TimeOrder.BEFORE) {
    const before = timestamp === 0 ? Number.POSITIVE_INFINITY : timestamp;
    for (let i = firstAtOrAfter(list, before) - 1; i >= 0 && picked.length < count; i--) picked.push(list[i]);
  } else {
    for (let i = firstAtOrAfter(list, timestamp + 1); i < list.length && picked.length < count; i++) picked.push(list[i]);
  }
  const messages = picked.map((m) => viewerCopy(m, viewer, now));
  return { messages, syncTime: messages.length > 0 ? messages[messages.length - 1].sentTime : 0 };
}

/** A stored message as `viewer` fetches it: their own ones as sent, others' as received. */
function viewerCopy(message: Message, viewer: string, now: number): Message {
  const copy = cloneMessage(message);
  copy.messageId = 0;
  if (copy.senderUserId === viewer) {
    copy.direction = MessageDirection.SEND;
  } else {
    copy.direction = MessageDirection.RECEIVE;
    copy.receivedStatus = ReceivedStatus.UNREAD;
    copy.receivedTime = now;
  }
  return copy;
}

/** Index of the first message sent at or after `time` (history is in send order). */
function firstAtOrAfter(list: readonly Message[], time: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].sentTime < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
