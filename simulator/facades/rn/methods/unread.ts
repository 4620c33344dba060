import { EngineCode, RC } from '../../../codes';
import { ConversationType } from '../../../rongcloud/enums';
import { clearUnreadUpTo, mentionedCount, syncReadStatus, totalUnreadCount, unreadCount, unreadCountByTypes } from '../../../rongcloud/unread';
import { defineNativeMethods } from '../define';
import { channel, conversationArgs, queryPair, typesArgs, validConversation, validTimestamp, validTypes, withStore } from '../queries';
import '../../../cloud/push-settings';

const conversationEcho = ['type', 'targetId', 'channelId'] as const;

defineNativeMethods({
  ...queryPair('unreadCount', {
    args: conversationArgs,
    loaded: 'onUnreadCountLoaded',
    resultKey: 'count',
    run(call) {
      const { args } = call;
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => unreadCount(store, args.type, args.targetId, channel(args.channelId)));
    },
  }),

  ...queryPair('totalUnreadCount', {
    args: [['channelId', 'string']],
    loaded: 'onTotalUnreadCountLoaded',
    resultKey: 'count',
    run: (call) => withStore(call, (store) => totalUnreadCount(store)),
  }),

  ...queryPair('unreadMentionedCount', {
    args: conversationArgs,
    loaded: 'onUnreadMentionedCountLoaded',
    resultKey: 'count',
    run(call) {
      const { args } = call;
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => mentionedCount(store, args.type, args.targetId, channel(args.channelId)));
    },
  }),

  ...queryPair('unreadCountByConversationTypes', {
    args: [...typesArgs, ['contain', 'boolean']],
    loaded: 'onUnreadCountByConversationTypesLoaded',
    resultKey: 'count',
    run(call) {
      const { args } = call;
      if (!validTypes(args.conversationTypes)) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => unreadCountByTypes(store, args.conversationTypes, args.contain));
    },
  }),

  clearUnreadCount: {
    args: [...conversationArgs, ['timestamp', 'number']],
    eventId: true,
    legacy: { onUnreadCountCleared: { echo: [...conversationEcho, 'timestamp'] } },
    run({ args, engine, reply, trace }) {
      if (!validConversation(args) || !validTimestamp(args.timestamp)) return EngineCode.PARAM_ERROR; // "timestamp invalid"
      // Chatrooms have no unread count to clear (L3350).
      if (args.type === ConversationType.CHATROOM) reply('onUnreadCountCleared', { code: RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT });
      else if (!engine.hasStore) reply('onUnreadCountCleared', { code: RC.CLIENT_NOT_INIT });
      else {
        // `timestamp`: send time of the last message read (L3365); 0 clears all, as in clearMessages (L1989).
        const cleared = clearUnreadUpTo(engine.store, args.type, args.targetId, channel(args.channelId), args.timestamp);
        trace('unread cleared', { cleared });
        reply('onUnreadCountCleared', { code: RC.SUCCESS });
      }
      return EngineCode.SUCCESS;
    },
  },

  syncConversationReadStatus: {
    args: [...conversationArgs, ['timestamp', 'number']],
    eventId: true,
    legacy: { onConversationReadStatusSynced: { echo: [...conversationEcho, 'timestamp'] } },
    run({ args, engine, reply }) {
      if (!validConversation(args) || !validTimestamp(args.timestamp)) return EngineCode.PARAM_ERROR;
      if (args.type === ConversationType.CHATROOM) {
        reply('onConversationReadStatusSynced', { code: RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT });
        return EngineCode.SUCCESS;
      }
      const ref = { type: args.type, targetId: args.targetId, channelId: channel(args.channelId) };
      syncReadStatus(engine, ref, args.timestamp, (code) => reply('onConversationReadStatusSynced', { code }));
      return EngineCode.SUCCESS;
    },
  },
});
