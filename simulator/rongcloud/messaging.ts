import type { DeliveryMeta } from '../cloud/client';
import type { SendOptions } from '../cloud/cloud';
import { RC } from '../codes';
import type { RongCloudEngine } from './engine';
import { MessageDirection, SentStatus } from './enums';
import type { Reply } from './host';
import { cloneMessage, mediaMessageTypes, messageTraits, type Message } from './message';

/** Called after a received message was reported to the app (e.g. its sender stops showing as typing). */
export const receivedMessageHooks: Array<(engine: RongCloudEngine, message: Message) => void> = [];

/** A message reaching the app: stored (unless its type is not stored, or already known), then reported. */
export function receiveMessage(engine: RongCloudEngine, incoming: Message, meta: DeliveryMeta): void {
  const store = engine.store;
  if (incoming.messageUId && store.getByUId(incoming.messageUId)) {
    // The same message twice (a retried delivery): the SDK drops duplicates by UId.
    engine.host.trace('note', 'duplicate delivery dropped', { messageUId: incoming.messageUId });
    return;
  }
  const traits = messageTraits(incoming);
  // `incoming` is this device's own copy (the cloud copies per recipient), so it can be filled in place.
  const message = incoming;
  message.offLine = meta.offline;
  message.receivedTime = engine.now();
  const row = traits.stored ? store.insert(message, true) : message;
  engine.host.emit('onMessageReceived', { message: cloneMessage(row), left: meta.left, offline: meta.offline, hasPackage: meta.hasPackage });
  for (let i = 0; i < receivedMessageHooks.length; i++) receivedMessageHooks[i](engine, row);
}

export interface SendHooks {
  /** Reply callback names: plain sends and media sends name them differently. */
  saved: string;
  sent: string;
  /** Runs after the message is saved and before it goes out (media upload); calls `proceed` when done. */
  beforeTransmit?: (row: Message, proceed: () => void, fail: (code: number) => void) => void;
}

export const plainSendHooks: SendHooks = { saved: 'onMessageSaved', sent: 'onMessageSent' };

const NO_OPTIONS: SendOptions = Object.freeze({});

/**
 * Sends a message: saved locally (SENDING) and reported, then carried to the cloud; the answer marks it
 * SENT (with UId and sentTime) or FAILED and is reported. A resend of a failed message reuses its row.
 * `message` is the engine's own copy (the facade built it from the JS map): it is filled in, not copied.
 */
export function sendMessage(engine: RongCloudEngine, message: Message, reply: Reply, hooks: SendHooks = plainSendHooks, options: SendOptions = NO_OPTIONS): void {
  const store = engine.store;
  const traits = messageTraits(message);
  let row: Message;
  const existing = message.messageId > 0 ? store.get(message.messageId) : undefined;
  if (existing && existing.direction === MessageDirection.SEND && existing.sentStatus !== SentStatus.SENT) {
    row = store.update(existing, { ...message, ...prepared(engine), messageId: existing.messageId, messageUId: '' });
  } else {
    message.sentStatus = SentStatus.SENDING;
    message.direction = MessageDirection.SEND;
    message.senderUserId = engine.userId;
    message.sentTime = engine.now();
    message.messageUId = '';
    message.messageId = 0;
    row = traits.stored ? store.insert(message, true) : message;
  }
  reply(hooks.saved, { message: cloneMessage(row) });

  const finish = (code: number, sent?: Message) => {
    const changes: Partial<Message> = code === RC.SUCCESS && sent
      ? { sentStatus: SentStatus.SENT, messageUId: sent.messageUId, sentTime: sent.sentTime }
      : { sentStatus: SentStatus.FAILED };
    if (row.messageId > 0 && store.get(row.messageId) === row) store.update(row, changes);
    else Object.assign(row, changes);
    engine.host.trace('note', code === RC.SUCCESS ? 'message sent' : 'message failed', { messageId: row.messageId, messageUId: row.messageUId, code });
    reply(hooks.sent, { code, message: cloneMessage(row) });
  };

  const transmit = () => {
    if (!engine.connected) {
      finish(RC.NETWORK_UNAVAILABLE);
      return;
    }
    const outgoing = cloneMessage(row);
    // A local file path means nothing on another device: only the uploaded `remote` URL travels.
    if (mediaMessageTypes.has(outgoing.messageType)) outgoing.local = '';
    const sent = engine.host.network.carry(
      () => {
        // `outgoing` is a private copy already: the cloud may keep it without copying it again.
        const result = engine.host.cloud.send(engine, engine.userId, outgoing, options, true);
        const back = engine.host.network.carry(
          () => finish(result.code, result.message),
          () => finish(RC.MSG_RESPONSE_TIMEOUT),
        );
        if (!back) finish(RC.MSG_RESPONSE_TIMEOUT);
      },
      // A request lost to packet loss is noticed at the ack timeout (30003); a cut link fails it (30002).
      (reason) => finish(reason === 'dropped' ? RC.MSG_RESPONSE_TIMEOUT : RC.NETWORK_UNAVAILABLE),
    );
    if (!sent) finish(RC.NETWORK_UNAVAILABLE);
  };

  if (hooks.beforeTransmit) hooks.beforeTransmit(row, transmit, (code) => finish(code));
  else transmit();
}

function prepared(engine: RongCloudEngine): Partial<Message> {
  return { sentStatus: SentStatus.SENDING, direction: MessageDirection.SEND, senderUserId: engine.userId, sentTime: engine.now() };
}
