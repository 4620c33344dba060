import { cloudArea, cloudAreaFactories, type Cloud } from '../cloud/cloud';
import { RC } from '../codes';
import type { RongCloudEngine } from './engine';
import { ConversationType, MessageType, SentStatus } from './enums';
import type { LocalStore } from './local-store';
import { cloneMessage, contentKeys, type Message } from './message';
import { viewerCopy } from './remote-history';
import { cloudRequest } from './request';
import { updateRow } from './rows';
import { otherParticipants, sendSignal, signalHandlers } from './signals';

/**
 * Recall (seed 004 L2027-2088, L1863). Only messages that were sent successfully can be recalled. By
 * default RongCloud does not restrict who recalls (L2033); an app can ask RongCloud to allow recalling
 * only one's own messages (L2036), which `world.server.restrictRecallToSender()` turns on (25107).
 */
export interface RecallPolicy {
  senderOnly: boolean;
}

cloudAreaFactories.set('recallPolicy', (): RecallPolicy => ({ senderOnly: false }));

export function recallPolicy(cloud: Cloud): RecallPolicy {
  return cloudArea<RecallPolicy>(cloud, 'recallPolicy');
}

function withoutContent(message: Message): Message {
  const copy = cloneMessage(message);
  for (const key of contentKeys[message.messageType] ?? []) delete copy[key];
  delete copy.originalMessage;
  return copy;
}

/**
 * The RECALL content that replaces a message's own (boundary §5.4: admin, deleted, recallTime,
 * recallActionTime, originalMessage). The original content is erased for everyone (L1863): only the
 * recaller's own device keeps it in `originalMessage` (as IMLib keeps the recalled text for re-editing);
 * everywhere else `originalMessage` names the original (type, ids, sender, times) without its content.
 */
export function recallContent(original: Message, actionTime: number, keepContent: boolean): Partial<Message> {
  const kept = keepContent ? cloneMessage(original) : withoutContent(original);
  delete kept.originalMessage;
  return { messageType: MessageType.RECALL, admin: false, deleted: false, recallTime: original.sentTime, recallActionTime: actionTime, originalMessage: kept };
}

/** A message with its content replaced by the recall notice; base keys (ids, times, sender) stay. */
export function recalledCopy(original: Message, actionTime: number): Message {
  return Object.assign(withoutContent(original), recallContent(original, actionTime, false));
}

/** Turns a stored row into its recall notice in place, keeping its local id and place in the timeline. */
export function recallRow(store: LocalStore, row: Message, actionTime: number, keepContent: boolean): Message {
  const changes = recallContent(row, actionTime, keepContent);
  for (const key of contentKeys[row.messageType] ?? []) delete row[key];
  return updateRow(store, row, changes);
}

const unsent: ReadonlySet<number> = new Set([SentStatus.SENDING, SentStatus.FAILED, SentStatus.CANCELED]);

/**
 * `recallMessage`: the cloud replaces the message in server history, drops undelivered copies from the
 * offline inbox, and sends the recall notice to the other participants; the caller's row becomes the
 * RECALL message. Checks: no UId, not sent, or already recalled 25101; not a private or group message
 * 34201; unknown to server history 25101; not a member any more 22406; someone else's message while the
 * app only allows recalling one's own 25107.
 */
export function recallMessage(engine: RongCloudEngine, message: Message, done: (code: number, message: Message) => void): void {
  const store = engine.store;
  const row = (message.messageUId ? store.getByUId(message.messageUId) : undefined) ?? (message.messageId > 0 ? store.get(message.messageId) : undefined);
  const subject = row ?? message;
  const uid = subject.messageUId;
  if (subject.conversationType !== ConversationType.PRIVATE && subject.conversationType !== ConversationType.GROUP) {
    done(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT, message);
    return;
  }
  if (!uid || unsent.has(subject.sentStatus) || subject.messageType === MessageType.RECALL) {
    done(RC.RECALL_PARAMETER_INVALID, message);
    return;
  }
  const cloud = engine.host.cloud;
  const caller = engine.userId;
  let recalledOnServer: Message | undefined;
  cloudRequest(
    engine,
    'recallMessage',
    () => {
      const server = cloud.history.get(uid);
      if (!server || server.messageType === MessageType.RECALL) return { code: RC.RECALL_PARAMETER_INVALID };
      if (server.conversationType === ConversationType.GROUP && !cloud.groups.isMember(server.targetId, caller)) return { code: RC.NOT_IN_GROUP };
      const isPrivate = server.conversationType === ConversationType.PRIVATE;
      if (isPrivate && caller !== server.senderUserId && caller !== server.targetId) return { code: RC.RECALL_PARAMETER_INVALID };
      if (recallPolicy(cloud).senderOnly && server.senderUserId !== caller) return { code: RC.RECALL_MESSAGE_USER_INVALID };
      const now = cloud.now();
      recalledOnServer = recalledCopy(server, now);
      cloud.history.replace(uid, recalledOnServer);
      // Receivers who have not fetched it yet never see the original (L1863).
      cloud.inbox.remove((m) => m.messageUId === uid);
      const peer = isPrivate ? (caller === server.senderUserId ? server.targetId : server.senderUserId) : server.targetId;
      for (const userId of otherParticipants(cloud, server.conversationType, caller, peer)) {
        sendSignal(cloud, caller, userId, { kind: 'recall', messageUId: uid, recallActionTime: now, message: recalledOnServer });
      }
      return { code: RC.SUCCESS };
    },
    (answer) => {
      if (answer.code !== RC.SUCCESS || !recalledOnServer) {
        done(answer.code, message);
        return;
      }
      const mine = store.getByUId(uid);
      if (mine && mine.messageType !== MessageType.RECALL) recallRow(store, mine, recalledOnServer.recallActionTime as number, true);
      done(RC.SUCCESS, mine ? cloneMessage(mine) : viewerCopy(recalledOnServer, caller));
    },
  );
}

/**
 * The recall notice reaching another participant's device: the stored original becomes the RECALL
 * message and the app hears `onRemoteMessageRecalled`. A device that never stored the original (it was
 * still in the offline inbox, or was deleted locally) stores the notice as a new RECALL message and
 * reports it as received.
 */
signalHandlers.set('recall', (engine, signal, meta) => {
  const store = engine.store;
  const uid = signal.messageUId as string;
  const row = store.getByUId(uid);
  if (row) {
    if (row.messageType === MessageType.RECALL) return;
    recallRow(store, row, signal.recallActionTime as number, false);
    engine.host.trace('note', 'message recalled by the other side', { messageUId: uid });
    engine.host.emit('onRemoteMessageRecalled', { message: cloneMessage(row) });
    return;
  }
  const stored = store.insert({ ...viewerCopy(signal.message as Message, engine.userId), offLine: meta.offline, receivedTime: engine.now() });
  engine.host.emit('onMessageReceived', { message: cloneMessage(stored), left: meta.left, offline: meta.offline, hasPackage: meta.hasPackage });
});
