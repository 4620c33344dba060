import { cloneMessage } from '../../../rongcloud/message';
import { firstUnread, loadHistory, unreadMentioned } from '../../../rongcloud/history';
import '../../../rongcloud/history-controls';
import { defineNativeMethods } from '../define';
import { conversationArgs, conversationOf, copies, countIn, defineQuery, EngineCode, hasDatabase, int, nonEmpty, RC } from '../history-args';

/** Messages per history page (seed 004 L1643: 0 < count <= 20). */
export const MAX_HISTORY_COUNT = 20;

const echoConversation = ['type', 'targetId', 'channelId'] as const;

defineQuery(
  'getMessages',
  'loadMessages',
  {
    args: [...conversationArgs, ['sentTime', 'number'], ['order', { enum: 'TimeOrder' }], ['policy', { enum: 'MessageOperationPolicy' }], ['count', 'number']],
    start(call, answer) {
      const ref = conversationOf(call.args);
      const count = countIn(call.args.count, MAX_HISTORY_COUNT);
      const sentTime = int(call.args.sentTime);
      if (!ref || count === null || sentTime < 0) return EngineCode.PARAM_ERROR;
      if (!hasDatabase(call)) {
        answer(RC.CLIENT_NOT_INIT);
        return EngineCode.SUCCESS;
      }
      loadHistory(call.engine, { ...ref, sentTime, order: call.args.order, policy: call.args.policy, count }, (code, messages) => answer(code, copies(messages)));
      return EngineCode.SUCCESS;
    },
  },
  { event: 'onMessagesLoaded', echo: [...echoConversation, 'sentTime', 'order'], key: 'messages', empty: [] },
);

defineQuery(
  'getFirstUnreadMessage',
  'loadFirstUnreadMessage',
  {
    args: conversationArgs,
    start(call, answer) {
      const ref = conversationOf(call.args);
      if (!ref) return EngineCode.PARAM_ERROR;
      if (!hasDatabase(call)) answer(RC.CLIENT_NOT_INIT);
      else {
        const found = firstUnread(call.engine.store, ref);
        answer(RC.SUCCESS, found ? cloneMessage(found) : null);
      }
      return EngineCode.SUCCESS;
    },
  },
  { event: 'onFirstUnreadMessageLoaded', echo: echoConversation, key: 'message', empty: null },
);

defineQuery(
  'getUnreadMentionedMessages',
  'loadUnreadMentionedMessages',
  {
    args: conversationArgs,
    start(call, answer) {
      const ref = conversationOf(call.args);
      if (!ref) return EngineCode.PARAM_ERROR;
      if (!hasDatabase(call)) answer(RC.CLIENT_NOT_INIT);
      else answer(RC.SUCCESS, copies(unreadMentioned(call.engine.store, ref)));
      return EngineCode.SUCCESS;
    },
  },
  { event: 'onUnreadMentionedMessagesLoaded', echo: echoConversation, key: 'messages', empty: [] },
);

defineQuery(
  'getMessageCount',
  'loadMessageCount',
  {
    args: conversationArgs,
    start(call, answer) {
      const ref = conversationOf(call.args);
      if (!ref) return EngineCode.PARAM_ERROR;
      if (!hasDatabase(call)) answer(RC.CLIENT_NOT_INIT);
      else answer(RC.SUCCESS, call.engine.store.timeline(ref.conversationType, ref.targetId, ref.channelId).length);
      return EngineCode.SUCCESS;
    },
  },
  { event: 'onMessageCountLoaded', echo: echoConversation, key: 'count', empty: 0 },
);

/**
 * `getMessageById` / `getMessageByUId` (5.2.5 with callbacks): a message the database does not hold is
 * `onSuccess` without `t` (the native code resolves a null message; seed 004 L1697-1728 leaves it open).
 * A UId exists only once a message was sent (L1728), so an empty one is -101.
 */
defineNativeMethods({
  getMessageById: {
    args: [['messageId', 'number']],
    eventId: true,
    resolvesWithoutEventId: true,
    run({ args, engine, reply, legacyCall }) {
      const id = int(args.messageId);
      if (id <= 0) return EngineCode.PARAM_ERROR;
      // 5.2.4 resolved the message itself (null when unknown).
      if (legacyCall) return { value: engine.hasStore && engine.store.get(id) ? cloneMessage(engine.store.get(id)!) : null };
      if (!engine.hasStore) reply('onError', { code: RC.CLIENT_NOT_INIT });
      else {
        const row = engine.store.get(id);
        reply('onSuccess', { t: row ? cloneMessage(row) : null });
      }
      return EngineCode.SUCCESS;
    },
  },
  getMessageByUId: {
    args: [['messageUId', 'string']],
    eventId: true,
    resolvesWithoutEventId: true,
    run({ args, engine, reply, legacyCall }) {
      if (!nonEmpty(args.messageUId)) return EngineCode.PARAM_ERROR;
      if (legacyCall) {
        const row = engine.hasStore ? engine.store.getByUId(args.messageUId) : undefined;
        return { value: row ? cloneMessage(row) : null };
      }
      if (!engine.hasStore) reply('onError', { code: RC.CLIENT_NOT_INIT });
      else {
        const row = engine.store.getByUId(args.messageUId);
        reply('onSuccess', { t: row ? cloneMessage(row) : null });
      }
      return EngineCode.SUCCESS;
    },
  },
});
