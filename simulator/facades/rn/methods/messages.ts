import { EngineCode, RC } from '../../../codes';
import { ConversationType, MessageType } from '../../../rongcloud/enums';
import { blankMessage, cloneMessage, mediaMessageTypes, type Message } from '../../../rongcloud/message';
import { sendMessage } from '../../../rongcloud/messaging';
import type { ArgKind } from '../args';
import { defineNativeMethods, type NativeCall, type NativeMethodDef } from '../define';
import { isSendable, messageFromJs } from '../messages-in';

const head: ReadonlyArray<readonly [string, ArgKind]> = [
  ['type', { enum: 'ConversationType' }],
  ['targetId', 'string'],
  ['channelId', 'string'],
];

/** A `create…Message` method: builds the message locally; resolves null when the engine would refuse. */
function creator(messageType: number, extra: ReadonlyArray<readonly [string, ArgKind]>, content: (a: Record<string, any>) => Record<string, unknown> | null): NativeMethodDef {
  return {
    args: [...head, ...extra],
    run({ args, engine, platform }) {
      if (args.type === ConversationType.INVALID || !args.targetId) return { value: null };
      const body = content(args);
      if (!body) return { value: null };
      const message: Message = { ...blankMessage(args.type, args.targetId, args.channelId ?? '', messageType), ...body };
      message.senderUserId = engine.userId;
      // Android writes no status keys for a message that has none yet (boundary §5.4 quirk). Left out by a
      // rest copy, not `delete`: a deleted key turns the object V8 hands the app into a slow dictionary.
      if (platform === 'android') {
        const { sentStatus: _sent, receivedStatus: _received, ...withoutStatus } = message;
        return { value: withoutStatus };
      }
      return { value: message };
    },
  };
}

const path = (p: unknown): boolean => typeof p === 'string' && p.length > 0;
const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;
const extension = (p: string) => (baseName(p).includes('.') ? baseName(p).split('.').pop()! : '');

defineNativeMethods({
  createTextMessage: creator(MessageType.TEXT, [['text', 'string']], (a) => (typeof a.text === 'string' ? { text: a.text } : null)),
  createImageMessage: creator(MessageType.IMAGE, [['path', 'string']], (a) =>
    path(a.path) ? { local: a.path, remote: '', thumbnailBase64String: '', original: false } : null),
  createFileMessage: creator(MessageType.FILE, [['path', 'string']], (a) =>
    path(a.path) ? { local: a.path, remote: '', name: baseName(a.path), fileType: extension(a.path), size: 0 } : null),
  createSightMessage: creator(MessageType.SIGHT, [['path', 'string'], ['duration', 'number']], (a) =>
    path(a.path) ? { local: a.path, remote: '', duration: a.duration, size: 0, name: baseName(a.path), thumbnailBase64String: '' } : null),
  createVoiceMessage: creator(MessageType.VOICE, [['path', 'string'], ['duration', 'number']], (a) =>
    path(a.path) ? { local: a.path, remote: '', duration: a.duration } : null),
  createReferenceMessage: creator(MessageType.REFERENCE, [['referenceMessage', 'message'], ['text', 'string']], (a) => {
    const referenced = messageFromJs(a.referenceMessage);
    return referenced ? { text: a.text ?? '', referenceMessage: referenced } : null;
  }),
  createGIFMessage: creator(MessageType.GIF, [['path', 'string']], (a) =>
    path(a.path) ? { local: a.path, remote: '', dataSize: 0, width: 0, height: 0 } : null),
  createCustomMessage: creator(
    MessageType.CUSTOM,
    [['policy', { enum: 'CustomMessagePolicy' }], ['messageIdentifier', 'string'], ['fields', 'stringRecord']],
    (a) => (a.messageIdentifier ? { identifier: a.messageIdentifier, policy: a.policy, fields: { ...a.fields } } : null),
  ),
  createLocationMessage: creator(
    MessageType.LOCATION,
    [['longitude', 'number'], ['latitude', 'number'], ['poiName', 'string'], ['thumbnailPath', 'string']],
    (a) => ({ longitude: a.longitude, latitude: a.latitude, poiName: a.poiName ?? '', thumbnailPath: a.thumbnailPath ?? '' }),
  ),

  sendMessage: {
    args: [['message', 'message']],
    eventId: true,
    legacy: { onMessageSaved: { event: 'onMessageAttached' }, onMessageSent: {} },
    run(call) {
      return startSend(call, call.args.message);
    },
  },
  sendGroupMessageToDesignatedUsers: {
    args: [['message', 'message'], ['userIds', 'stringArray']],
    eventId: true,
    legacy: {
      onMessageSaved: { event: 'onGroupMessageToDesignatedUsersAttached' },
      onMessageSent: { event: 'onGroupMessageToDesignatedUsersSent' },
    },
    run(call) {
      const message = messageFromJs(call.args.message);
      // Only normal messages, not media ones (seed 004 L4687; the code is not given: "message invalid").
      if (!message || message.conversationType !== ConversationType.GROUP || call.args.userIds.length === 0 || mediaMessageTypes.has(message.messageType)) {
        return EngineCode.PARAM_ERROR;
      }
      return startSend(call, call.args.message, { designatedUserIds: [...call.args.userIds] });
    },
  },
});

/** Shared by every send method: -101 for an unusable message, else the engine's send pipeline. */
export function startSend(call: NativeCall, raw: unknown, options: { designatedUserIds?: string[] } = {}, hooks?: Parameters<typeof sendMessage>[3]): number {
  const message = messageFromJs(raw);
  if (!isSendable(message)) return EngineCode.PARAM_ERROR;
  const { engine, reply } = call;
  if (!engine.hasStore) {
    // Never connected: there is no user database to save into.
    reply(hooks?.sent ?? 'onMessageSent', { code: RC.CLIENT_NOT_INIT, message: cloneMessage(message) });
    return EngineCode.SUCCESS;
  }
  sendMessage(engine, message, reply, hooks, options);
  return EngineCode.SUCCESS;
}
