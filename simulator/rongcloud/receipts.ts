import { cloudArea, cloudAreaFactories, type Cloud } from '../cloud/cloud';
import { RC } from '../codes';
import type { RongCloudEngine } from './engine';
import { ConversationType, MessageDirection, SentStatus } from './enums';
import { cloneMessage, type Message } from './message';
import { cloudRequest } from './request';
import { updateRow } from './rows';
import { sendSignal, signalHandlers } from './signals';
import { firstAfter } from './timeline';

/** Group read-receipt requests the cloud knows, by message UId, with who responded when. */
interface ReceiptRequest {
  readonly senderId: string;
  readonly groupId: string;
  readonly channelId: string;
  readonly responders: Map<string, number>;
}

cloudAreaFactories.set('readReceipts', () => new Map<string, ReceiptRequest>());

function requests(cloud: Cloud): Map<string, ReceiptRequest> {
  return cloudArea<Map<string, ReceiptRequest>>(cloud, 'readReceipts');
}

function respondMap(request: ReceiptRequest): Record<string, number> {
  return Object.fromEntries(request.responders);
}

/** Server history keeps the receipt state too, so history fetched later shows it. */
function recordOnServer(cloud: Cloud, uid: string, request: ReceiptRequest): void {
  const stored = cloud.history.get(uid);
  if (!stored) return;
  const next = cloneMessage(stored);
  next.groupReadReceiptInfo = { readReceiptMessage: true, hasRespond: false, respondUserIds: respondMap(request) };
  cloud.history.replace(uid, next);
}

// ---- private ----------------------------------------------------------------------------------

/**
 * `sendPrivateReadReceiptMessage` (seed 004 L2325-2416): tells the peer that everything it sent up to
 * `timestamp` (the sentTime of the last message read) has been read. Like the `RC:ReadNtf` message it is,
 * it reaches the peer's devices now or at their next login, and a peer who blacklisted the caller refuses
 * it (405).
 */
export function sendPrivateReadReceipt(engine: RongCloudEngine, targetId: string, channelId: string, timestamp: number, done: (code: number) => void): void {
  const cloud = engine.host.cloud;
  const reader = engine.userId;
  cloudRequest(
    engine,
    'sendReadReceiptMessage',
    () => {
      if (cloud.accounts.users.get(targetId)?.blacklist.has(reader)) return { code: RC.REJECTED_BY_BLACKLIST };
      sendSignal(cloud, reader, targetId, { kind: 'privateReadReceipt', readerId: reader, channelId, timestamp });
      return { code: RC.SUCCESS };
    },
    (answer) => done(answer.code),
  );
}

/**
 * A receipt reaching the sender's device: its sent messages to the reader, up to the timestamp, become
 * READ. The walk goes back from the timestamp and stops at the first message already READ (every older
 * one was marked by an earlier receipt).
 */
signalHandlers.set('privateReadReceipt', (engine, signal) => {
  const store = engine.store;
  const readerId = signal.readerId as string;
  const channelId = signal.channelId as string;
  const timestamp = signal.timestamp as number;
  const timeline = store.timeline(ConversationType.PRIVATE, readerId, channelId);
  for (let i = firstAfter(timeline, timestamp) - 1; i >= 0; i--) {
    const m = timeline[i];
    if (m.direction !== MessageDirection.SEND) continue;
    if (m.sentStatus === SentStatus.READ) break;
    if (m.sentStatus === SentStatus.SENT || m.sentStatus === SentStatus.RECEIVED) updateRow(store, m, { sentStatus: SentStatus.READ });
  }
  engine.host.emit('onPrivateReadReceiptReceived', { targetId: readerId, channelId, timestamp });
});

// ---- group ------------------------------------------------------------------------------------

/**
 * `sendGroupReadReceiptRequest` (seed 004 L2422-2435): only for the caller's own group message that was
 * sent (34201 for another conversation type, 33003 for someone else's or an unsent message, 22406 after
 * leaving the group). Members hear `onGroupMessageReadReceiptRequestReceived`; the message's
 * `groupReadReceiptInfo` marks it as a receipt message everywhere.
 */
export function sendGroupReceiptRequest(engine: RongCloudEngine, message: Message, done: (code: number, message: Message) => void): void {
  const store = engine.store;
  const row = message.messageUId ? store.getByUId(message.messageUId) : undefined;
  const subject = row ?? message;
  if (subject.conversationType !== ConversationType.GROUP) {
    done(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT, message);
    return;
  }
  const uid = subject.messageUId;
  if (!uid || subject.senderUserId !== engine.userId || subject.sentStatus === SentStatus.SENDING || subject.sentStatus === SentStatus.FAILED) {
    done(RC.INVALID_PARAMETER, message);
    return;
  }
  const cloud = engine.host.cloud;
  const sender = engine.userId;
  cloudRequest<Record<string, number>>(
    engine,
    'sendReadReceiptRequest',
    () => {
      const groupId = subject.targetId;
      if (!cloud.groups.isMember(groupId, sender)) return { code: RC.NOT_IN_GROUP };
      const all = requests(cloud);
      let request = all.get(uid);
      if (!request) all.set(uid, (request = { senderId: sender, groupId, channelId: subject.channelId, responders: new Map() }));
      recordOnServer(cloud, uid, request);
      for (const member of cloud.groups.membersOf(groupId)) {
        if (member !== sender) sendSignal(cloud, sender, member, { kind: 'groupReceiptRequest', groupId, channelId: subject.channelId, messageUId: uid });
      }
      return { code: RC.SUCCESS, value: respondMap(request) };
    },
    (answer) => {
      if (answer.code !== RC.SUCCESS) {
        done(answer.code, message);
        return;
      }
      const info = { readReceiptMessage: true, hasRespond: false, respondUserIds: answer.value ?? {} };
      const mine = store.getByUId(uid);
      if (mine) updateRow(store, mine, { groupReadReceiptInfo: info });
      done(RC.SUCCESS, mine ? cloneMessage(mine) : { ...cloneMessage(message), groupReadReceiptInfo: info });
    },
  );
}

signalHandlers.set('groupReceiptRequest', (engine, signal) => {
  const store = engine.store;
  const uid = signal.messageUId as string;
  const row = store.getByUId(uid);
  if (row) {
    const info = row.groupReadReceiptInfo;
    updateRow(store, row, { groupReadReceiptInfo: { readReceiptMessage: true, hasRespond: info?.hasRespond ?? false, respondUserIds: { ...(info?.respondUserIds ?? {}) } } });
  }
  engine.host.emit('onGroupMessageReadReceiptRequestReceived', { targetId: signal.groupId as string, messageUId: uid });
});

/**
 * `sendGroupReadReceiptResponse` (seed 004 L2499-2573): a member answers the requests for one or more
 * messages of one group. Messages nobody requested a receipt for, of another group or channel, or the caller's own
 * are left out; a second answer to the same request changes nothing. Each requester hears
 * `onGroupMessageReadReceiptResponseReceived` with every responder so far (`{userId: time}`).
 */
export function sendGroupReceiptResponse(engine: RongCloudEngine, groupId: string, channelId: string, messages: readonly Message[], done: (code: number, messages: Message[]) => void): void {
  const store = engine.store;
  const cloud = engine.host.cloud;
  const reader = engine.userId;
  const uids = [...new Set(messages.map((m) => m.messageUId).filter((uid) => uid.length > 0))];
  cloudRequest<string[]>(
    engine,
    'sendReadReceiptResponse',
    () => {
      if (!cloud.groups.isMember(groupId, reader)) return { code: RC.NOT_IN_GROUP };
      const answered: string[] = [];
      for (const uid of uids) {
        const request = requests(cloud).get(uid);
        if (!request || request.groupId !== groupId || request.channelId !== channelId || request.senderId === reader) continue;
        answered.push(uid);
        if (request.responders.has(reader)) continue;
        request.responders.set(reader, cloud.now());
        recordOnServer(cloud, uid, request);
        sendSignal(cloud, reader, request.senderId, { kind: 'groupReceiptResponse', groupId, channelId: request.channelId, messageUId: uid, respondUserIds: respondMap(request) });
      }
      return { code: RC.SUCCESS, value: answered };
    },
    (answer) => {
      if (answer.code === RC.SUCCESS) {
        for (const uid of answer.value ?? []) {
          const row = store.getByUId(uid);
          if (row) updateRow(store, row, { groupReadReceiptInfo: { readReceiptMessage: true, hasRespond: true, respondUserIds: { ...(row.groupReadReceiptInfo?.respondUserIds ?? {}) } } });
        }
      }
      done(answer.code, messages.map((m) => (m.messageUId && store.getByUId(m.messageUId)) || m).map(cloneMessage));
    },
  );
}

signalHandlers.set('groupReceiptResponse', (engine, signal) => {
  const store = engine.store;
  const uid = signal.messageUId as string;
  const respondUserIds = { ...(signal.respondUserIds as Record<string, number>) };
  const row = store.getByUId(uid);
  if (row) updateRow(store, row, { groupReadReceiptInfo: { readReceiptMessage: true, hasRespond: row.groupReadReceiptInfo?.hasRespond ?? false, respondUserIds: { ...respondUserIds } } });
  engine.host.emit('onGroupMessageReadReceiptResponseReceived', { targetId: signal.groupId as string, messageUId: uid, respondUserIds });
});
