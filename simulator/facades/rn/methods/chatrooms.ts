import { EngineCode, RC } from '../../../codes';
import { fetchChatRoomMessages, joinChatRoom, leaveChatRoom } from '../../../rongcloud/chatroom';
import { addEntries, localEntries, removeKeys } from '../../../rongcloud/chatroom-kv';
import { cloneMessage } from '../../../rongcloud/message';
import '../../../server-control-chatrooms';
import { defineNativeMethods, type NativeCall } from '../define';

/**
 * Chatrooms and chatroom KV on the RN boundary (boundary §2 rows 75-86, §8 `loadAllChatRoomEntries`).
 * -101 for what the wrapper engine refuses outright (empty ids, counts out of range, empty batches);
 * everything else answers through the events.
 */

/** The remote-history arguments every variant shares; -101 when unusable (`count invalid`, `timestamp invalid`). */
function historyArgsOk(a: Record<string, any>): boolean {
  return !!a.targetId && a.timestamp >= 0 && Number.isInteger(a.count) && a.count > 0 && a.count <= 50;
}

/** Reads one key from the local copy: the result code and `{key: value}` (empty when failing). */
function readEntry(call: NativeCall): { code: number; entry: Record<string, string> } {
  const { code, entries } = localEntries(call.engine, call.args.targetId);
  if (code !== RC.SUCCESS) return { code, entry: {} };
  const value = entries.get(call.args.key);
  if (value === undefined) return { code: RC.KV_KEY_NOT_EXIST, entry: {} };
  return { code, entry: { [call.args.key]: value } };
}

function readAll(call: NativeCall): { code: number; entries: Record<string, string> } {
  const { code, entries } = localEntries(call.engine, call.args.targetId);
  return { code, entries: Object.fromEntries(entries) };
}

/** The three `…AllEntries` read styles differ only in where the answer goes. */
function loadAll(event: string) {
  return {
    args: [['targetId', 'string']] as const,
    run(call: NativeCall) {
      if (!call.args.targetId) return EngineCode.PARAM_ERROR;
      const { code, entries } = readAll(call);
      call.emit(event, { code, targetId: call.args.targetId, entries });
      return EngineCode.SUCCESS;
    },
  };
}

defineNativeMethods({
  joinChatRoom: {
    args: [['targetId', 'string'], ['messageCount', 'number'], ['autoCreate', 'boolean']],
    eventId: true,
    legacy: { onChatRoomJoined: {} },
    run({ args, engine, reply }) {
      // messageCount: -1 none, 0 the default 10, larger ones capped at 50 (L4897); below -1 is invalid.
      if (!args.targetId || !Number.isInteger(args.messageCount) || args.messageCount < -1) return EngineCode.PARAM_ERROR;
      joinChatRoom(engine, args.targetId, args.messageCount, args.autoCreate, reply);
      return EngineCode.SUCCESS;
    },
  },
  leaveChatRoom: {
    args: [['targetId', 'string']],
    eventId: true,
    legacy: { onChatRoomLeft: {} },
    run({ args, engine, reply }) {
      if (!args.targetId) return EngineCode.PARAM_ERROR;
      leaveChatRoom(engine, args.targetId, reply);
      return EngineCode.SUCCESS;
    },
  },
  loadChatRoomMessages: {
    args: [['targetId', 'string'], ['timestamp', 'number'], ['order', { enum: 'TimeOrder' }], ['count', 'number']],
    run({ args, engine, emit }) {
      if (!historyArgsOk(args)) return EngineCode.PARAM_ERROR;
      fetchChatRoomMessages(engine, args.targetId, args.timestamp, args.order, args.count, (code, messages, syncTime) => {
        emit('onChatRoomMessagesLoaded', { code, targetId: args.targetId, messages: messages.map(cloneMessage), syncTime });
      });
      return EngineCode.SUCCESS;
    },
  },
  getChatRoomMessages: {
    args: [['targetId', 'string'], ['timestamp', 'number'], ['order', { enum: 'TimeOrder' }], ['count', 'number']],
    eventId: true,
    run({ args, engine, reply }) {
      if (!historyArgsOk(args)) return EngineCode.PARAM_ERROR;
      fetchChatRoomMessages(engine, args.targetId, args.timestamp, args.order, args.count, (code, messages) => {
        if (code === RC.SUCCESS) reply('onSuccess', { t: messages.map(cloneMessage) });
        else reply('onError', { code });
      });
      return EngineCode.SUCCESS;
    },
  },

  addChatRoomEntry: {
    args: [['targetId', 'string'], ['key', 'string'], ['value', 'string'], ['deleteWhenLeft', 'boolean'], ['overwrite', 'boolean']],
    eventId: true,
    legacy: { onChatRoomEntryAdded: { echo: ['targetId', 'key'] } },
    run({ args, engine, reply }) {
      if (!args.targetId || !args.key || args.value === null) return EngineCode.PARAM_ERROR;
      addEntries(engine, args.targetId, [[args.key, args.value]], args.deleteWhenLeft, args.overwrite, false, (code) => reply('onChatRoomEntryAdded', { code }));
      return EngineCode.SUCCESS;
    },
  },
  addChatRoomEntries: {
    args: [['targetId', 'string'], ['entries', 'stringRecord'], ['deleteWhenLeft', 'boolean'], ['overwrite', 'boolean']],
    eventId: true,
    legacy: { onChatRoomEntriesAdded: { echo: ['targetId', 'entries'], rename: { errors: 'errorEntries' } } },
    run(call) {
      const { args, engine, reply } = call;
      const items = Object.entries(args.entries as Record<string, string>);
      if (!args.targetId || items.length === 0) return EngineCode.PARAM_ERROR;
      // The legacy route echoes `entries` into a global event: it must be native's copy, not the caller's object.
      args.entries = Object.fromEntries(items);
      addEntries(engine, args.targetId, items, args.deleteWhenLeft, args.overwrite, true, (code, errors) => reply('onChatRoomEntriesAdded', { code, errors: { ...errors } }));
      return EngineCode.SUCCESS;
    },
  },
  loadChatRoomEntry: {
    args: [['targetId', 'string'], ['key', 'string']],
    run(call) {
      if (!call.args.targetId || !call.args.key) return EngineCode.PARAM_ERROR;
      const { code, entry } = readEntry(call);
      call.emit('onChatRoomEntryLoaded', { code, targetId: call.args.targetId, entry });
      return EngineCode.SUCCESS;
    },
  },
  getChatRoomEntry: {
    args: [['targetId', 'string'], ['key', 'string']],
    eventId: true,
    run(call) {
      if (!call.args.targetId || !call.args.key) return EngineCode.PARAM_ERROR;
      const { code, entry } = readEntry(call);
      if (code === RC.SUCCESS) call.reply('onSuccess', { t: entry });
      else call.reply('onError', { code });
      return EngineCode.SUCCESS;
    },
  },
  loadChatRoomAllEntries: loadAll('onChatRoomAllEntriesLoaded'),
  // The 5.2.4 name of the same read, with its own global event (boundary §8).
  loadAllChatRoomEntries: loadAll('onAllChatRoomEntriesLoaded'),
  getChatRoomAllEntries: {
    args: [['targetId', 'string']],
    eventId: true,
    run(call) {
      if (!call.args.targetId) return EngineCode.PARAM_ERROR;
      const { code, entries } = readAll(call);
      if (code === RC.SUCCESS) call.reply('onSuccess', { t: entries });
      else call.reply('onError', { code });
      return EngineCode.SUCCESS;
    },
  },
  removeChatRoomEntry: {
    args: [['targetId', 'string'], ['key', 'string'], ['force', 'boolean']],
    eventId: true,
    legacy: { onChatRoomEntryRemoved: { echo: ['targetId', 'key'] } },
    run({ args, engine, reply }) {
      if (!args.targetId || !args.key) return EngineCode.PARAM_ERROR;
      removeKeys(engine, args.targetId, [args.key], args.force, false, (code) => reply('onChatRoomEntryRemoved', { code }));
      return EngineCode.SUCCESS;
    },
  },
  removeChatRoomEntries: {
    args: [['targetId', 'string'], ['keys', 'stringArray'], ['force', 'boolean']],
    eventId: true,
    legacy: { onChatRoomEntriesRemoved: { echo: ['targetId', 'keys'] } },
    run({ args, engine, reply }) {
      // `keys invalid` (an empty list) is one of the wrapper engine's -101 checks.
      if (!args.targetId || args.keys.length === 0) return EngineCode.PARAM_ERROR;
      args.keys = [...args.keys];
      removeKeys(engine, args.targetId, args.keys, args.force, true, (code) => reply('onChatRoomEntriesRemoved', { code }));
      return EngineCode.SUCCESS;
    },
  },
});
