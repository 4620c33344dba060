import {
  changeExpansion, clearRemote, fetchByUIds, getDefaultLevel, modifyMessage, recallMessage, sendTyping, setDefaultLevel, syncRead,
} from '../../../cloud/ultragroup-messages';
import { MAX_CHANNEL_ID_LENGTH } from '../../../cloud/ultragroups';
import { EngineCode, RC } from '../../../codes';
import { ConversationType, MessageOperationPolicy, PushNotificationLevel } from '../../../rongcloud/enums';
import { cloneMessage, type Message } from '../../../rongcloud/message';
import {
  applyContent, applyExpansion, applyRecall, clearLocalMessages, markChannelRead, ultraGroupRequest, ultraGroupUnread, viewerCopy,
} from '../../../rongcloud/ultragroup';
import { expansionEntriesCode } from '../../../rongcloud/ultragroup-content';
import '../../../server-control-ultragroups';
import type { ArgKind } from '../args';
import { defineNativeMethods, type NativeCall, type NativeMethodDef } from '../define';
import { messageFromJs } from '../messages-in';

type Args = ReadonlyArray<readonly [string, ArgKind]>;
const target: Args = [['targetId', 'string']];
const channel: Args = [['targetId', 'string'], ['channelId', 'string']];
const level = ['level', { enum: 'PushNotificationLevel' }] as const;

/** A local count: the signed-in user's database, or 33001 before any connect opened one. */
function count(call: NativeCall, targetId: string | undefined, mentioned: boolean): { code: number; value: number } {
  if (!call.engine.hasStore) return { code: RC.CLIENT_NOT_INIT, value: 0 };
  const counts = ultraGroupUnread(call.engine.store, targetId);
  return { code: RC.SUCCESS, value: mentioned ? counts.mentioned : counts.unread };
}

/** `load…` (global event) and `get…` (per-call onSuccess/onError) twins of one unread count. */
function countMethods(loaded: string, perGroup: boolean, mentioned: boolean): [NativeMethodDef, NativeMethodDef] {
  const args = perGroup ? target : [];
  const read = (call: NativeCall) => count(call, perGroup ? call.args.targetId : undefined, mentioned);
  const invalid = (call: NativeCall) => perGroup && !call.args.targetId;
  return [
    {
      args,
      run(call) {
        if (invalid(call)) return EngineCode.PARAM_ERROR;
        const { code, value } = read(call);
        call.emit(loaded, perGroup ? { code, targetId: call.args.targetId, count: value } : { code, count: value });
        return EngineCode.SUCCESS;
      },
    },
    {
      args,
      eventId: true,
      run(call) {
        if (invalid(call)) return EngineCode.PARAM_ERROR;
        const { code, value } = read(call);
        if (code === RC.SUCCESS) call.reply('onSuccess', { t: value });
        else call.reply('onError', { code });
        return EngineCode.SUCCESS;
      },
    },
  ];
}

const [loadAll, getAll] = countMethods('onUltraGroupAllUnreadCountLoaded', false, false);
const [loadAllMentioned, getAllMentioned] = countMethods('onUltraGroupAllUnreadMentionedCountLoaded', false, true);
const [loadOne, getOne] = countMethods('onUltraGroupUnreadCountLoaded', true, false);
const [loadOneMentioned, getOneMentioned] = countMethods('onUltraGroupUnreadMentionedCountLoaded', true, true);

/** Channel ids over 20 characters never reach the server (34211). */
function channelOf(call: NativeCall): { channelId: string; code: number } {
  const channelId: string = call.args.channelId ?? '';
  return { channelId, code: channelId.length > MAX_CHANNEL_ID_LENGTH ? RC.INVALID_PARAMETER_CHANNEL_ID : RC.SUCCESS };
}

/** A server request whose only answer is `{code}` under `callback`; `after` applies local effects on success. */
function simpleRequest(call: NativeCall, callback: string, work: Parameters<typeof ultraGroupRequest>[2], after?: () => void): number {
  ultraGroupRequest(call.engine, call.method, work, (result) => {
    if (result.code === RC.SUCCESS) after?.();
    call.reply(callback, { code: result.code });
  });
  return EngineCode.SUCCESS;
}

/** `load…`/`get…` of a default DND level (group when `perChannel` is false). */
function levelMethods(loaded: string, perChannel: boolean): [NativeMethodDef, NativeMethodDef] {
  const args = perChannel ? channel : target;
  const start = (call: NativeCall, report: (code: number, level: number) => void): number => {
    if (!call.args.targetId) return EngineCode.PARAM_ERROR;
    const { channelId, code } = channelOf(call);
    if (code !== RC.SUCCESS) report(code, PushNotificationLevel.NONE);
    else {
      ultraGroupRequest(call.engine, call.method, (area, userId) => getDefaultLevel(area, userId, call.args.targetId, perChannel ? channelId : null),
        (result) => report(result.code, 'level' in result && result.level !== undefined ? result.level : PushNotificationLevel.NONE));
    }
    return EngineCode.SUCCESS;
  };
  return [
    {
      args,
      run: (call) => start(call, (code, value) => call.emit(loaded, perChannel
        ? { code, targetId: call.args.targetId, channelId: call.args.channelId, level: value }
        : { code, targetId: call.args.targetId, level: value })),
    },
    {
      args,
      eventId: true,
      run: (call) => start(call, (code, value) => (code === RC.SUCCESS ? call.reply('onSuccess', { t: value }) : call.reply('onError', { code }))),
    },
  ];
}

const [loadGroupLevel, getGroupLevel] = levelMethods('onUltraGroupDefaultNotificationLevelLoaded', false);
const [loadChannelLevel, getChannelLevel] = levelMethods('onUltraGroupChannelDefaultNotificationLevelLoaded', true);

function changeLevel(callback: string, perChannel: boolean): NativeMethodDef {
  return {
    args: [...(perChannel ? channel : target), level],
    eventId: true,
    legacy: { [callback]: { echo: perChannel ? ['targetId', 'channelId', 'level'] : ['targetId', 'level'] } },
    run(call) {
      if (!call.args.targetId) return EngineCode.PARAM_ERROR;
      const { channelId, code } = channelOf(call);
      if (code !== RC.SUCCESS) {
        call.reply(callback, { code });
        return EngineCode.SUCCESS;
      }
      return simpleRequest(call, callback, (area, userId) => setDefaultLevel(area, userId, call.args.targetId, perChannel ? channelId : null, call.args.level));
    },
  };
}

/** Batch fetch from server history (seed 004 L5791-5795): 1-20 messages of one ultra-group conversation. */
function batchFetch(call: NativeCall, report: (code: number, matched: Message[], notMatched: Message[]) => void): number {
  const raw = call.args.messages as unknown[];
  if (raw.length === 0 || raw.length > 20) return EngineCode.PARAM_ERROR;
  const parsed = raw.map(messageFromJs);
  if (parsed.some((m) => m === null)) return EngineCode.PARAM_ERROR;
  const messages = parsed as Message[];
  const { targetId, channelId } = messages[0];
  if (messages.some((m) => m.conversationType !== ConversationType.ULTRA_GROUP)) report(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT, [], []);
  else if (!targetId || messages.some((m) => m.targetId !== targetId || (m.channelId ?? '') !== (channelId ?? ''))) report(RC.INVALID_PARAMETER_MESSAGE_LIST, [], []);
  else {
    ultraGroupRequest(call.engine, call.method, (area, userId) => fetchByUIds(area, userId, targetId, channelId ?? '', messages.map((m) => m.messageUId)), (result) => {
      if (result.code !== RC.SUCCESS || !('found' in result) || !result.found) return report(result.code, [], []);
      const matched: Message[] = [];
      const notMatched: Message[] = [];
      result.found.forEach((m, i) => (m ? matched.push(viewerCopy(call.engine, m)) : notMatched.push(cloneMessage(messages[i]))));
      report(RC.SUCCESS, matched, notMatched);
    });
  }
  return EngineCode.SUCCESS;
}

/** Expansion key removal under both names (5.2.4's `removeUltraGroupMessageExpansion`, boundary §8). */
function removeKeys(call: NativeCall, callback: string): number {
  const { messageUId, keys } = call.args as { messageUId: string | null; keys: string[] };
  if (!messageUId || keys.length === 0) return EngineCode.PARAM_ERROR;
  call.args.keys = [...keys]; // echoed by the legacy event: a copy, never the app's own array
  return expansionRequest(call, callback, messageUId, { remove: keys });
}

/** Sends an expansion change; on success the device's own row takes the server's expansion. */
function expansionRequest(call: NativeCall, callback: string, messageUId: string, change: Parameters<typeof changeExpansion>[4]): number {
  ultraGroupRequest(call.engine, call.method, (area, userId) => changeExpansion(area, call.engine, userId, messageUId, change), (result) => {
    if (result.code === RC.SUCCESS && 'message' in result && result.message) applyExpansion(call.engine, result.message);
    call.reply(callback, { code: result.code });
  });
  return EngineCode.SUCCESS;
}

defineNativeMethods({
  loadUltraGroupAllUnreadCount: loadAll,
  getUltraGroupAllUnreadCount: getAll,
  loadUltraGroupAllUnreadMentionedCount: loadAllMentioned,
  getUltraGroupAllUnreadMentionedCount: getAllMentioned,
  loadUltraGroupUnreadCount: loadOne,
  getUltraGroupUnreadCount: getOne,
  loadUltraGroupUnreadMentionedCount: loadOneMentioned,
  getUltraGroupUnreadMentionedCount: getOneMentioned,

  changeUltraGroupDefaultNotificationLevel: changeLevel('onUltraGroupDefaultNotificationLevelChanged', false),
  loadUltraGroupDefaultNotificationLevel: loadGroupLevel,
  getUltraGroupDefaultNotificationLevel: getGroupLevel,
  changeUltraGroupChannelDefaultNotificationLevel: changeLevel('onUltraGroupChannelDefaultNotificationLevelChanged', true),
  loadUltraGroupChannelDefaultNotificationLevel: loadChannelLevel,
  getUltraGroupChannelDefaultNotificationLevel: getChannelLevel,

  syncUltraGroupReadStatus: {
    args: [...channel, ['timestamp', 'number']],
    eventId: true,
    legacy: { onUltraGroupReadStatusSynced: { echo: ['targetId', 'channelId', 'timestamp'] } },
    run(call) {
      if (!call.args.targetId) return EngineCode.PARAM_ERROR;
      const { channelId, code } = channelOf(call);
      if (code !== RC.SUCCESS) {
        call.reply('onUltraGroupReadStatusSynced', { code });
        return EngineCode.SUCCESS;
      }
      // Every message of the channel becomes read: the timestamp is not used (seed 004 L6567).
      return simpleRequest(call, 'onUltraGroupReadStatusSynced', (area, userId) => syncRead(area, call.engine, userId, call.args.targetId, channelId),
        () => markChannelRead(call.engine.store, call.args.targetId, channelId));
    },
  },

  modifyUltraGroupMessage: {
    args: [['messageUId', 'string'], ['message', 'message']],
    eventId: true,
    legacy: { onUltraGroupMessageModified: { echo: ['messageUId'] } },
    run(call) {
      const next = messageFromJs(call.args.message);
      const messageUId: string | null = call.args.messageUId;
      if (!messageUId || !next) return EngineCode.PARAM_ERROR;
      ultraGroupRequest(call.engine, call.method, (area, userId) => modifyMessage(area, call.engine, userId, messageUId, next), (result) => {
        if (result.code === RC.SUCCESS && 'message' in result && result.message) applyContent(call.engine, result.message);
        call.reply('onUltraGroupMessageModified', { code: result.code });
      });
      return EngineCode.SUCCESS;
    },
  },

  recallUltraGroupMessage: {
    args: [['message', 'message'], ['deleteRemote', 'boolean']],
    eventId: true,
    legacy: { onUltraGroupMessageRecalled: { echo: ['message', 'deleteRemote'] } },
    run(call) {
      const message = messageFromJs(call.args.message);
      if (!message) return EngineCode.PARAM_ERROR;
      call.args.message = cloneMessage(message); // echoed by the legacy event as native converts it back
      const deleteRemote: boolean = call.args.deleteRemote;
      const fail = (code: number) => call.reply('onUltraGroupMessageRecalled', { code });
      if (message.conversationType !== ConversationType.ULTRA_GROUP) fail(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
      // Only successfully sent messages can be recalled (seed 004 L6126).
      else if (!message.messageUId) fail(RC.RECALL_PARAMETER_INVALID);
      else {
        ultraGroupRequest(call.engine, call.method, (area, userId) => recallMessage(area, call.engine, userId, message.messageUId, deleteRemote), (result) => {
          if (result.code === RC.SUCCESS && 'message' in result && result.message) applyRecall(call.engine, result.message, deleteRemote);
          call.reply('onUltraGroupMessageRecalled', { code: result.code });
        });
      }
      return EngineCode.SUCCESS;
    },
  },

  clearUltraGroupMessages: {
    args: [...channel, ['timestamp', 'number'], ['policy', { enum: 'MessageOperationPolicy' }]],
    eventId: true,
    legacy: { onUltraGroupMessagesCleared: { echo: ['targetId', 'channelId', 'timestamp', 'policy'] } },
    run(call) {
      const { targetId, timestamp, policy } = call.args as { targetId: string | null; timestamp: number; policy: number };
      if (!targetId || timestamp < 0) return EngineCode.PARAM_ERROR;
      const { channelId, code } = channelOf(call);
      const callback = 'onUltraGroupMessagesCleared';
      const clearLocal = () => clearLocalMessages(call.engine.store, targetId, channelId, timestamp);
      if (code !== RC.SUCCESS || !call.engine.hasStore) call.reply(callback, { code: code !== RC.SUCCESS ? code : RC.CLIENT_NOT_INIT });
      else if (policy === MessageOperationPolicy.LOCAL) {
        clearLocal();
        call.reply(callback, { code: RC.SUCCESS });
      } else {
        // The server copy goes first; LOCAL_REMOTE clears the device only once the server agreed.
        simpleRequest(call, callback, (area, userId) => clearRemote(area, userId, targetId, channelId, timestamp),
          policy === MessageOperationPolicy.LOCAL_REMOTE ? clearLocal : undefined);
      }
      return EngineCode.SUCCESS;
    },
  },

  clearUltraGroupMessagesForAllChannel: {
    args: [...target, ['timestamp', 'number']],
    eventId: true,
    legacy: { onUltraGroupMessagesClearedForAllChannel: { echo: ['targetId', 'timestamp'] } },
    run(call) {
      const { targetId, timestamp } = call.args as { targetId: string | null; timestamp: number };
      if (!targetId || timestamp < 0) return EngineCode.PARAM_ERROR;
      // Local only (seed 004 L5855): every channel's messages up to the timestamp.
      if (call.engine.hasStore) clearLocalMessages(call.engine.store, targetId, null, timestamp);
      call.reply('onUltraGroupMessagesClearedForAllChannel', { code: call.engine.hasStore ? RC.SUCCESS : RC.CLIENT_NOT_INIT });
      return EngineCode.SUCCESS;
    },
  },

  sendUltraGroupTypingStatus: {
    args: [...channel, ['typingStatus', { enum: 'UltraGroupTypingStatus' }]],
    eventId: true,
    legacy: { onUltraGroupTypingStatusSent: { echo: ['targetId', 'channelId', 'typingStatus'] } },
    run(call) {
      if (!call.args.targetId) return EngineCode.PARAM_ERROR;
      const { channelId, code } = channelOf(call);
      if (code !== RC.SUCCESS) {
        call.reply('onUltraGroupTypingStatusSent', { code });
        return EngineCode.SUCCESS;
      }
      return simpleRequest(call, 'onUltraGroupTypingStatusSent', (area, userId) => sendTyping(area, userId, call.args.targetId, channelId, call.args.typingStatus));
    },
  },

  loadBatchRemoteUltraGroupMessages: {
    args: [['messages', 'messages']],
    run: (call) => batchFetch(call, (code, matchedMessages, notMatchedMessages) =>
      call.emit('onBatchRemoteUltraGroupMessagesLoaded', { code, matchedMessages, notMatchedMessages })),
  },
  getBatchRemoteUltraGroupMessages: {
    args: [['messages', 'messages']],
    eventId: true,
    run: (call) => batchFetch(call, (code, matchedMessages, notMatchedMessages) =>
      (code === RC.SUCCESS ? call.reply('onSuccess', { matchedMessages, notMatchedMessages }) : call.reply('onError', { code }))),
  },

  updateUltraGroupMessageExpansion: {
    args: [['messageUId', 'string'], ['expansion', 'stringRecord']],
    eventId: true,
    legacy: { onUltraGroupMessageExpansionUpdated: { echo: ['expansion', 'messageUId'] } },
    run(call) {
      const messageUId: string | null = call.args.messageUId;
      const entries = { ...(call.args.expansion as Record<string, string>) };
      if (!messageUId || Object.keys(entries).length === 0) return EngineCode.PARAM_ERROR;
      call.args.expansion = { ...entries }; // echoed by the legacy event: a copy, never the app's own object
      const refused = expansionEntriesCode(entries);
      if (refused !== RC.SUCCESS) {
        call.reply('onUltraGroupMessageExpansionUpdated', { code: refused });
        return EngineCode.SUCCESS;
      }
      return expansionRequest(call, 'onUltraGroupMessageExpansionUpdated', messageUId, { set: entries });
    },
  },
  removeUltraGroupMessageExpansionForKeys: {
    args: [['messageUId', 'string'], ['keys', 'stringArray']],
    eventId: true,
    legacy: { onUltraGroupMessageExpansionForKeysRemoved: { echo: ['messageUId', 'keys'] } },
    run: (call) => removeKeys(call, 'onUltraGroupMessageExpansionForKeysRemoved'),
  },
  // 5.2.4 and early 5.2.5 only: no eventId; the result is the global onUltraGroupMessageExpansionRemoved.
  removeUltraGroupMessageExpansion: {
    args: [['messageUId', 'string'], ['keys', 'stringArray']],
    legacy: { onUltraGroupMessageExpansionRemoved: { echo: ['messageUId', 'keys'] } },
    run: (call) => removeKeys(call, 'onUltraGroupMessageExpansionRemoved'),
  },
});
