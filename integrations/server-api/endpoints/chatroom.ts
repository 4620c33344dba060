/**
 * `/chatroom/*`: rooms and their KV, through the chatroom area's `world.server` controls. The IM service's
 * own refusals (23410 no such room, 23424 key owned by someone else ...) come back as the answer's code.
 */
import type { World } from '../../../simulator/index';
import '../../../simulator/server-control-chatrooms';
import { cloudArea } from '../../../simulator/cloud/cloud';
import { CHATROOMS_AREA, type ChatRooms } from '../../../simulator/cloud/chatrooms';
import { RC } from '../../../simulator/codes';
import { ServerApiCode, ServerApiError } from '../codes';
import type { Form } from '../form';
import { ID_MAX, type Endpoint } from './types';

/** Room names given at create (the cloud keeps none), per cloud so a new world starts empty. */
const names = new WeakMap<object, Map<string, string>>();

function namesOf(world: World): Map<string, string> {
  let map = names.get(world.cloud);
  if (!map) names.set(world.cloud, (map = new Map()));
  return map;
}

/** The IM service answered a code of its own: report it as the answer's code. */
function imCode(code: number): void {
  if (code !== RC.SUCCESS) throw new ServerApiError(code, `the IM service answered ${code}`);
}

/** `2024-01-01 08:00:00`, the query call's time format (UTC here). */
function formatTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

const ROOMS = { max: 50, maxLength: ID_MAX };
const USERS = { max: 20, maxLength: ID_MAX };
/** Mute and ban lengths: whole minutes, at most 30 days. */
const MAX_MINUTES = 43_200;

/** The room of a rule call; a missing one is the IM service's 23410. */
function existingRoom(world: World, form: Form): string {
  const roomId = form.required('chatroomId', ID_MAX);
  if (!world.server.chatRoomExists(roomId)) imCode(RC.CHATROOM_NOT_EXIST);
  return roomId;
}

type RuleCall = (world: World, users: string[], form: Form) => void;

/** A member rule call: its users (at most 20), then the `world.server` control that applies it. */
const rule = (apply: RuleCall): Endpoint => (world, form) => {
  apply(world, form.list('userId', USERS), form);
  return {};
};
const minutes = (form: Form) => form.int('minute', 1, MAX_MINUTES);

/** Member rules (mute, ban, global mute, protection), each a thin call of its `world.server` control. */
const ruleEndpoints: Record<string, Endpoint> = {
  '/chatroom/user/gag/add.json': rule((w, users, form) => w.server.muteInChatRoom(existingRoom(w, form), users, minutes(form))),
  '/chatroom/user/gag/rollback.json': rule((w, users, form) => w.server.unmuteInChatRoom(existingRoom(w, form), users)),
  '/chatroom/user/block/add.json': rule((w, users, form) => w.server.banFromChatRoom(existingRoom(w, form), users, minutes(form))),
  '/chatroom/user/block/rollback.json': rule((w, users, form) => w.server.unbanFromChatRoom(existingRoom(w, form), users)),
  '/chatroom/user/ban/add.json': rule((w, users, form) => w.server.muteInAllChatRooms(users, minutes(form))),
  '/chatroom/user/ban/remove.json': rule((w, users) => w.server.unmuteInAllChatRooms(users)),
  '/chatroom/user/whitelist/add.json': rule((w, users, form) => w.server.protectInChatRoom(existingRoom(w, form), users, true)),
  '/chatroom/user/whitelist/remove.json': rule((w, users, form) => w.server.protectInChatRoom(existingRoom(w, form), users, false)),
};

export const chatroomEndpoints: Record<string, Endpoint> = {
  ...ruleEndpoints,
  '/chatroom/create.json': (world, form) => {
    // chatroom[<id>]=<name>, one pair per room.
    const rooms = form.indexed('chatroom');
    if (rooms.length === 0) throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, 'chatroom[<id>]=<name> is required');
    for (const [id] of rooms) {
      if (id.length === 0) throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, 'chatroom id is required');
      if (id.length > ID_MAX) throw new ServerApiError(ServerApiCode.PARAMETER_TOO_LONG, `chatroom id is longer than ${ID_MAX} characters`);
    }
    for (const [id, name] of rooms) {
      world.server.createChatRoom(id);
      namesOf(world).set(id, name);
    }
    return {};
  },
  '/chatroom/destroy.json': (world, form) => {
    for (const id of form.list('chatroomId', ROOMS)) {
      if (world.server.chatRoomExists(id)) world.server.destroyChatRoom(id);
      namesOf(world).delete(id);
    }
    return {};
  },
  '/chatroom/query.json': (world, form) => {
    const area = cloudArea<ChatRooms>(world.cloud, CHATROOMS_AREA);
    const chatRooms = form
      .list('chatroomId', ROOMS)
      .flatMap((id) => {
        const room = area.rooms.get(id);
        return room ? [{ chrmId: id, name: namesOf(world).get(id) ?? id, time: formatTime(room.createdAt) }] : [];
      });
    return { chatRooms };
  },
  '/chatroom/entry/set.json': (world, form) => {
    const roomId = form.required('chatroomId', ID_MAX);
    const userId = form.required('userId', ID_MAX);
    const key = form.required('key', 128);
    const value = form.required('value', 4096);
    const autoDelete = form.flag('autoDelete', false);
    imCode(world.server.setChatRoomEntry(roomId, key, value, { userId, deleteWhenLeft: autoDelete }));
    return {};
  },
  '/chatroom/entry/remove.json': (world, form) => {
    const roomId = form.required('chatroomId', ID_MAX);
    form.required('userId', ID_MAX);
    const key = form.required('key', 128);
    imCode(world.server.removeChatRoomEntry(roomId, key));
    return {};
  },
  '/chatroom/entry/query.json': (world, form) => {
    const roomId = form.required('chatroomId', ID_MAX);
    const wanted = form.list('keys', { min: 0, max: 100, maxLength: 128 });
    const room = cloudArea<ChatRooms>(world.cloud, CHATROOMS_AREA).rooms.get(roomId);
    if (!room) imCode(RC.CHATROOM_NOT_EXIST);
    const keys = [...room!.kv.entries]
      .filter(([key]) => wanted.length === 0 || wanted.includes(key))
      .map(([key, e]) => ({ key, value: e.value, userId: e.setter, autoDelete: e.deleteWhenLeft ? 1 : 0, lastSetTime: e.time }));
    return { keys };
  },
};
