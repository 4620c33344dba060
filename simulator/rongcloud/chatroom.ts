import { CHATROOMS_AREA, ChatRoomStatus, type ChatRooms } from '../cloud/chatrooms';
import { ChatRoomEntriesOperationType } from '../cloud/chatroom-kv';
import { cloudArea } from '../cloud/cloud';
import { RC } from '../codes';
import { pushHandlers, sessionHooks, type RongCloudEngine } from './engine';
import { ConversationType } from './enums';
import type { Reply } from './host';
import { conversationKey } from './local-store';
import type { Message } from './message';
import { receiveMessage } from './messaging';

/**
 * The chatroom part of the client engine: which rooms this device joined (with its local copy of each
 * room's KV), join / leave / remote history over the link, the rejoin after a reconnect, and the cloud's
 * chatroom pushes.
 */
export interface JoinedRoom {
  readonly roomId: string;
  /** The user whose database holds this room's messages. */
  readonly userId: string;
  /** What the app asked for, replayed by the rejoin after a reconnect. */
  readonly messageCount: number;
  readonly autoCreate: boolean;
  readonly sessionId: string;
  /** The room's KV as last synced: reads are local (hence 34004 before the first sync). */
  readonly kv: Map<string, string>;
}

export interface ChatRoomClientState {
  readonly joined: Map<string, JoinedRoom>;
  /** Rooms with a join on its way (count of joins in flight). */
  readonly joining: Map<string, number>;
  /** Bumped on every session change: answers from an earlier session are dropped. */
  generation: number;
}

const AREA = 'chatrooms';

export function chatRoomState(engine: RongCloudEngine): ChatRoomClientState {
  let state = engine.areas.get(AREA) as ChatRoomClientState | undefined;
  if (!state) engine.areas.set(AREA, (state = { joined: new Map(), joining: new Map(), generation: 0 }));
  return state;
}

export function chatRoomsOf(engine: RongCloudEngine): ChatRooms {
  return cloudArea<ChatRooms>(engine.host.cloud, CHATROOMS_AREA);
}

/**
 * One request to the cloud and its answer, both over the device's link. Not connected: 30002 at once; the
 * request cut by a link going down: 30002, lost to packet loss: 30003 at the ack timeout; the answer lost,
 * or landing after the session changed: 30003 / 30002.
 */
export function askCloud<T>(engine: RongCloudEngine, request: () => T, answered: (result: T) => void, failed: (code: number) => void): void {
  if (!engine.connected) {
    failed(RC.NETWORK_UNAVAILABLE);
    return;
  }
  const state = chatRoomState(engine);
  const generation = state.generation;
  const network = engine.host.network;
  const sent = network.carry(
    () => {
      const result = request();
      const back = network.carry(
        () => (engine.connected && state.generation === generation ? answered(result) : failed(RC.NETWORK_UNAVAILABLE)),
        () => failed(RC.MSG_RESPONSE_TIMEOUT),
      );
      if (!back) failed(RC.MSG_RESPONSE_TIMEOUT);
    },
    // Lost to packet loss: noticed at the ack timeout (30003); a cut link: 30002.
    (reason) => failed(reason === 'dropped' ? RC.MSG_RESPONSE_TIMEOUT : RC.NETWORK_UNAVAILABLE),
  );
  if (!sent) failed(RC.NETWORK_UNAVAILABLE);
}

/**
 * joinChatRoom: onChatRoomJoining at once, then the answer. On success the latest messages arrive through
 * onMessageReceived (left counting down), then the room's KV (onChatRoomEntriesChanged with every key, when
 * there are any) and onChatRoomEntriesSynced. `reply` is null for the SDK's own rejoin after a reconnect.
 */
export function joinChatRoom(engine: RongCloudEngine, roomId: string, messageCount: number, autoCreate: boolean, reply: Reply | null): void {
  engine.host.emit('onChatRoomJoining', { targetId: roomId });
  const done = (code: number) => reply?.('onChatRoomJoined', { code, targetId: roomId });
  if (!engine.hasStore) {
    done(RC.CLIENT_NOT_INIT);
    return;
  }
  const state = chatRoomState(engine);
  state.joining.set(roomId, (state.joining.get(roomId) ?? 0) + 1);
  const landed = () => {
    const n = (state.joining.get(roomId) ?? 1) - 1;
    if (n > 0) state.joining.set(roomId, n);
    else state.joining.delete(roomId);
  };
  askCloud(
    engine,
    () => chatRoomsOf(engine).join(engine, roomId, autoCreate, messageCount),
    (answer) => {
      landed();
      if (answer.code !== RC.SUCCESS) {
        // The SDK's rejoin refused (room gone, planned fault): the device no longer counts itself in the room.
        if (!reply) forgetRoom(engine, roomId);
        engine.host.trace('note', reply ? 'chatroom join failed' : 'chatroom rejoin failed', { roomId, code: answer.code });
        done(answer.code);
        return;
      }
      for (const other of answer.left ?? []) forgetRoom(engine, other);
      const previous = state.joined.get(roomId);
      const entries = answer.entries ?? {};
      state.joined.set(roomId, {
        roomId, userId: engine.userId, messageCount, autoCreate, sessionId: answer.sessionId ?? '', kv: new Map(Object.entries(entries)),
      });
      done(RC.SUCCESS);
      // A rejoin into a room that was destroyed and created again meanwhile: RESET (RCIMIWChatRoomStatus 0).
      if (!reply && previous && previous.sessionId !== answer.sessionId) {
        engine.host.emit('onChatRoomStatusChanged', { targetId: roomId, status: ChatRoomStatus.RESET });
      }
      const messages: Message[] = answer.messages ?? [];
      messages.forEach((message, i) => receiveMessage(engine, message, { left: messages.length - 1 - i, offline: false, hasPackage: false }));
      if (Object.keys(entries).length > 0) {
        engine.host.emit('onChatRoomEntriesChanged', { operationType: ChatRoomEntriesOperationType.Update, roomId, entries: { ...entries } });
      }
      engine.host.emit('onChatRoomEntriesSynced', { roomId });
    },
    (code) => {
      landed();
      done(code);
    },
  );
}

/** leaveChatRoom: on success (or when the cloud no longer counts the user in) the room is forgotten locally. */
export function leaveChatRoom(engine: RongCloudEngine, roomId: string, reply: Reply): void {
  const done = (code: number) => reply('onChatRoomLeft', { code, targetId: roomId });
  if (!engine.hasStore) {
    done(RC.CLIENT_NOT_INIT);
    return;
  }
  askCloud(
    engine,
    () => chatRoomsOf(engine).leave(engine, roomId),
    (code) => {
      if (code === RC.SUCCESS || code === RC.NOT_IN_CHATROOM) forgetRoom(engine, roomId);
      done(code);
    },
    done,
  );
}

/** Remote chatroom history (getChatRoomMessages / loadChatRoomMessages). */
export function fetchChatRoomMessages(
  engine: RongCloudEngine, roomId: string, timestamp: number, order: number, count: number,
  done: (code: number, messages: Message[], syncTime: number) => void,
): void {
  if (!engine.hasStore) {
    done(RC.CLIENT_NOT_INIT, [], 0);
    return;
  }
  askCloud(
    engine,
    () => chatRoomsOf(engine).history(engine, roomId, timestamp, order, count),
    (answer) => done(answer.code, answer.messages ?? [], answer.syncTime ?? 0),
    (code) => done(code, [], 0),
  );
}

/**
 * The device is out of a room: it stops counting itself in and its local messages of the room go
 * (chatroom messages are deleted on leave, seed 004 L4779, L5104; the SDK keeps none, L2996).
 */
export function forgetRoom(engine: RongCloudEngine, roomId: string): void {
  const state = chatRoomState(engine);
  const room = state.joined.get(roomId);
  state.joined.delete(roomId);
  const userId = room?.userId ?? engine.userId;
  if (!userId) return;
  const store = engine.database(userId);
  const key = conversationKey(ConversationType.CHATROOM, roomId, '');
  store.remove(store.timeline(ConversationType.CHATROOM, roomId, '').map((m) => m.messageId));
  store.timelines.delete(key);
  store.conversations.delete(key);
}

// ---- cloud pushes ---------------------------------------------------------------------------------

pushHandlers.set('onChatRoomStatusChanged', (engine, payload) => {
  const roomId = String(payload.targetId);
  if (payload.status === ChatRoomStatus.DESTROY_AUTO || payload.status === ChatRoomStatus.DESTROY_MANUAL) forgetRoom(engine, roomId);
  engine.host.emit('onChatRoomStatusChanged', { targetId: roomId, status: payload.status });
});

pushHandlers.set('onChatRoomEntriesChanged', (engine, payload) => {
  const room = chatRoomState(engine).joined.get(String(payload.roomId));
  if (!room) return;
  const entries = payload.entries as Record<string, string>;
  for (const [key, value] of Object.entries(entries)) {
    if (payload.operationType === ChatRoomEntriesOperationType.Remove) room.kv.delete(key);
    else room.kv.set(key, value);
  }
  engine.host.emit('onChatRoomEntriesChanged', { operationType: payload.operationType, roomId: room.roomId, entries: { ...entries } });
});

/** Auto-delete keys of a member who left or dropped: the local copy follows, with no app event. */
pushHandlers.set('chatroom:entriesDropped', (engine, payload) => {
  const room = chatRoomState(engine).joined.get(String(payload.roomId));
  if (room) for (const key of payload.keys as string[]) room.kv.delete(key);
});

/** The user left the room from another device, or joined another room there (one room per user). */
pushHandlers.set('chatroom:evicted', (engine, payload) => {
  engine.host.trace('cloud', 'chatroom left on another device', { roomId: payload.roomId });
  forgetRoom(engine, String(payload.roomId));
});

// ---- sessions -------------------------------------------------------------------------------------

sessionHooks.set(AREA, (engine, event) => {
  const state = chatRoomState(engine);
  state.generation++;
  if (event === 'reconnected') {
    // The SDK rejoins every room it had joined and not left, once the link is back (seed 004 L4962).
    for (const room of [...state.joined.values()]) joinChatRoom(engine, room.roomId, room.messageCount, room.autoCreate, null);
    return;
  }
  // A new app-level session (connect, disconnect) starts with no rooms: only reconnects rejoin.
  for (const roomId of [...state.joined.keys()]) forgetRoom(engine, roomId);
  state.joining.clear();
});
