import { cloneMessage } from '../../../rongcloud/message';
import { sendGroupReceiptRequest, sendGroupReceiptResponse, sendPrivateReadReceipt } from '../../../rongcloud/receipts';
import { defineNativeMethods } from '../define';
import { copies, EngineCode, int, messagesOf, nonEmpty, RC } from '../history-args';

/** Read receipts (seed 004 L2325-2583). */
defineNativeMethods({
  sendPrivateReadReceiptMessage: {
    args: [['targetId', 'string'], ['channelId', 'string'], ['timestamp', 'number']],
    eventId: true,
    legacy: { onPrivateReadReceiptMessageSent: { echo: ['targetId', 'channelId', 'timestamp'] } },
    run({ args, engine, reply }) {
      const timestamp = int(args.timestamp);
      if (!nonEmpty(args.targetId) || timestamp < 0) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) reply('onPrivateReadReceiptMessageSent', { code: RC.CLIENT_NOT_INIT });
      else sendPrivateReadReceipt(engine, args.targetId, args.channelId ?? '', timestamp, (code) => reply('onPrivateReadReceiptMessageSent', { code }));
      return EngineCode.SUCCESS;
    },
  },
  sendGroupReadReceiptRequest: {
    args: [['message', 'message']],
    eventId: true,
    legacy: { onGroupReadReceiptRequestSent: {} },
    run({ args, engine, reply }) {
      const messages = messagesOf([args.message]);
      if (!messages) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) reply('onGroupReadReceiptRequestSent', { code: RC.CLIENT_NOT_INIT, message: cloneMessage(messages[0]) });
      else sendGroupReceiptRequest(engine, messages[0], (code, message) => reply('onGroupReadReceiptRequestSent', { code, message: cloneMessage(message) }));
      return EngineCode.SUCCESS;
    },
  },
  sendGroupReadReceiptResponse: {
    args: [['targetId', 'string'], ['channelId', 'string'], ['messages', 'messages']],
    eventId: true,
    // The per-call payload names the list `message` (boundary §2 row 70); the old global event `messages`.
    legacy: { onGroupReadReceiptResponseSent: { echo: ['targetId', 'channelId'], rename: { message: 'messages' } } },
    run({ args, engine, reply }) {
      const messages = messagesOf(args.messages);
      if (!nonEmpty(args.targetId) || !messages) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) reply('onGroupReadReceiptResponseSent', { code: RC.CLIENT_NOT_INIT, message: copies(messages) });
      else sendGroupReceiptResponse(engine, args.targetId, args.channelId ?? '', messages, (code, list) => reply('onGroupReadReceiptResponseSent', { code, message: list }));
      return EngineCode.SUCCESS;
    },
  },
});
