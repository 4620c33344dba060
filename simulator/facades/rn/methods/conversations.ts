import { EngineCode, RC } from '../../../codes';
import { ConversationType } from '../../../rongcloud/enums';
import {
  blockedConversations, changeTopStatus, clearDraft, conversationsForAllChannels, draftOf, findConversation,
  pageConversations, removeConversation, removeConversations, saveDraft, searchConversations, topConversations,
} from '../../../rongcloud/conversations';
import { isTop } from '../../../rongcloud/notifications';
import { defineNativeMethods } from '../define';
import { channel, conversationArgs, queryPair, typesArgs, validConversation, validTypes, withStore } from '../queries';
import '../../../cloud/push-settings';

/** Echoed by the deprecated global events of the single-conversation operations (boundary §3). */
const conversationEcho = ['type', 'targetId', 'channelId'] as const;
/** The list page size rule (seed 004 L3042: 0 < count <= 50). */
const MAX_PAGE = 50;

defineNativeMethods({
  ...queryPair('conversation', {
    args: conversationArgs,
    loaded: 'onConversationLoaded',
    resultKey: 'conversation',
    run(call) {
      const { args } = call;
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      // A conversation that does not exist is a success without one (the bridge leaves the null out).
      return withStore(call, (store) => findConversation(store, args.type, args.targetId, channel(args.channelId)) ?? undefined);
    },
  }),

  ...queryPair('conversations', {
    args: [...typesArgs, ['startTime', 'number'], ['count', 'number']],
    loaded: 'onConversationsLoaded',
    resultKey: 'conversations',
    run(call) {
      const { args } = call;
      if (!validTypes(args.conversationTypes)) return EngineCode.PARAM_ERROR;
      if (args.startTime < 0) return EngineCode.PARAM_ERROR; // "startTime invalid"
      if (!Number.isInteger(args.count) || args.count < 1 || args.count > MAX_PAGE) return EngineCode.PARAM_ERROR; // "count invalid"
      return withStore(call, (store) => pageConversations(store, args.conversationTypes, channel(args.channelId), args.startTime, args.count));
    },
  }),

  removeConversation: {
    args: conversationArgs,
    eventId: true,
    legacy: { onConversationRemoved: { echo: conversationEcho } },
    run({ args, engine, reply }) {
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) {
        reply('onConversationRemoved', { code: RC.CLIENT_NOT_INIT });
        return EngineCode.SUCCESS;
      }
      removeConversation(engine.store, args.type, args.targetId, channel(args.channelId));
      reply('onConversationRemoved', { code: RC.SUCCESS });
      return EngineCode.SUCCESS;
    },
  },

  removeConversations: {
    args: typesArgs,
    eventId: true,
    legacy: { onConversationsRemoved: { echo: ['conversationTypes', 'channelId'] } },
    run({ args, engine, reply, trace }) {
      if (!validTypes(args.conversationTypes)) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) {
        reply('onConversationsRemoved', { code: RC.CLIENT_NOT_INIT });
        return EngineCode.SUCCESS;
      }
      const removed = removeConversations(engine.store, args.conversationTypes, channel(args.channelId));
      trace('conversations removed with their messages', { removed });
      reply('onConversationsRemoved', { code: RC.SUCCESS });
      return EngineCode.SUCCESS;
    },
  },

  // ---- drafts (seed 004 L3615-3806) ----

  saveDraftMessage: {
    args: [...conversationArgs, ['draft', 'string']],
    eventId: true,
    legacy: { onDraftMessageSaved: { echo: [...conversationEcho, 'draft'] } },
    run({ args, engine, reply }) {
      if (!validConversation(args) || typeof args.draft !== 'string') return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) {
        reply('onDraftMessageSaved', { code: RC.CLIENT_NOT_INIT });
        return EngineCode.SUCCESS;
      }
      saveDraft(engine.store, args.type, args.targetId, channel(args.channelId), args.draft, engine.now());
      reply('onDraftMessageSaved', { code: RC.SUCCESS });
      return EngineCode.SUCCESS;
    },
  },

  ...queryPair('draftMessage', {
    args: conversationArgs,
    loaded: 'onDraftMessageLoaded',
    resultKey: 'draft',
    run(call) {
      const { args } = call;
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => draftOf(store, args.type, args.targetId, channel(args.channelId)));
    },
  }),

  clearDraftMessage: {
    args: conversationArgs,
    eventId: true,
    legacy: { onDraftMessageCleared: { echo: conversationEcho } },
    run({ args, engine, reply }) {
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) {
        reply('onDraftMessageCleared', { code: RC.CLIENT_NOT_INIT });
        return EngineCode.SUCCESS;
      }
      clearDraft(engine.store, args.type, args.targetId, channel(args.channelId));
      reply('onDraftMessageCleared', { code: RC.SUCCESS });
      return EngineCode.SUCCESS;
    },
  },

  // ---- blocked (DND) conversations (seed 004 L4358) ----

  ...queryPair('blockedConversations', {
    args: typesArgs,
    loaded: 'onBlockedConversationsLoaded',
    resultKey: 'conversations',
    run(call) {
      const { args } = call;
      if (!validTypes(args.conversationTypes)) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => blockedConversations(store, args.conversationTypes, channel(args.channelId)));
    },
  }),

  // ---- pinning (seed 004 L3808-4031) ----

  changeConversationTopStatus: {
    args: [...conversationArgs, ['top', 'boolean']],
    eventId: true,
    legacy: { onConversationTopStatusChanged: { echo: [...conversationEcho, 'top'] } },
    run({ args, engine, reply }) {
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      // Chatrooms have no conversation row to pin.
      if (args.type === ConversationType.CHATROOM) {
        reply('onConversationTopStatusChanged', { code: RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT });
        return EngineCode.SUCCESS;
      }
      const ref = { type: args.type, targetId: args.targetId, channelId: channel(args.channelId) };
      changeTopStatus(engine, ref, args.top, (code) => reply('onConversationTopStatusChanged', { code }));
      return EngineCode.SUCCESS;
    },
  },

  ...queryPair('conversationTopStatus', {
    args: conversationArgs,
    loaded: 'onConversationTopStatusLoaded',
    resultKey: 'top',
    run(call) {
      const { args } = call;
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => isTop(store, args.type, args.targetId, channel(args.channelId)));
    },
  }),

  ...queryPair('topConversations', {
    args: typesArgs,
    loaded: 'onTopConversationsLoaded',
    resultKey: 'conversations',
    run(call) {
      const { args } = call;
      if (!validTypes(args.conversationTypes)) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => topConversations(store, args.conversationTypes, channel(args.channelId)));
    },
  }),

  ...queryPair('conversationsForAllChannel', {
    args: [['type', { enum: 'ConversationType' }], ['targetId', 'string']],
    loaded: 'onConversationsLoadedForAllChannel',
    resultKey: 'conversations',
    run(call) {
      const { args } = call;
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => conversationsForAllChannels(store, args.type, args.targetId));
    },
  }),

  // ---- search (no load form; the 5.2.4 wrapper got its result through onConversationsSearched) ----

  searchConversations: {
    args: [...typesArgs, ['messageTypes', { enumArray: 'MessageType' }], ['keyword', 'string']],
    eventId: true,
    legacy: {
      onSuccess: { event: 'onConversationsSearched', echo: ['conversationTypes', 'channelId', 'messageTypes', 'keyword'], rename: { t: 'conversations' }, with: { code: RC.SUCCESS } },
      onError: { event: 'onConversationsSearched', echo: ['conversationTypes', 'channelId', 'messageTypes', 'keyword'], with: { conversations: [] } },
    },
    run({ args, engine, reply }) {
      if (!validTypes(args.conversationTypes) || args.messageTypes.length === 0) return EngineCode.PARAM_ERROR;
      if (typeof args.keyword !== 'string' || args.keyword.length === 0) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) {
        reply('onError', { code: RC.CLIENT_NOT_INIT });
        return EngineCode.SUCCESS;
      }
      reply('onSuccess', { t: searchConversations(engine.store, args.conversationTypes, channel(args.channelId), args.messageTypes, args.keyword) });
      return EngineCode.SUCCESS;
    },
  },
});
