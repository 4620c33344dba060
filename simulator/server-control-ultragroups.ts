/**
 * `world.server` controls and views for ultra groups. Groups, members and channels exist only through the
 * app server (seed 004 L5630-5660: the client SDK has no API for them). Methods return the Server API's
 * code (0, or 24410 / 24412 / 24413 / 24414 / 24406) for rule outcomes, and throw for malformed arguments.
 */
import { MAX_CHANNEL_ID_LENGTH, UltraGroups, ultraGroups, type UltraGroupLimits } from './cloud/ultragroups';
import { RC } from './codes';
import { describe } from './describe-value';
import { ConversationType, MessageType } from './rongcloud/enums';
import { blankMessage, cloneMessage, type Message } from './rongcloud/message';
import { requireId, requireIds, ServerControl } from './server-control';

export interface UltraGroupOptions {
  name?: string;
  /** Public channels to create with the group (the default channel '' always exists). */
  channels?: string[];
}

declare module './server-control' {
  interface ServerControl {
    /** Creates an ultra group with members (24412 when one is in too many groups already). */
    createUltraGroup(groupId: string, memberIds: string[], options?: UltraGroupOptions): number;
    dismissUltraGroup(groupId: string): number;
    joinUltraGroup(groupId: string, memberIds: string[]): number;
    quitUltraGroup(groupId: string, memberIds: string[]): number;
    /** Creates a channel (24413 beyond the per-group limit). */
    createUltraGroupChannel(groupId: string, channelId: string, options?: { private?: boolean }): number;
    removeUltraGroupChannel(groupId: string, channelId: string): number;
    setUltraGroupChannelPrivate(groupId: string, channelId: string, isPrivate: boolean): number;
    addUltraGroupChannelMembers(groupId: string, channelId: string, memberIds: string[]): number;
    removeUltraGroupChannelMembers(groupId: string, channelId: string, memberIds: string[]): number;
    /** Changes this world's ultra-group limits (groups per user, channels, channel send rate, typing batch ...). */
    setUltraGroupLimits(limits: Partial<UltraGroupLimits>): void;
    /** Posts a message into a channel as the app server (no membership or channel rate check). */
    sendUltraGroupMessage(groupId: string, channelId: string, fromUserId: string, text: string): { code: number; messageUId?: string };

    ultraGroupMembers(groupId: string): string[];
    ultraGroupChannels(groupId: string): string[];
    ultraGroupsOf(userId: string): string[];
    /** Server history of a channel (copies), as stored: edits, expansions and recall notices included. */
    ultraGroupHistory(groupId: string, channelId?: string): Message[];
    /** The default DND levels as set (1 = NONE = not set) and the one that applies to the channel. */
    ultraGroupDefaultLevels(groupId: string, channelId?: string): { group: number; channel: number; effective: number } | null;
    /** When the user last synced the read state of a channel (syncUltraGroupReadStatus), if ever. */
    ultraGroupReadTime(userId: string, groupId: string, channelId?: string): number | undefined;
  }
}

const id = (what: string, value: unknown): string => requireId(what, value, 'RongCloud id limit');
const ids = (what: string, values: unknown): string[] => requireIds(what, values, 'RongCloud id limit', 'user ids');

function channelId(what: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string ('' = the default channel), got ${describe(value)}`);
  if (value.length > MAX_CHANNEL_ID_LENGTH) throw new RangeError(`${what} must be at most ${MAX_CHANNEL_ID_LENGTH} characters`);
  return value;
}

const area = (server: ServerControl) => ultraGroups(server.cloud);

ServerControl.prototype.createUltraGroup = function (this: ServerControl, groupId, memberIds, options = {}) {
  id('createUltraGroup(groupId)', groupId);
  const members = ids('createUltraGroup(memberIds)', memberIds);
  const channels = (options.channels ?? []).map((c, i) => channelId(`createUltraGroup(options.channels[${i}])`, c));
  const ug = area(this);
  if (ug.groups.has(groupId)) throw new Error(`createUltraGroup: ultra group ${JSON.stringify(groupId)} already exists`);
  const code = ug.create(groupId, members, options.name ?? groupId);
  if (code !== RC.SUCCESS) return code;
  for (const c of channels) {
    const made = ug.createChannel(groupId, c, false);
    if (made !== RC.SUCCESS) return made;
  }
  return RC.SUCCESS;
};

ServerControl.prototype.dismissUltraGroup = function (this: ServerControl, groupId) {
  return area(this).dismiss(id('dismissUltraGroup(groupId)', groupId));
};

ServerControl.prototype.joinUltraGroup = function (this: ServerControl, groupId, memberIds) {
  return area(this).join(id('joinUltraGroup(groupId)', groupId), ids('joinUltraGroup(memberIds)', memberIds));
};

ServerControl.prototype.quitUltraGroup = function (this: ServerControl, groupId, memberIds) {
  return area(this).quit(id('quitUltraGroup(groupId)', groupId), ids('quitUltraGroup(memberIds)', memberIds));
};

ServerControl.prototype.createUltraGroupChannel = function (this: ServerControl, groupId, channel, options = {}) {
  const c = channelId('createUltraGroupChannel(channelId)', channel);
  if (c === '') throw new RangeError("createUltraGroupChannel: '' is the default channel, which always exists");
  return area(this).createChannel(id('createUltraGroupChannel(groupId)', groupId), c, options.private === true);
};

ServerControl.prototype.removeUltraGroupChannel = function (this: ServerControl, groupId, channel) {
  return area(this).removeChannel(id('removeUltraGroupChannel(groupId)', groupId), channelId('removeUltraGroupChannel(channelId)', channel));
};

ServerControl.prototype.setUltraGroupChannelPrivate = function (this: ServerControl, groupId, channel, isPrivate) {
  if (typeof isPrivate !== 'boolean') throw new TypeError('setUltraGroupChannelPrivate: isPrivate must be a boolean');
  return area(this).setChannelPrivate(id('setUltraGroupChannelPrivate(groupId)', groupId), channelId('setUltraGroupChannelPrivate(channelId)', channel), isPrivate);
};

ServerControl.prototype.addUltraGroupChannelMembers = function (this: ServerControl, groupId, channel, memberIds) {
  return area(this).addChannelMembers(id('addUltraGroupChannelMembers(groupId)', groupId), channelId('addUltraGroupChannelMembers(channelId)', channel),
    ids('addUltraGroupChannelMembers(memberIds)', memberIds));
};

ServerControl.prototype.removeUltraGroupChannelMembers = function (this: ServerControl, groupId, channel, memberIds) {
  return area(this).removeChannelMembers(id('removeUltraGroupChannelMembers(groupId)', groupId), channelId('removeUltraGroupChannelMembers(channelId)', channel),
    ids('removeUltraGroupChannelMembers(memberIds)', memberIds));
};

ServerControl.prototype.setUltraGroupLimits = function (this: ServerControl, limits) {
  if (limits === null || typeof limits !== 'object') throw new TypeError('setUltraGroupLimits(limits): limits must be an object');
  const target = area(this).limits;
  for (const [key, value] of Object.entries(limits)) {
    if (!(key in target)) throw new TypeError(`setUltraGroupLimits: unknown limit ${JSON.stringify(key)}`);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new RangeError(`setUltraGroupLimits: ${key} must be an integer >= 0`);
    target[key as keyof UltraGroupLimits] = value;
  }
};

ServerControl.prototype.sendUltraGroupMessage = function (this: ServerControl, groupId, channel, fromUserId, text) {
  const message = blankMessage(ConversationType.ULTRA_GROUP, id('sendUltraGroupMessage(groupId)', groupId),
    channelId('sendUltraGroupMessage(channelId)', channel), MessageType.TEXT);
  message.senderUserId = id('sendUltraGroupMessage(fromUserId)', fromUserId);
  if (typeof text !== 'string') throw new TypeError('sendUltraGroupMessage(text): text must be a string');
  message.text = text;
  const result = this.cloud.send(null, fromUserId, message, { fromServer: true });
  return { code: result.code, messageUId: result.message?.messageUId };
};

ServerControl.prototype.ultraGroupMembers = function (this: ServerControl, groupId) {
  return [...(area(this).groups.get(groupId)?.members.keys() ?? [])].sort();
};

ServerControl.prototype.ultraGroupChannels = function (this: ServerControl, groupId) {
  return [...(area(this).groups.get(groupId)?.channels.keys() ?? [])].sort();
};

ServerControl.prototype.ultraGroupsOf = function (this: ServerControl, userId) {
  return area(this).groupsOf(userId);
};

ServerControl.prototype.ultraGroupHistory = function (this: ServerControl, groupId, channel = '') {
  return this.cloud.history.conversation(UltraGroups.historyKey(id('ultraGroupHistory(groupId)', groupId), channelId('ultraGroupHistory(channelId)', channel))).map(cloneMessage);
};

ServerControl.prototype.ultraGroupDefaultLevels = function (this: ServerControl, groupId, channel = '') {
  const ug = area(this);
  const group = ug.groups.get(groupId);
  const found = group?.channels.get(channel);
  if (!group || !found) return null;
  return { group: group.defaultLevel, channel: found.defaultLevel, effective: ug.effectiveDefaultLevel(groupId, channel) };
};

ServerControl.prototype.ultraGroupReadTime = function (this: ServerControl, userId, groupId, channel = '') {
  return area(this).readTime(id('ultraGroupReadTime(userId)', userId), id('ultraGroupReadTime(groupId)', groupId), channelId('ultraGroupReadTime(channelId)', channel));
};
