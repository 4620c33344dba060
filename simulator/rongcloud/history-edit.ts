import { RC } from '../codes';
import type { RongCloudEngine } from './engine';
import { ConversationType, MessageDirection, MessageOperationPolicy, MessageType, ReceivedStatus, SentStatus } from './enums';
import type { ConversationRef } from './history';
import { conversationKey, type LocalStore } from './local-store';
import { messageTraits, type Message } from './message';
import { clearRemote, hideRemote, historyKey, remoteHistory } from './remote-history';
import { cloudRequest } from './request';
import { updateRow } from './rows';
import { firstAfter } from './timeline';

/** The largest batch `insertMessages` takes (seed 004 L1805: at most 10, all or nothing). */
export const MAX_INSERT_BATCH = 10;

/**
 * The row an inserted message becomes (seed 004 L1745-1747, L1796-1805): only the conversation,
 * direction, sentTime and content come from the app. By default it is an outgoing message that was sent
 * successfully; an incoming one keeps its receivedStatus (UNREAD by default) and sender. It never gets a
 * UId: inserts stay on this device. An incoming private message is from the peer. Returns null for a type that is not stored (a command or status
 * message, or UNKNOWN, which has no content to store): IMLib answers that with a parameter error (33003).
 */
export function insertable(userId: string, message: Message, now: number): Message | null {
  if (message.messageType === MessageType.UNKNOWN || !messageTraits(message).stored) return null;
  const incoming = message.direction === MessageDirection.RECEIVE;
  const row: Message = {
    ...message,
    messageId: 0,
    messageUId: '',
    offLine: false,
    sentTime: message.sentTime > 0 ? message.sentTime : now,
    receivedTime: incoming ? now : 0,
  };
  if (incoming) {
    // In a private chat only the peer can have sent an incoming message (create… fills in the caller).
    const isPrivate = message.conversationType === ConversationType.PRIVATE;
    row.senderUserId = isPrivate && (!message.senderUserId || message.senderUserId === userId) ? message.targetId : message.senderUserId;
    row.sentStatus = SentStatus.SENT;
    row.receivedStatus = validReceivedStatus(message.receivedStatus) ? message.receivedStatus : ReceivedStatus.UNREAD;
  } else {
    row.direction = MessageDirection.SEND;
    row.senderUserId = userId;
    row.sentStatus = SentStatus.SENT;
    row.receivedStatus = ReceivedStatus.UNREAD;
  }
  return row;
}

function validReceivedStatus(status: unknown): status is number {
  return typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= ReceivedStatus.MULTIPLE_RECEIVE;
}

/** Inserts messages all or nothing: 33003 (and nothing stored) when one of them cannot be stored. */
export function insertMessages(engine: RongCloudEngine, messages: readonly Message[]): { code: number; rows: Message[] } {
  const prepared: Message[] = [];
  for (const m of messages) {
    const row = insertable(engine.userId, m, engine.now());
    if (!row) return { code: RC.INVALID_PARAMETER, rows: [] };
    prepared.push(row);
  }
  return { code: RC.SUCCESS, rows: prepared.map((row) => engine.store.insert(row)) };
}

/** Deletes local rows by id, in any conversation; ids the database does not hold are skipped. */
export function deleteLocal(store: LocalStore, messageIds: readonly number[]): Message[] {
  return store.remove(messageIds);
}

/** Clears a conversation's local messages sent at or before `timestamp` (0: all of them). */
export function clearLocal(store: LocalStore, ref: ConversationRef, timestamp: number): Message[] {
  const timeline = store.timeline(ref.conversationType, ref.targetId, ref.channelId);
  const end = timestamp === 0 ? timeline.length : firstAfter(timeline, timestamp);
  return store.removeTimelineRange(ref.conversationType, ref.targetId, ref.channelId, 0, end);
}

/** Private and group conversations have server history to delete from (seed 004 L1855, L1912). */
function hasServerHistory(conversationType: number): boolean {
  return conversationType === ConversationType.PRIVATE || conversationType === ConversationType.GROUP;
}

/**
 * `clearMessages` (seed 004 L1980-1990): LOCAL clears this device; REMOTE clears the caller's server
 * history (25102 when the cloud-storage service is off); LOCAL_REMOTE does both, the local part only
 * once the server agreed, so a failure leaves everything as it was.
 */
export function clearMessages(engine: RongCloudEngine, ref: ConversationRef, timestamp: number, policy: number, done: (code: number) => void): void {
  if (policy === MessageOperationPolicy.LOCAL) {
    clearLocal(engine.store, ref, timestamp);
    done(RC.SUCCESS);
    return;
  }
  if (!hasServerHistory(ref.conversationType)) {
    done(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    return;
  }
  const userId = engine.userId;
  const cloud = engine.host.cloud;
  cloudRequest(
    engine,
    'clearRemoteHistoryMessages',
    () => {
      const views = remoteHistory(cloud);
      if (!views.enabled) return { code: RC.MESSAGE_STORAGE_SERVICE_UNAVAILABLE };
      clearRemote(views, userId, historyKey(ref.conversationType, userId, ref.targetId, ref.channelId), timestamp === 0 ? cloud.now() : timestamp);
      return { code: RC.SUCCESS };
    },
    (answer) => {
      if (answer.code === RC.SUCCESS && policy === MessageOperationPolicy.LOCAL_REMOTE) clearLocal(engine.store, ref, timestamp);
      done(answer.code);
    },
  );
}

/**
 * `deleteMessages` (seed 004 L1912-1921): deletes the given messages of one conversation from the
 * caller's server history and from this device. Messages without a UId (never sent) only exist here.
 */
export function deleteMessages(engine: RongCloudEngine, ref: ConversationRef, messages: readonly Message[], done: (code: number) => void): void {
  if (!hasServerHistory(ref.conversationType)) {
    done(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    return;
  }
  const userId = engine.userId;
  const cloud = engine.host.cloud;
  const uids = messages.map((m) => m.messageUId).filter((uid) => uid.length > 0);
  cloudRequest(
    engine,
    'deleteRemoteMessages',
    () => {
      const views = remoteHistory(cloud);
      if (!views.enabled) return { code: RC.MESSAGE_STORAGE_SERVICE_UNAVAILABLE };
      hideRemote(views, userId, uids);
      return { code: RC.SUCCESS };
    },
    (answer) => {
      if (answer.code === RC.SUCCESS) engine.store.remove(localRowsOf(engine.store, ref, messages).map((row) => row.messageId));
      done(answer.code);
    },
  );
}

/** The rows of a conversation the given messages name, by local id or else by UId. */
export function localRowsOf(store: LocalStore, ref: ConversationRef, messages: readonly Message[]): Message[] {
  const key = conversationKey(ref.conversationType, ref.targetId, ref.channelId);
  const rows: Message[] = [];
  for (const m of messages) {
    const row = (m.messageId > 0 ? store.get(m.messageId) : undefined) ?? (m.messageUId ? store.getByUId(m.messageUId) : undefined);
    if (row && conversationKey(row.conversationType, row.targetId, row.channelId) === key && !rows.includes(row)) rows.push(row);
  }
  return rows;
}

/** `changeMessageSentStatus` / `changeMessageReceiveStatus`: 34204 when the database has no such message. */
export function changeStatus(store: LocalStore, messageId: number, changes: Pick<Partial<Message>, 'sentStatus' | 'receivedStatus'>): number {
  const row = store.get(messageId);
  if (!row) return RC.INVALID_PARAMETER_MESSAGE_ID;
  updateRow(store, row, changes);
  return RC.SUCCESS;
}
