import { ConversationType, enumSizes, MessageType } from '../../rongcloud/enums';
import { contentKeys, newMessage, optionalMessageKeys, type Message } from '../../rongcloud/message';
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
  // Native ignores offLine from JS; the expansion is the engine's own copy.
  const message = newMessage(value, false, isPlainObject(value.expansion) ? { ...(value.expansion as Record<string, string>) } : null);
  for (let i = 0; i < optionalMessageKeys.length; i++) {
    const key = optionalMessageKeys[i];
    const v = value[key];
    if (v !== undefined && isPlainObject(v)) (message as Record<string, unknown>)[key] = structuredClone(v);
  }
  const keys = contentKeys[type] ?? [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
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

