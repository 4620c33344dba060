import { ConversationType, enumSizes, MessageType } from '../../rongcloud/enums';
import { blankMessage, contentKeys, optionalMessageKeys, type Message } from '../../rongcloud/message';
import { isPlainObject } from './args';

/**
 * Reads a message map from JS as the Android converter does: no `messageType` (or an unknown one) means
 * no message, which the engine answers with -101. Unknown keys and `offLine` are ignored.
 */
export function messageFromJs(value: unknown): Message | null {
  if (!isPlainObject(value)) return null;
  const type = value.messageType;
  if (typeof type !== 'number' || !Number.isInteger(type) || type < 0 || type >= enumSizes.MessageType) return null;
  const conversationType = value.conversationType;
  if (typeof conversationType !== 'number' || !Number.isInteger(conversationType) || conversationType < 0 || conversationType >= enumSizes.ConversationType) return null;
  const message = blankMessage(conversationType, str(value.targetId), str(value.channelId), type);
  // Every base key but offLine, spelled out: a loop of keyed stores is a hot megamorphic path (one per send).
  const given = (v: unknown): boolean => v !== undefined && v !== null;
  if (given(value.targetId)) message.targetId = value.targetId as string;
  if (given(value.channelId)) message.channelId = value.channelId as string;
  if (given(value.messageId)) message.messageId = value.messageId as number;
  if (given(value.messageUId)) message.messageUId = value.messageUId as string;
  if (given(value.receivedTime)) message.receivedTime = value.receivedTime as number;
  if (given(value.sentTime)) message.sentTime = value.sentTime as number;
  if (given(value.receivedStatus)) message.receivedStatus = value.receivedStatus as number;
  if (given(value.sentStatus)) message.sentStatus = value.sentStatus as number;
  if (given(value.senderUserId)) message.senderUserId = value.senderUserId as string;
  if (given(value.direction)) message.direction = value.direction as number;
  if (given(value.extra)) message.extra = value.extra as string;
  if (isPlainObject(value.expansion)) message.expansion = { ...(value.expansion as Record<string, string>) };
  for (const key of optionalMessageKeys) if (isPlainObject(value[key])) (message as Record<string, unknown>)[key] = structuredClone(value[key]);
  for (const key of contentKeys[type] ?? []) {
    const v = value[key];
    if (v === undefined) continue;
    if ((key === 'referenceMessage' || key === 'originalMessage') && v !== null) {
      const nested = messageFromJs(v);
      if (nested) message[key] = nested;
      continue;
    }
    message[key] = v !== null && typeof v === 'object' ? structuredClone(v) : v;
  }
  if (type === MessageType.CUSTOM && !isPlainObject(message.fields)) message.fields = {};
  return message;
}

/** The engine's -101 rules for a message to send: a real conversation type and a target. */
export function isSendable(message: Message | null): message is Message {
  return message !== null && message.conversationType !== ConversationType.INVALID && message.targetId.length > 0;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
