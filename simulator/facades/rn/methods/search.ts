import { MAX_SEARCH_COUNT, searchByKeyword, searchBySender, searchByTimeRange } from '../../../rongcloud/search';
import type { Message } from '../../../rongcloud/message';
import type { LegacyRoute } from '../define';
import { defineNativeMethods, type NativeCall } from '../define';
import { conversationArgs, conversationOf, copies, countIn, EngineCode, int, nonEmpty, RC } from '../history-args';

/** Without an eventId the result goes to the old global event with every argument echoed (boundary §3). */
function legacyRoute(event: string, echo: readonly string[]): Record<string, LegacyRoute> {
  return { onSuccess: { event, echo, with: { code: 0 }, rename: { t: 'messages' } }, onError: { event, echo, with: { messages: [] } } };
}

/** Search runs on the local database: it answers at once (33001 before the first connect). */
function answer(call: NativeCall, search: () => Message[]): number {
  if (!call.engine.hasStore) call.reply('onError', { code: RC.CLIENT_NOT_INIT });
  else call.reply('onSuccess', { t: copies(search()) });
  return EngineCode.SUCCESS;
}

/** Local message search (seed 004 L2090-2323): `0 < count <= 50`; `startTime` 0 searches from the newest. */
defineNativeMethods({
  searchMessages: {
    args: [...conversationArgs, ['keyword', 'string'], ['startTime', 'number'], ['count', 'number']],
    eventId: true,
    legacy: legacyRoute('onMessagesSearched', ['type', 'targetId', 'channelId', 'keyword', 'startTime', 'count']),
    run(call) {
      const ref = conversationOf(call.args);
      const count = countIn(call.args.count, MAX_SEARCH_COUNT);
      const startTime = int(call.args.startTime);
      if (!ref || !nonEmpty(call.args.keyword) || count === null || startTime < 0) return EngineCode.PARAM_ERROR;
      return answer(call, () => searchByKeyword(call.engine.store, ref, call.args.keyword, startTime, count));
    },
  },
  searchMessagesByTimeRange: {
    args: [...conversationArgs, ['keyword', 'string'], ['startTime', 'number'], ['endTime', 'number'], ['offset', 'number'], ['count', 'number']],
    eventId: true,
    legacy: legacyRoute('onMessagesSearchedByTimeRange', ['type', 'targetId', 'channelId', 'keyword', 'startTime', 'endTime', 'offset', 'count']),
    run(call) {
      const ref = conversationOf(call.args);
      const count = countIn(call.args.count, MAX_SEARCH_COUNT);
      const startTime = int(call.args.startTime);
      const endTime = int(call.args.endTime);
      const offset = int(call.args.offset);
      if (!ref || !nonEmpty(call.args.keyword) || count === null || startTime < 0 || endTime < startTime || offset < 0) return EngineCode.PARAM_ERROR;
      return answer(call, () => searchByTimeRange(call.engine.store, ref, call.args.keyword, startTime, endTime, offset, count));
    },
  },
  searchMessagesByUserId: {
    args: [['userId', 'string'], ...conversationArgs, ['startTime', 'number'], ['count', 'number']],
    eventId: true,
    legacy: legacyRoute('onMessagesSearchedByUserId', ['userId', 'type', 'targetId', 'channelId', 'startTime', 'count']),
    run(call) {
      const ref = conversationOf(call.args);
      const count = countIn(call.args.count, MAX_SEARCH_COUNT);
      const startTime = int(call.args.startTime);
      if (!ref || !nonEmpty(call.args.userId) || count === null || startTime < 0) return EngineCode.PARAM_ERROR;
      return answer(call, () => searchBySender(call.engine.store, ref, call.args.userId, startTime, count));
    },
  },
});
