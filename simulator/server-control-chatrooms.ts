import { serverRemoveEntry, serverSetEntry } from './cloud/chatroom-kv';
import { CHATROOMS_AREA, ChatRoomStatus, type ChatRoom, type ChatRooms, type ChatRoomSettings } from './cloud/chatrooms';
import { cloudArea } from './cloud/cloud';
import { requireFlag, requireId, requireIds, requireMinutes, ServerControl } from './server-control';
import { describe } from './describe-value';

/**
 * `world.server` controls and views for chatrooms: what the app server does through the Server API
 * (create / destroy rooms, set / remove KV) and read-only views for assertions. Rule violations of the
 * KV calls come back as RongCloud codes (the Server API helper reports them); misuse (no such room for a
 * destroy, a bad setting) throws, as the other controls do.
 */
declare module './server-control' {
  interface ServerControl {
    /** `/chatroom/create.json`: creates the room if missing (idempotent). `keepAlive` exempts it from auto-destroy (L4801). */
    createChatRoom(roomId: string, options?: { keepAlive?: boolean }): void;
    /** `/chatroom/destroy.json`: everyone is removed (DESTROY_MANUAL to present members), the KV goes with it. */
    destroyChatRoom(roomId: string): void;
    /** Console settings of the chatroom service (multi-room join, member events, auto-destroy wait, history, KV). */
    configureChatRooms(settings: Partial<ChatRoomSettings>): void;
    chatRoomExists(roomId: string): boolean;
    /** Ids of existing rooms, sorted. */
    chatRooms(): string[];
    /** Members in join order (online or not: an offline member stays until the auto-kick rule removes them). */
    chatRoomMembers(roomId: string): string[];
    chatRoomMemberInfo(roomId: string): Array<{ userId: string; joinedAt: number; online: boolean }>;
    /** The room's KV as the cloud holds it. */
    chatRoomEntries(roomId: string): Record<string, string>;
    /** Who set each key and whether it is removed when they leave. */
    chatRoomEntryInfo(roomId: string): Record<string, { value: string; setter: string; deleteWhenLeft: boolean }>;
    /** `/chatroom/entry/set.json`: a forced set as `userId` (default: no user). Returns 0 or the RongCloud code. */
    setChatRoomEntry(roomId: string, key: string, value: string, options?: { userId?: string; deleteWhenLeft?: boolean }): number;
    /** `/chatroom/entry/remove.json`: a forced remove. Returns 0 or the RongCloud code (23410, 23427). */
    removeChatRoomEntry(roomId: string, key: string): number;
    /**
     * Member mute (L4812): for `minutes` (1..43200) the users cannot send to the room (23408); they still
     * receive. `unmuteInChatRoom` ends it early.
     */
    muteInChatRoom(roomId: string, userIds: string[], minutes: number): void;
    unmuteInChatRoom(roomId: string, userIds: string[]): void;
    /** Global mute (L4815, L4860): the users cannot send to any chatroom of the app for `minutes`. */
    muteInAllChatRooms(userIds: string[], minutes: number): void;
    unmuteInAllChatRooms(userIds: string[]): void;
    /** Whole-room mute (L4813): nobody may send but the members in `except` (the mute whitelist, L4814). */
    muteChatRoom(roomId: string, on?: boolean, options?: { except?: string[] }): void;
    /**
     * Ban (L4803, L4970): members among the users are taken out at once and nobody of them can join for
     * `minutes` (23409). `unbanFromChatRoom` ends it early.
     */
    banFromChatRoom(roomId: string, userIds: string[], minutes: number): void;
    unbanFromChatRoom(roomId: string, userIds: string[]): void;
    /** The user whitelist (L4804, L4984): protected members are never auto-kicked for being offline. */
    protectInChatRoom(roomId: string, userIds: string[], on?: boolean): void;
  }
}


function area(server: ServerControl): ChatRooms {
  return cloudArea<ChatRooms>(server.cloud, CHATROOMS_AREA);
}

function requireRoomId(what: string, value: unknown): string {
  return requireId(what, value, 'RongCloud chatroom id limit');
}

function requireRoom(server: ServerControl, what: string, roomId: unknown): ChatRoom {
  const id = requireRoomId(what, roomId);
  const room = area(server).rooms.get(id);
  if (!room) throw new Error(`${what}: no chatroom ${JSON.stringify(id)}`);
  return room;
}

ServerControl.prototype.createChatRoom = function (this: ServerControl, roomId: string, options: { keepAlive?: boolean } = {}): void {
  area(this).create(requireRoomId('createChatRoom(roomId)', roomId), options?.keepAlive === true);
};

ServerControl.prototype.destroyChatRoom = function (this: ServerControl, roomId: string): void {
  const room = requireRoom(this, 'destroyChatRoom(roomId)', roomId);
  area(this).destroy(room.id, ChatRoomStatus.DESTROY_MANUAL);
};

ServerControl.prototype.configureChatRooms = function (this: ServerControl, settings: Partial<ChatRoomSettings>): void {
  if (settings === null || typeof settings !== 'object') throw new TypeError('configureChatRooms(settings): settings must be an object');
  const wait = settings.autoDestroyMs;
  if (wait !== undefined && !(Number.isFinite(wait) && wait > 0 && wait <= 24 * 3_600_000)) {
    throw new RangeError(`configureChatRooms: autoDestroyMs must be > 0 and at most 24 h (L4841), got ${describe(wait)}`);
  }
  const retention = settings.historyRetentionMs;
  if (retention !== undefined && !(Number.isFinite(retention) && retention > 0)) throw new RangeError('configureChatRooms: historyRetentionMs must be a positive number');
  for (const key of ['multipleRooms', 'memberEvents', 'historyEnabled', 'kvEnabled'] as const) {
    if (settings[key] !== undefined && typeof settings[key] !== 'boolean') throw new TypeError(`configureChatRooms: ${key} must be a boolean`);
  }
  area(this).configure(settings);
};

ServerControl.prototype.chatRoomExists = function (this: ServerControl, roomId: string): boolean {
  return area(this).rooms.has(roomId);
};

ServerControl.prototype.chatRooms = function (this: ServerControl): string[] {
  return [...area(this).rooms.keys()].sort();
};

ServerControl.prototype.chatRoomMembers = function (this: ServerControl, roomId: string): string[] {
  return [...(area(this).rooms.get(roomId)?.members.keys() ?? [])];
};

ServerControl.prototype.chatRoomMemberInfo = function (this: ServerControl, roomId: string) {
  return [...(area(this).rooms.get(roomId)?.members.values() ?? [])].map((m) => ({ userId: m.userId, joinedAt: m.joinedAt, online: m.clients.size > 0 }));
};

ServerControl.prototype.chatRoomEntries = function (this: ServerControl, roomId: string): Record<string, string> {
  return area(this).rooms.get(roomId)?.kv.snapshot() ?? {};
};

ServerControl.prototype.chatRoomEntryInfo = function (this: ServerControl, roomId: string) {
  const out: Record<string, { value: string; setter: string; deleteWhenLeft: boolean }> = {};
  for (const [key, e] of area(this).rooms.get(roomId)?.kv.entries ?? []) out[key] = { value: e.value, setter: e.setter, deleteWhenLeft: e.deleteWhenLeft };
  return out;
};

ServerControl.prototype.setChatRoomEntry = function (this: ServerControl, roomId: string, key: string, value: string, options: { userId?: string; deleteWhenLeft?: boolean } = {}): number {
  return serverSetEntry(area(this), requireRoomId('setChatRoomEntry(roomId)', roomId), key, value, options.userId ?? '', options.deleteWhenLeft === true);
};

ServerControl.prototype.removeChatRoomEntry = function (this: ServerControl, roomId: string, key: string): number {
  return serverRemoveEntry(area(this), requireRoomId('removeChatRoomEntry(roomId)', roomId), key);
};

ServerControl.prototype.muteInChatRoom = function (this: ServerControl, roomId: string, userIds: string[], minutes: number): void {
  const room = requireRoom(this, 'muteInChatRoom(roomId)', roomId);
  const ids = requireIds('muteInChatRoom(userIds)', userIds);
  const until = this.cloud.now() + requireMinutes('muteInChatRoom(minutes)', minutes);
  for (const userId of ids) room.muted.set(userId, until);
};

ServerControl.prototype.unmuteInChatRoom = function (this: ServerControl, roomId: string, userIds: string[]): void {
  const room = requireRoom(this, 'unmuteInChatRoom(roomId)', roomId);
  for (const userId of requireIds('unmuteInChatRoom(userIds)', userIds)) room.muted.delete(userId);
};

ServerControl.prototype.muteInAllChatRooms = function (this: ServerControl, userIds: string[], minutes: number): void {
  const ids = requireIds('muteInAllChatRooms(userIds)', userIds);
  const until = this.cloud.now() + requireMinutes('muteInAllChatRooms(minutes)', minutes);
  for (const userId of ids) area(this).mutedEverywhere.set(userId, until);
};

ServerControl.prototype.unmuteInAllChatRooms = function (this: ServerControl, userIds: string[]): void {
  for (const userId of requireIds('unmuteInAllChatRooms(userIds)', userIds)) area(this).mutedEverywhere.delete(userId);
};

ServerControl.prototype.muteChatRoom = function (this: ServerControl, roomId: string, on = true, options: { except?: string[] } = {}): void {
  const room = requireRoom(this, 'muteChatRoom(roomId)', roomId);
  const muted = requireFlag('muteChatRoom(on)', on);
  if (options === null || typeof options !== 'object') throw new TypeError('muteChatRoom(roomId, on, options): options must be an object like { except }');
  const except = options.except === undefined ? [] : requireIds('muteChatRoom(options.except)', options.except);
  room.mutedAll = muted;
  room.mutedAllExempt.clear();
  for (const userId of except) room.mutedAllExempt.add(userId);
};

ServerControl.prototype.banFromChatRoom = function (this: ServerControl, roomId: string, userIds: string[], minutes: number): void {
  const room = requireRoom(this, 'banFromChatRoom(roomId)', roomId);
  const ids = requireIds('banFromChatRoom(userIds)', userIds);
  area(this).ban(room, ids, requireMinutes('banFromChatRoom(minutes)', minutes));
};

ServerControl.prototype.unbanFromChatRoom = function (this: ServerControl, roomId: string, userIds: string[]): void {
  const room = requireRoom(this, 'unbanFromChatRoom(roomId)', roomId);
  for (const userId of requireIds('unbanFromChatRoom(userIds)', userIds)) room.banned.delete(userId);
};

ServerControl.prototype.protectInChatRoom = function (this: ServerControl, roomId: string, userIds: string[], on = true): void {
  const room = requireRoom(this, 'protectInChatRoom(roomId)', roomId);
  const ids = requireIds('protectInChatRoom(userIds)', userIds);
  const protect = requireFlag('protectInChatRoom(on)', on);
  for (const userId of ids) {
    if (protect) room.protectedMembers.add(userId);
    else room.protectedMembers.delete(userId);
  }
};
