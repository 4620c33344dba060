import { RC } from '../codes';
import { ConversationType, PushNotificationLevel } from '../rongcloud/enums';
import { cloneMessage, messageTraits, type Message } from '../rongcloud/message';
import { cloudArea, cloudAreaFactories, type Cloud, type ConversationRouter, type SendOptions } from './cloud';
import { ServerHistory } from './history';
import { pushLevelFallbacks } from './push-settings';
import { remoteHistoryProviders } from '../rongcloud/remote-history';
import { UltraGroupTyping } from './ultragroup-typing';
import type { SnapshotHooks } from '../snapshot/cloud';
import { decodeData, encodeData, type Json } from '../snapshot/data';

export const ULTRA_GROUP_AREA = 'ultragroups';
/** Channel ids are at most 20 characters (seed 004 part 1, message structure). */
export const MAX_CHANNEL_ID_LENGTH = 20;

/** Service limits of ultra groups; `world.server.setUltraGroupLimits` changes them for one world. */
export interface UltraGroupLimits {
  /** Ultra groups one user may be in (seed 004 L5591, L5659): beyond it 24412. */
  groupsPerUser: number;
  /** Channels per group besides the default one (seed 004 L5659, L5709): beyond it 24413. */
  channelsPerGroup: number;
  /** Messages per channel in any 1-second window (RCErrorCode 24415: default 30/s). */
  channelSendsPerSecond: number;
  /** How long the server keeps ultra-group history (seed 004 L5846: 7 days free). */
  historyRetentionMs: number;
  /** How long the server collects typing events before sending one batch (seed 004 L6729: "for example 5 s"). */
  typingBatchMs: number;
}

export const defaultUltraGroupLimits: UltraGroupLimits = {
  groupsPerUser: 100,
  channelsPerGroup: 50,
  channelSendsPerSecond: 30,
  historyRetentionMs: 7 * 24 * 3600 * 1000,
  typingBatchMs: 5000,
};

export interface UltraGroupChannel {
  readonly id: string;
  /** Private channels reach only their member list (seed 004 L5603); the default channel is always public. */
  isPrivate: boolean;
  readonly members: Set<string>;
  /** The channel's default DND level for every member; NONE (1) = not set (seed 004 L6806). */
  defaultLevel: number;
}

export interface UltraGroup {
  readonly id: string;
  name: string;
  /** Member id -> join time: history from before joining is not visible (seed 004 L41). */
  readonly members: Map<string, number>;
  /** Channels by id; '' is the default channel, which always exists. */
  readonly channels: Map<string, UltraGroupChannel>;
  defaultLevel: number;
}

const userKey = (userId: string, groupId: string, channelId: string) => `${userId}|${groupId}|${channelId}`;

/**
 * The ultra-group service of one cloud: groups, members and channels (managed by the app server only,
 * seed 004 L5630), the channel send rate, history visibility, default DND levels and typing batches.
 * Messages route through its `ConversationRouter`: live delivery to online members only, never the
 * offline inbox (seed 004 L49, L2934: offline messages are not supported for ultra groups).
 */
export class UltraGroups implements SnapshotHooks {
  readonly limits: UltraGroupLimits = { ...defaultUltraGroupLimits };
  readonly groups = new Map<string, UltraGroup>();
  /** Per user and channel: server history up to this time is deleted for that user (remote clear). */
  readonly clearedUpTo = new Map<string, number>();
  /** Per user and channel: the last time the user synced the read state. */
  readonly readTimes = new Map<string, number>();
  readonly typing: UltraGroupTyping;
  private readonly channelWindows = new Map<string, number[]>();

  constructor(readonly cloud: Cloud) {
    this.typing = new UltraGroupTyping(this);
    cloud.routers.set(ConversationType.ULTRA_GROUP, this.router());
  }

  // ---- membership (Server API) -----------------------------------------------------------------

  create(groupId: string, memberIds: readonly string[], name: string): number {
    if (this.groups.has(groupId)) return RC.SUCCESS;
    const tooMany = this.overGroupLimit(memberIds);
    if (tooMany) return tooMany;
    const group: UltraGroup = { id: groupId, name, members: new Map(), channels: new Map(), defaultLevel: PushNotificationLevel.NONE };
    group.channels.set('', newChannel('', false));
    this.groups.set(groupId, group);
    for (const id of memberIds) this.addMember(group, id);
    return RC.SUCCESS;
  }

  dismiss(groupId: string): number {
    if (!this.groups.delete(groupId)) return RC.ULTRA_GROUP_NOT_EXIST;
    for (const key of [...this.channelWindows.keys()]) if (key.startsWith(`${groupId}|`)) this.channelWindows.delete(key);
    return RC.SUCCESS;
  }

  /** Adds members, all or none: one member already in too many groups refuses the whole call (24412). */
  join(groupId: string, userIds: readonly string[]): number {
    const group = this.groups.get(groupId);
    if (!group) return RC.ULTRA_GROUP_NOT_EXIST;
    const tooMany = this.overGroupLimit(userIds.filter((id) => !group.members.has(id)));
    if (tooMany) return tooMany;
    for (const id of userIds) this.addMember(group, id);
    return RC.SUCCESS;
  }

  quit(groupId: string, userIds: readonly string[]): number {
    const group = this.groups.get(groupId);
    if (!group) return RC.ULTRA_GROUP_NOT_EXIST;
    for (const id of userIds) {
      group.members.delete(id);
      for (const channel of group.channels.values()) channel.members.delete(id);
    }
    return RC.SUCCESS;
  }

  createChannel(groupId: string, channelId: string, isPrivate: boolean): number {
    const group = this.groups.get(groupId);
    if (!group) return RC.ULTRA_GROUP_NOT_EXIST;
    if (group.channels.has(channelId)) return RC.SUCCESS;
    if (group.channels.size - 1 >= this.limits.channelsPerGroup) return RC.ULTRA_GROUP_CHANNEL_LIMIT;
    group.channels.set(channelId, newChannel(channelId, isPrivate));
    return RC.SUCCESS;
  }

  removeChannel(groupId: string, channelId: string): number {
    const group = this.groups.get(groupId);
    if (!group) return RC.ULTRA_GROUP_NOT_EXIST;
    if (channelId === '' || !group.channels.delete(channelId)) return RC.ULTRA_GROUP_CHANNEL_NOT_EXIST;
    this.channelWindows.delete(`${groupId}|${channelId}`);
    return RC.SUCCESS;
  }

  /** The default channel cannot become private (seed 004 L5605). */
  setChannelPrivate(groupId: string, channelId: string, isPrivate: boolean): number {
    const channel = this.channel(groupId, channelId);
    if (typeof channel === 'number') return channel;
    if (channelId === '') return isPrivate ? RC.ULTRA_GROUP_CHANNEL_NOT_EXIST : RC.SUCCESS;
    channel.isPrivate = isPrivate;
    return RC.SUCCESS;
  }

  /** Private channel member lists hold group members only (24406 otherwise). */
  addChannelMembers(groupId: string, channelId: string, userIds: readonly string[]): number {
    const channel = this.channel(groupId, channelId);
    if (typeof channel === 'number') return channel;
    const group = this.groups.get(groupId)!;
    if (userIds.some((id) => !group.members.has(id))) return RC.ULTRA_GROUP_NOT_MEMBER;
    for (const id of userIds) channel.members.add(id);
    return RC.SUCCESS;
  }

  removeChannelMembers(groupId: string, channelId: string, userIds: readonly string[]): number {
    const channel = this.channel(groupId, channelId);
    if (typeof channel === 'number') return channel;
    for (const id of userIds) channel.members.delete(id);
    return RC.SUCCESS;
  }

  groupsOf(userId: string): string[] {
    return [...this.groups.values()].filter((g) => g.members.has(userId)).map((g) => g.id).sort();
  }

  // ---- access ----------------------------------------------------------------------------------

  /** The channel, or the code a request about it gets (24410 no group, 24414 no channel). */
  channel(groupId: string, channelId: string): UltraGroupChannel | number {
    const group = this.groups.get(groupId);
    if (!group) return RC.ULTRA_GROUP_NOT_EXIST;
    return group.channels.get(channelId) ?? RC.ULTRA_GROUP_CHANNEL_NOT_EXIST;
  }

  /** SUCCESS when `userId` may use the channel; else 24410 / 24406 / 24414 / 24416, in that order. */
  access(groupId: string, channelId: string, userId: string): number {
    const group = this.groups.get(groupId);
    if (!group) return RC.ULTRA_GROUP_NOT_EXIST;
    if (!group.members.has(userId)) return RC.ULTRA_GROUP_NOT_MEMBER;
    const channel = group.channels.get(channelId);
    if (!channel) return RC.ULTRA_GROUP_CHANNEL_NOT_EXIST;
    if (channel.isPrivate && !channel.members.has(userId)) return RC.ULTRA_GROUP_NOT_IN_PRIVATE_CHANNEL;
    return RC.SUCCESS;
  }

  /** Members who see a channel: every member for public channels, the member list for private ones. Sorted. */
  audience(groupId: string, channelId: string): string[] {
    const group = this.groups.get(groupId);
    const channel = group?.channels.get(channelId);
    if (!group || !channel) return [];
    return [...group.members.keys()].filter((id) => !channel.isPrivate || channel.members.has(id)).sort();
  }

  /** Whether `userId` may still read a stored message: joined before it, not cleared, within retention. */
  visibleTo(userId: string, message: Message): boolean {
    const group = this.groups.get(message.targetId);
    const joinedAt = group?.members.get(userId);
    if (joinedAt === undefined || message.sentTime < joinedAt) return false;
    if (message.sentTime < this.cloud.now() - this.limits.historyRetentionMs) return false;
    const cleared = this.clearedUpTo.get(userKey(userId, message.targetId, message.channelId ?? ''));
    return cleared === undefined || message.sentTime > cleared;
  }

  clearHistoryFor(userId: string, groupId: string, channelId: string, upTo: number): void {
    const key = userKey(userId, groupId, channelId);
    this.clearedUpTo.set(key, Math.max(this.clearedUpTo.get(key) ?? 0, upTo));
  }

  recordReadTime(userId: string, groupId: string, channelId: string, time: number): void {
    this.readTimes.set(userKey(userId, groupId, channelId), time);
  }

  readTime(userId: string, groupId: string, channelId: string): number | undefined {
    return this.readTimes.get(userKey(userId, groupId, channelId));
  }

  /**
   * The default DND level that applies to a channel: the channel's own default wins over the group's
   * (seed 004 L6814, L7096); NONE when neither is set, which means "notify for every message" (L6806).
   * User-level settings rank above both (L7090); those belong to the notifications area.
   */
  effectiveDefaultLevel(groupId: string, channelId: string): number {
    const group = this.groups.get(groupId);
    if (!group) return PushNotificationLevel.NONE;
    const own = group.channels.get(channelId)?.defaultLevel ?? PushNotificationLevel.NONE;
    return own !== PushNotificationLevel.NONE ? own : group.defaultLevel;
  }

  // ---- snapshots (simulator/snapshot/cloud.ts SnapshotHooks) ----------------------------------------

  snapshot(): Json {
    return encodeData({
      limits: this.limits, groups: this.groups, clearedUpTo: this.clearedUpTo, readTimes: this.readTimes,
      channelWindows: this.channelWindows, typing: this.typing.state(),
    }, 'ultragroups');
  }

  restore(state: Json): void {
    const data = decodeData(state) as {
      limits: UltraGroupLimits; groups: Map<string, UltraGroup>; clearedUpTo: Map<string, number>; readTimes: Map<string, number>;
      channelWindows: Map<string, number[]>; typing: Parameters<UltraGroupTyping['restore']>[0];
    };
    Object.assign(this.limits, data.limits);
    for (const [mine, theirs] of [[this.groups, data.groups], [this.clearedUpTo, data.clearedUpTo], [this.readTimes, data.readTimes], [this.channelWindows, data.channelWindows]] as Array<[Map<string, unknown>, Map<string, unknown>]>) {
      mine.clear();
      for (const [key, value] of theirs) mine.set(key, value);
    }
    this.typing.restore(data.typing);
  }

  timers(): number {
    return this.typing.hasTimer ? 1 : 0;
  }

  static historyKey(groupId: string, channelId: string): string {
    return ServerHistory.key(ConversationType.ULTRA_GROUP, '', groupId, channelId);
  }

  // ---- routing -----------------------------------------------------------------------------------

  private router(): ConversationRouter {
    return {
      recipients: (senderId: string, message: Message, options: SendOptions) => {
        const groupId = message.targetId;
        const channelId = message.channelId ?? '';
        if (channelId.length > MAX_CHANNEL_ID_LENGTH) return { code: RC.INVALID_PARAMETER_CHANNEL_ID };
        // The Server API may post into any existing channel; clients need membership.
        const code = options.fromServer ? this.existence(groupId, channelId) : this.access(groupId, channelId, senderId);
        if (code !== RC.SUCCESS) return { code };
        if (!options.fromServer && !this.takeChannelSlot(groupId, channelId)) return { code: RC.ULTRA_GROUP_CHANNEL_SEND_OVERRUN };
        return { code: RC.SUCCESS, userIds: this.audience(groupId, channelId).filter((id) => id !== senderId) };
      },
      deliver: (_senderId: string, sent: Message, userIds: string[]) => {
        if (messageTraits(sent).stored) this.cloud.history.add(UltraGroups.historyKey(sent.targetId, sent.channelId ?? ''), cloneMessage(sent));
        // Online devices only: whoever is offline fetches server history later instead.
        for (const userId of userIds) this.cloud.deliverTo(userId, this.cloud.incomingCopy(sent, userId), false);
      },
    };
  }

  private existence(groupId: string, channelId: string): number {
    const channel = this.channel(groupId, channelId);
    return typeof channel === 'number' ? channel : RC.SUCCESS;
  }

  /** Sliding 1-second window per channel, shared by every sender (RCErrorCode 24415). */
  private takeChannelSlot(groupId: string, channelId: string): boolean {
    const key = `${groupId}|${channelId}`;
    const now = this.cloud.now();
    let window = this.channelWindows.get(key);
    if (!window) this.channelWindows.set(key, (window = []));
    while (window.length > 0 && window[0] <= now - 1000) window.shift();
    if (window.length >= this.limits.channelSendsPerSecond) return false;
    window.push(now);
    return true;
  }

  private overGroupLimit(userIds: readonly string[]): number {
    for (const id of userIds) if (this.groupsOf(id).length >= this.limits.groupsPerUser) return RC.ULTRA_GROUP_JOINED_TOO_MANY;
    return RC.SUCCESS;
  }

  private addMember(group: UltraGroup, userId: string): void {
    this.cloud.accounts.user(userId);
    if (!group.members.has(userId)) group.members.set(userId, this.cloud.now());
  }
}

function newChannel(id: string, isPrivate: boolean): UltraGroupChannel {
  return { id, isPrivate, members: new Set(), defaultLevel: PushNotificationLevel.NONE };
}

cloudAreaFactories.set(ULTRA_GROUP_AREA, (cloud) => new UltraGroups(cloud));

// Below every user-level DND setting, the channel's and then the group's default decide pushes (seed 004 L7090).
pushLevelFallbacks.push((cloud, ref) =>
  (ref.type === ConversationType.ULTRA_GROUP ? ultraGroups(cloud).effectiveDefaultLevel(ref.targetId, ref.channelId) : PushNotificationLevel.NONE));

// Remote history (`getRemoteHistoryMessages`, `loadMessages` with REMOTE) of a channel, as the member may read it.
remoteHistoryProviders.set(ConversationType.ULTRA_GROUP, (cloud, viewerId, targetId, channelId) => {
  const area = ultraGroups(cloud);
  const code = area.access(targetId, channelId, viewerId);
  if (code !== RC.SUCCESS) return { code };
  return { code, value: cloud.history.conversation(UltraGroups.historyKey(targetId, channelId)).filter((m) => area.visibleTo(viewerId, m)) };
});

export function ultraGroups(cloud: Cloud): UltraGroups {
  return cloudArea<UltraGroups>(cloud, ULTRA_GROUP_AREA);
}
