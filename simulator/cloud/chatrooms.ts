import { RC } from '../codes';
import type { TimerHandle } from '../core/scheduler';
import { ConversationType } from '../rongcloud/enums';
import { cloneMessage, messageTraits, type Message } from '../rongcloud/message';
import { historyPage, latestMessages, pruneHistory } from './chatroom-history';
import { ChatRoomKV, type KvEntry } from './chatroom-kv';
import { pendingTimer, type RearmedTimer, type SnapshotHooks } from '../snapshot/cloud';
import { decodeData, encodeData, type Json } from '../snapshot/data';
import type { CloudClient, DeliveryMeta } from './client';
import { mutedNow } from './mutes';
import { cloudAreaFactories, type Cloud, type SendOptions } from './cloud';

/**
 * The chatroom service of the cloud: rooms, members, routing of chatroom messages, join history, the
 * offline auto-kick and auto-destroy rules. Membership is per user (one membership however many devices
 * joined); a member is "present" on the devices that joined and are online, and only those receive.
 */
export const CHATROOMS_AREA = 'chatrooms';

/** RCIMIWChatRoomStatus and RCIMIWChatRoomMemberActionType ordinals (specs/rongcloud-rn/RCIMDefines.ts). */
export const ChatRoomStatus = { RESET: 0, DESTROY_MANUAL: 1, DESTROY_AUTO: 2 } as const;
export const ChatRoomMemberActionType = { UNKNOWN: 0, JOIN: 1, LEAVE: 2 } as const;

/** Offline auto-kick (L4975-4978): the 31st message within 30 s of going offline, or any message after 30 s. */
export const OFFLINE_KICK_AFTER_MS = 30_000;
export const OFFLINE_KICK_MESSAGES = 31;
/** joinChatRoom's messageCount: -1 none, 0 the default 10, at most 50 (L4897). */
export const JOIN_DEFAULT_MESSAGES = 10;
export const JOIN_MAX_MESSAGES = 50;

/** Console settings of the chatroom service (`world.server.configureChatRooms`). */
export interface ChatRoomSettings {
  /** "One user in several chatrooms" (default off: joining another room leaves the first, L4881). */
  multipleRooms: boolean;
  /** Member join/leave events need a support ticket (L5069), so they are off by default. */
  memberEvents: boolean;
  /** Inactivity (no joins, leaves or messages) before the room is destroyed: default 1 h, at most 24 h (L4841). */
  autoDestroyMs: number;
  /** Chatroom cloud message storage (remote history, 23414 without it); free in development, so on. */
  historyEnabled: boolean;
  /** How long remote chatroom history is kept (default 2 months, L4866). */
  historyRetentionMs: number;
  /** The chatroom custom-attributes (KV) service (23426 without it); on, as in a development app. */
  kvEnabled: boolean;
}

export const defaultChatRoomSettings: ChatRoomSettings = {
  multipleRooms: false,
  memberEvents: false,
  autoDestroyMs: 3_600_000,
  historyEnabled: true,
  historyRetentionMs: 60 * 24 * 3_600_000,
  kvEnabled: true,
};

export interface ChatRoomMember {
  readonly userId: string;
  readonly joinedAt: number;
  /** Devices that joined and are online. Empty: the member is offline (still a member until kicked). */
  readonly clients: Set<CloudClient>;
  offlineSince: number;
  messagesSinceOffline: number;
}

export interface ChatRoom {
  readonly id: string;
  /** Changes when a room of the same id is created again, so a rejoining device can tell it was reset (L4843). */
  readonly sessionId: string;
  readonly createdAt: number;
  keepAlive: boolean;
  readonly members: Map<string, ChatRoomMember>;
  /** Members with no device online, the ones the auto-kick rule looks at on every message. */
  readonly offline: Map<string, ChatRoomMember>;
  /** Every present device and its user, in join order: the fan-out list. */
  readonly present: Map<CloudClient, string>;
  /** Stored-type messages in send order, for join history and remote history. */
  readonly history: Message[];
  lastActivity: number;
  destroyTimer: TimerHandle | null;
  readonly kv: ChatRoomKV;
  /** Member mute (L4812) and ban (L4803): user id -> virtual time it ends. */
  readonly muted: Map<string, number>;
  readonly banned: Map<string, number>;
  /** Whole-room mute (L4813) and the members it spares (L4814). */
  mutedAll: boolean;
  readonly mutedAllExempt: Set<string>;
  /** Protected members: never auto-kicked for being offline (the user whitelist, L4804, L4984). */
  readonly protectedMembers: Set<string>;
}

export interface JoinAnswer {
  code: number;
  sessionId?: string;
  /** The latest messages, oldest first, as this user sees them. */
  messages?: Message[];
  /** Every KV entry of the room (the initial sync). */
  entries?: Record<string, string>;
  /** Rooms the user was taken out of (one room per user). */
  left?: string[];
}

export interface HistoryAnswer {
  code: number;
  messages?: Message[];
  syncTime?: number;
}

const LIVE: DeliveryMeta = { left: 0, offline: false, hasPackage: false };

/** The chatroom service as snapshot data (devices by id). */
interface RoomsSnapshot {
  settings: ChatRoomSettings;
  sessionCounter: number;
  rooms: Array<{
    id: string; sessionId: string; createdAt: number; keepAlive: boolean; lastActivity: number;
    members: Array<{ userId: string; joinedAt: number; offlineSince: number; messagesSinceOffline: number; devices: string[] }>;
    offline: string[];
    present: Array<[string, string]>;
    history: Message[];
    kv: { entries: Map<string, KvEntry>; window: number[] };
    destroyCheck: { at: number; seq: number } | null;
    rules: Pick<ChatRoom, 'muted' | 'banned' | 'mutedAll' | 'mutedAllExempt' | 'protectedMembers'>;
  }>;
  mutedEverywhere: Map<string, number>;
  roomsOfUser: Map<string, Set<string>>;
  roomsOfClient: Array<[string, string[]]>;
}

export class ChatRooms implements SnapshotHooks {
  readonly settings: ChatRoomSettings = { ...defaultChatRoomSettings };
  readonly rooms = new Map<string, ChatRoom>();
  private readonly roomsOfUser = new Map<string, Set<string>>();
  private readonly roomsOfClient = new Map<CloudClient, Set<string>>();
  private sessionCounter = 0;
  /** Users muted in every chatroom of the app (global mute, L4815, L4860): user id -> time it ends. */
  readonly mutedEverywhere = new Map<string, number>();
  /** Set by restore() until relink() has put the devices back. */
  private restored: RoomsSnapshot | null = null;

  constructor(readonly cloud: Cloud) {
    cloud.routers.set(ConversationType.CHATROOM, {
      recipients: (senderId, message, options) => this.recipients(senderId, message, options),
      deliver: (senderId, message) => this.deliver(senderId, message),
    });
  }

  now(): number {
    return this.cloud.now();
  }

  userOf(client: CloudClient): string | undefined {
    return this.cloud.sessions.userOfClient(client);
  }

  // ---- rooms -------------------------------------------------------------------------------------

  create(roomId: string, keepAlive = false): ChatRoom {
    const existing = this.rooms.get(roomId);
    if (existing) {
      existing.keepAlive = existing.keepAlive || keepAlive;
      return existing;
    }
    const now = this.now();
    const room: ChatRoom = {
      id: roomId, sessionId: `${roomId}#${++this.sessionCounter}`, createdAt: now, keepAlive,
      members: new Map(), offline: new Map(), present: new Map(), history: [], lastActivity: now,
      destroyTimer: null, kv: new ChatRoomKV(), ...blankRules(),
    };
    this.rooms.set(roomId, room);
    this.scheduleDestroyCheck(room);
    this.cloud.trace(null, 'chatroom created', { roomId });
    return room;
  }

  /** Kicks everyone and drops the room with its KV; present members get onChatRoomStatusChanged. */
  destroy(roomId: string, status: number): boolean {
    const room = this.rooms.get(roomId);
    if (!room) return false;
    this.rooms.delete(roomId);
    this.cloud.scheduler.cancel(room.destroyTimer);
    for (const client of room.present.keys()) {
      this.roomsOfClient.get(client)?.delete(roomId);
      client.notify('onChatRoomStatusChanged', { targetId: roomId, status });
    }
    for (const userId of room.members.keys()) this.roomsOfUser.get(userId)?.delete(roomId);
    this.cloud.trace(null, 'chatroom destroyed', { roomId, status });
    return true;
  }

  /** Changes the console settings; a new auto-destroy wait applies to every room from now on. */
  configure(settings: Partial<ChatRoomSettings>): void {
    Object.assign(this.settings, settings);
    if (settings.autoDestroyMs === undefined) return;
    for (const room of this.rooms.values()) {
      this.cloud.scheduler.cancel(room.destroyTimer);
      this.scheduleDestroyCheck(room);
    }
  }

  /**
   * One timer per room, not one per message: it fires at last activity + the wait and either destroys the
   * room or moves itself to the new deadline. Keep-alive rooms are never destroyed (L4801).
   */
  private scheduleDestroyCheck(room: ChatRoom): void {
    // A keep-alive room only checks again a full wait later (it may lose keep-alive in between).
    this.armDestroyCheck(room, Math.max(room.lastActivity, room.keepAlive ? this.now() : 0) + this.settings.autoDestroyMs);
  }

  private armDestroyCheck(room: ChatRoom, due: number): void {
    room.destroyTimer = this.cloud.scheduler.at(due, () => {
      room.destroyTimer = null;
      if (this.rooms.get(room.id) !== room) return;
      if (!room.keepAlive && this.now() - room.lastActivity >= this.settings.autoDestroyMs) this.destroy(room.id, ChatRoomStatus.DESTROY_AUTO);
      else this.scheduleDestroyCheck(room);
    });
  }

  // ---- snapshots (SnapshotHooks) -----------------------------------------------------------------
  // Rooms are data but for two things: devices (named by id, linked back once sessions are restored) and
  // each room's auto-destroy timer (re-armed at its time, under its original sequence number).

  snapshot(): Json {
    return encodeData({
      settings: this.settings,
      sessionCounter: this.sessionCounter,
      rooms: [...this.rooms.values()].map((room) => ({
        id: room.id, sessionId: room.sessionId, createdAt: room.createdAt, keepAlive: room.keepAlive, lastActivity: room.lastActivity,
        members: [...room.members.values()].map((m) => ({
          userId: m.userId, joinedAt: m.joinedAt, offlineSince: m.offlineSince, messagesSinceOffline: m.messagesSinceOffline,
          devices: [...m.clients].map((client) => client.deviceId),
        })),
        offline: [...room.offline.keys()],
        present: [...room.present].map(([client, userId]) => [client.deviceId, userId]),
        history: room.history,
        kv: { entries: room.kv.entries, window: room.kv['window'] },
        destroyCheck: pendingTimer(room.destroyTimer),
        rules: { muted: room.muted, banned: room.banned, mutedAll: room.mutedAll, mutedAllExempt: room.mutedAllExempt, protectedMembers: room.protectedMembers },
      })),
      mutedEverywhere: this.mutedEverywhere,
      roomsOfUser: this.roomsOfUser,
      roomsOfClient: [...this.roomsOfClient].map(([client, roomIds]) => [client.deviceId, [...roomIds]]),
    }, 'chatrooms');
  }

  restore(state: Json): void {
    this.restored = decodeData(state) as RoomsSnapshot;
    const data = this.restored;
    Object.assign(this.settings, data.settings);
    this.sessionCounter = data.sessionCounter;
    this.mutedEverywhere.clear();
    for (const [userId, until] of data.mutedEverywhere) this.mutedEverywhere.set(userId, until);
    this.rooms.clear();
    for (const r of data.rooms) {
      const room: ChatRoom = {
        id: r.id, sessionId: r.sessionId, createdAt: r.createdAt, keepAlive: r.keepAlive, lastActivity: r.lastActivity,
        members: new Map(), offline: new Map(), present: new Map(), history: r.history, destroyTimer: null, kv: new ChatRoomKV(),
        muted: r.rules.muted, banned: r.rules.banned, mutedAll: r.rules.mutedAll, mutedAllExempt: r.rules.mutedAllExempt, protectedMembers: r.rules.protectedMembers,
      };
      for (const m of r.members) {
        room.members.set(m.userId, { userId: m.userId, joinedAt: m.joinedAt, offlineSince: m.offlineSince, messagesSinceOffline: m.messagesSinceOffline, clients: new Set() });
      }
      for (const userId of r.offline) room.offline.set(userId, room.members.get(userId)!);
      for (const [key, entry] of r.kv.entries) room.kv.entries.set(key, entry);
      room.kv['window'].push(...r.kv.window);
      this.rooms.set(room.id, room);
    }
    this.roomsOfUser.clear();
    for (const [userId, roomIds] of data.roomsOfUser) this.roomsOfUser.set(userId, roomIds);
  }

  relink(clientOf: (deviceId: string) => CloudClient): RearmedTimer[] {
    const data = this.restored;
    this.restored = null;
    if (!data) return [];
    this.roomsOfClient.clear();
    for (const [deviceId, roomIds] of data.roomsOfClient) this.roomsOfClient.set(clientOf(deviceId), new Set(roomIds));
    const timers: RearmedTimer[] = [];
    for (const r of data.rooms) {
      const room = this.rooms.get(r.id)!;
      for (const m of r.members) for (const deviceId of m.devices) room.members.get(m.userId)!.clients.add(clientOf(deviceId));
      for (const [deviceId, userId] of r.present) room.present.set(clientOf(deviceId), userId);
      const check = r.destroyCheck;
      if (check) timers.push({ seq: check.seq, run: () => this.armDestroyCheck(room, check.at) });
    }
    return timers;
  }

  timers(): number {
    let n = 0;
    for (const room of this.rooms.values()) if (pendingTimer(room.destroyTimer)) n++;
    return n;
  }

  // ---- membership --------------------------------------------------------------------------------

  join(client: CloudClient, roomId: string, autoCreate: boolean, messageCount: number): JoinAnswer {
    const userId = this.userOf(client);
    if (userId === undefined) return { code: RC.CHANNEL_INVALID };
    const planned = this.cloud.faults.take('joinChatRoom', userId);
    if (planned !== null) return { code: planned };
    let room = this.rooms.get(roomId);
    if (!room) {
      if (!autoCreate) return { code: RC.CHATROOM_NOT_EXIST };
      room = this.create(roomId);
    }
    // A banned user cannot come back in until the ban ends (L4803).
    if ((room.banned.get(userId) ?? -Infinity) > this.now()) return { code: RC.KICKED_FROM_CHATROOM };
    const left: string[] = [];
    if (!this.settings.multipleRooms) {
      for (const otherId of [...(this.roomsOfUser.get(userId) ?? [])]) {
        const other = this.rooms.get(otherId);
        if (otherId === roomId || !other) continue;
        this.removeMember(other, userId, client);
        left.push(otherId);
      }
    }
    let member = room.members.get(userId);
    if (!member) {
      member = { userId, joinedAt: this.now(), clients: new Set(), offlineSince: 0, messagesSinceOffline: 0 };
      room.members.set(userId, member);
      setOf(this.roomsOfUser, userId).add(roomId);
      this.memberChanged(room, userId, ChatRoomMemberActionType.JOIN);
    }
    member.clients.add(client);
    room.offline.delete(userId);
    room.present.set(client, userId);
    setOf(this.roomsOfClient, client).add(roomId);
    room.lastActivity = this.now();
    const count = messageCount === -1 ? 0 : messageCount === 0 ? JOIN_DEFAULT_MESSAGES : Math.min(messageCount, JOIN_MAX_MESSAGES);
    pruneHistory(room, this.now() - this.settings.historyRetentionMs);
    const messages = latestMessages(room, count, userId, this.now());
    const entries = this.settings.kvEnabled ? room.kv.snapshot() : {};
    return { code: RC.SUCCESS, sessionId: room.sessionId, messages, entries, left };
  }

  leave(client: CloudClient, roomId: string): number {
    const userId = this.userOf(client);
    if (userId === undefined) return RC.CHANNEL_INVALID;
    const planned = this.cloud.faults.take('leaveChatRoom', userId);
    if (planned !== null) return planned;
    const room = this.rooms.get(roomId);
    if (!room || !room.members.has(userId)) return RC.NOT_IN_CHATROOM;
    this.removeMember(room, userId, client);
    return RC.SUCCESS;
  }

  /**
   * Takes a user out of a room: their devices stop receiving (devices other than `by` are told, so they drop
   * the room too), their auto-delete keys go, and the other members see a LEAVE.
   */
  removeMember(room: ChatRoom, userId: string, by: CloudClient | null): void {
    const member = room.members.get(userId);
    if (!member) return;
    for (const client of member.clients) {
      room.present.delete(client);
      this.roomsOfClient.get(client)?.delete(room.id);
      if (client !== by) client.notify('chatroom:evicted', { roomId: room.id });
    }
    room.members.delete(userId);
    room.offline.delete(userId);
    this.roomsOfUser.get(userId)?.delete(room.id);
    room.lastActivity = this.now();
    this.autoDeleteKeys(room, userId);
    this.memberChanged(room, userId, ChatRoomMemberActionType.LEAVE);
  }

  /** A device's session ended (network drop, disconnect, kick): it stops being present; the user may go offline. */
  clientLeft(client: CloudClient): void {
    const roomIds = this.roomsOfClient.get(client);
    if (!roomIds) return;
    this.roomsOfClient.delete(client);
    for (const roomId of roomIds) {
      const room = this.rooms.get(roomId);
      const userId = room?.present.get(client);
      if (!room || userId === undefined) continue;
      room.present.delete(client);
      const member = room.members.get(userId);
      if (!member) continue;
      member.clients.delete(client);
      if (member.clients.size > 0) continue;
      // Still a member: the auto-kick rule decides when the user is removed. Auto-delete keys go now (L5200).
      member.offlineSince = this.now();
      member.messagesSinceOffline = 0;
      room.offline.set(userId, member);
      this.autoDeleteKeys(room, userId);
    }
  }

  /**
   * Auto-delete keys vanish without a change event (status-code reference, KV ownership rules); present
   * devices still drop them from their local copy, so reads stay true to the room.
   */
  private autoDeleteKeys(room: ChatRoom, userId: string): void {
    const keys = room.kv.removeAutoDeleteOf(userId);
    if (keys.length === 0) return;
    for (const client of room.present.keys()) client.notify('chatroom:entriesDropped', { roomId: room.id, keys: [...keys] });
  }

  private memberChanged(room: ChatRoom, userId: string, actionType: number): void {
    if (!this.settings.memberEvents) return;
    for (const [client, other] of room.present) {
      if (other !== userId) client.notify('onChatRoomMemberChanged', { targetId: room.id, actions: [{ userId, actionType }] });
    }
  }

  // ---- member rules (the app server's: mute, ban, protect) ---------------------------------------

  /** Muted members still receive; they cannot send (23408): their own mute, the whole room's, or a global one. */
  isMuted(room: ChatRoom, userId: string): boolean {
    return mutedNow(userId, this.now(), room.muted, this.mutedEverywhere, room.mutedAll ? room.mutedAllExempt : null);
  }

  /** Bans users for `ms`: members among them are taken out at once (their devices drop the room, L4970). */
  ban(room: ChatRoom, userIds: readonly string[], ms: number): void {
    for (const userId of userIds) {
      room.banned.set(userId, this.now() + ms);
      if (!room.members.has(userId)) continue;
      this.cloud.trace(null, 'chatroom member banned and kicked', { roomId: room.id, userId });
      this.removeMember(room, userId, null);
    }
  }

  // ---- messages ----------------------------------------------------------------------------------

  private recipients(senderId: string, message: Message, options: SendOptions): { code: number; userIds?: string[] } {
    const room = this.rooms.get(message.targetId);
    if (options.fromServer) return room ? { code: RC.SUCCESS, userIds: [] } : { code: RC.CHATROOM_NOT_EXIST };
    if (!room || !room.members.has(senderId)) return { code: RC.NOT_IN_CHATROOM };
    if (this.isMuted(room, senderId)) return { code: RC.FORBIDDEN_IN_CHATROOM };
    // The fan-out list is the room's present devices, read at delivery: no per-message id array.
    return { code: RC.SUCCESS, userIds: [] };
  }

  /** Live to present devices only: never kept for offline members, never counted as unread (L26, L4780). */
  private deliver(senderId: string, sent: Message): void {
    const room = this.rooms.get(sent.targetId);
    if (!room) return;
    room.lastActivity = this.now();
    if (messageTraits(sent).stored) {
      room.history.push(cloneMessage(sent));
      pruneHistory(room, this.now() - this.settings.historyRetentionMs);
    }
    this.offlineKick(room);
    const incoming = this.cloud.incomingCopy(sent, '');
    for (const [client, userId] of room.present) {
      if (userId !== senderId) client.deliver(cloneMessage(incoming), LIVE);
    }
  }

  /**
   * Every new message counts for each offline member: the 31st within 30 s of going offline, or any message
   * once they have been offline 30 s or more, removes them (a silent room never kicks, L4982).
   */
  private offlineKick(room: ChatRoom): void {
    if (room.offline.size === 0) return;
    const now = this.now();
    const kicked: string[] = [];
    for (const member of room.offline.values()) {
      if (room.protectedMembers.has(member.userId)) continue;
      member.messagesSinceOffline++;
      if (now - member.offlineSince >= OFFLINE_KICK_AFTER_MS || member.messagesSinceOffline >= OFFLINE_KICK_MESSAGES) kicked.push(member.userId);
    }
    for (const userId of kicked) {
      this.cloud.trace(null, 'chatroom offline member kicked', { roomId: room.id, userId });
      this.removeMember(room, userId, null);
    }
  }

  /** Remote history (loadChatRoomMessages / getChatRoomMessages): members only, with the storage service on. */
  history(client: CloudClient, roomId: string, timestamp: number, order: number, count: number): HistoryAnswer {
    const userId = this.userOf(client);
    if (userId === undefined) return { code: RC.CHANNEL_INVALID };
    const planned = this.cloud.faults.take('getChatRoomMessages', userId);
    if (planned !== null) return { code: planned };
    if (!this.settings.historyEnabled) return { code: RC.ROAMING_SERVICE_UNAVAILABLE_CHATROOM };
    const room = this.rooms.get(roomId);
    if (!room || !room.members.has(userId)) return { code: RC.NOT_IN_CHATROOM };
    pruneHistory(room, this.now() - this.settings.historyRetentionMs);
    return { code: RC.SUCCESS, ...historyPage(room, timestamp, order, count, userId, this.now()) };
  }
}

function blankRules(): Pick<ChatRoom, 'muted' | 'banned' | 'mutedAll' | 'mutedAllExempt' | 'protectedMembers'> {
  return { muted: new Map(), banned: new Map(), mutedAll: false, mutedAllExempt: new Set(), protectedMembers: new Set() };
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

cloudAreaFactories.set(CHATROOMS_AREA, (cloud) => new ChatRooms(cloud));
