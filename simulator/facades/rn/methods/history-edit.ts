import { changeStatus, clearMessages, deleteLocal, deleteMessages, insertMessages, MAX_INSERT_BATCH } from '../../../rongcloud/history-edit';
import { cloneMessage } from '../../../rongcloud/message';
import { defineNativeMethods } from '../define';
import { conversationArgs, conversationOf, copies, EngineCode, int, messagesOf, RC } from '../history-args';

/**
 * Insert, delete, clear and status changes (seed 004 L1740-2025). Bad arguments are -101 and change
 * nothing; everything else reports through the per-call event, or without an eventId (wrappers 5.2.4
 * and 5.2.5 before callbacks) through the old global events with the echoed arguments (boundary §3, §8).
 */
defineNativeMethods({
  insertMessage: {
    args: [['message', 'message']],
    eventId: true,
    legacy: { onMessageInserted: {} },
    run({ args, engine, reply }) {
      const messages = messagesOf([args.message]);
      if (!messages) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) {
        reply('onMessageInserted', { code: RC.CLIENT_NOT_INIT, message: cloneMessage(messages[0]) });
        return EngineCode.SUCCESS;
      }
      const { code, rows } = insertMessages(engine, messages);
      reply('onMessageInserted', { code, message: cloneMessage(rows[0] ?? messages[0]) });
      return EngineCode.SUCCESS;
    },
  },
  insertMessages: {
    args: [['messages', 'messages']],
    eventId: true,
    legacy: { onMessagesInserted: {} },
    run({ args, engine, reply }) {
      const messages = messagesOf(args.messages, MAX_INSERT_BATCH);
      if (!messages) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) {
        reply('onMessagesInserted', { code: RC.CLIENT_NOT_INIT, messages: copies(messages) });
        return EngineCode.SUCCESS;
      }
      const { code, rows } = insertMessages(engine, messages);
      reply('onMessagesInserted', { code, messages: copies(code === RC.SUCCESS ? rows : messages) });
      return EngineCode.SUCCESS;
    },
  },
  clearMessages: {
    args: [...conversationArgs, ['timestamp', 'number'], ['policy', { enum: 'MessageOperationPolicy' }]],
    eventId: true,
    // 5.2.4 and 5.2.5 before callbacks listen to `onMessageCleared` (singular): boundary §8.
    legacy: { onMessagesCleared: { event: 'onMessageCleared', echo: ['type', 'targetId', 'channelId', 'timestamp'] } },
    run({ args, engine, reply }) {
      const ref = conversationOf(args);
      const timestamp = int(args.timestamp);
      if (!ref || timestamp < 0) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) reply('onMessagesCleared', { code: RC.CLIENT_NOT_INIT });
      else clearMessages(engine, ref, timestamp, args.policy, (code) => reply('onMessagesCleared', { code }));
      return EngineCode.SUCCESS;
    },
  },
  deleteLocalMessages: {
    args: [['messages', 'messages']],
    eventId: true,
    legacy: { onLocalMessagesDeleted: {} },
    run({ args, engine, reply }) {
      const messages = messagesOf(args.messages, Infinity, false);
      // Deleting by local id (seed 004 L1868): a message without one was never stored.
      if (!messages || messages.some((m) => int(m.messageId) <= 0)) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) reply('onLocalMessagesDeleted', { code: RC.CLIENT_NOT_INIT, messages: copies(messages) });
      else {
        deleteLocal(engine.store, messages.map((m) => int(m.messageId)));
        reply('onLocalMessagesDeleted', { code: RC.SUCCESS, messages: copies(messages) });
      }
      return EngineCode.SUCCESS;
    },
  },
  deleteMessages: {
    args: [...conversationArgs, ['messages', 'messages']],
    eventId: true,
    legacy: { onMessagesDeleted: { echo: ['type', 'targetId', 'channelId'] } },
    run({ args, engine, reply }) {
      const ref = conversationOf(args);
      const messages = messagesOf(args.messages);
      if (!ref || !messages) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) reply('onMessagesDeleted', { code: RC.CLIENT_NOT_INIT, messages: copies(messages) });
      else deleteMessages(engine, ref, messages, (code) => reply('onMessagesDeleted', { code, messages: copies(messages) }));
      return EngineCode.SUCCESS;
    },
  },
  changeMessageSentStatus: {
    args: [['messageId', 'number'], ['sentStatus', { enum: 'SentStatus' }]],
    eventId: true,
    legacy: { onMessageSentStatusChanged: { echo: ['messageId'] } },
    run({ args, engine, reply }) {
      const id = int(args.messageId);
      if (id <= 0) return EngineCode.PARAM_ERROR;
      reply('onMessageSentStatusChanged', { code: engine.hasStore ? changeStatus(engine.store, id, { sentStatus: args.sentStatus }) : RC.CLIENT_NOT_INIT });
      return EngineCode.SUCCESS;
    },
  },
  changeMessageReceiveStatus: {
    args: [['messageId', 'number'], ['receivedStatus', { enum: 'ReceivedStatus' }]],
    eventId: true,
    legacy: { onMessageReceiveStatusChanged: { echo: ['messageId'] } },
    run({ args, engine, reply }) {
      const id = int(args.messageId);
      if (id <= 0) return EngineCode.PARAM_ERROR;
      reply('onMessageReceiveStatusChanged', { code: engine.hasStore ? changeStatus(engine.store, id, { receivedStatus: args.receivedStatus }) : RC.CLIENT_NOT_INIT });
      return EngineCode.SUCCESS;
    },
  },
});
