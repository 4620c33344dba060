import { requireFlag, requireId, requireIds, requireMinutes, ServerControl } from './server-control';

/**
 * `world.server` controls for group mutes, what the app server does through the Server API (seed 004
 * L4628-4630): muted members cannot send to the group (22408) but still receive.
 */
declare module './server-control' {
  interface ServerControl {
    /** Mutes members in one group for `minutes` (1..43200). `unmuteInGroup` ends it early. */
    muteInGroup(groupId: string, userIds: string[], minutes: number): void;
    unmuteInGroup(groupId: string, userIds: string[]): void;
    /** Mutes users in every group for `minutes`. */
    muteInAllGroups(userIds: string[], minutes: number): void;
    unmuteInAllGroups(userIds: string[]): void;
    /** Mutes the whole group but the members in `except` (the mute whitelist); `on: false` lifts it. */
    muteGroup(groupId: string, on?: boolean, options?: { except?: string[] }): void;
  }
}

function requireGroup(server: ServerControl, what: string, groupId: unknown): string {
  const id = requireId(what, groupId);
  if (!server.cloud.groups.exists(id)) throw new Error(`${what}: no group ${JSON.stringify(id)}`);
  return id;
}

ServerControl.prototype.muteInGroup = function (this: ServerControl, groupId: string, userIds: string[], minutes: number): void {
  const id = requireGroup(this, 'muteInGroup(groupId)', groupId);
  const users = requireIds('muteInGroup(userIds)', userIds);
  const until = this.cloud.now() + requireMinutes('muteInGroup(minutes)', minutes);
  const muted = this.cloud.groups.rules.muted;
  let members = muted.get(id);
  if (!members) muted.set(id, (members = new Map()));
  for (const userId of users) members.set(userId, until);
};

ServerControl.prototype.unmuteInGroup = function (this: ServerControl, groupId: string, userIds: string[]): void {
  const id = requireGroup(this, 'unmuteInGroup(groupId)', groupId);
  for (const userId of requireIds('unmuteInGroup(userIds)', userIds)) this.cloud.groups.rules.muted.get(id)?.delete(userId);
};

ServerControl.prototype.muteInAllGroups = function (this: ServerControl, userIds: string[], minutes: number): void {
  const users = requireIds('muteInAllGroups(userIds)', userIds);
  const until = this.cloud.now() + requireMinutes('muteInAllGroups(minutes)', minutes);
  for (const userId of users) this.cloud.groups.rules.mutedEverywhere.set(userId, until);
};

ServerControl.prototype.unmuteInAllGroups = function (this: ServerControl, userIds: string[]): void {
  for (const userId of requireIds('unmuteInAllGroups(userIds)', userIds)) this.cloud.groups.rules.mutedEverywhere.delete(userId);
};

ServerControl.prototype.muteGroup = function (this: ServerControl, groupId: string, on = true, options: { except?: string[] } = {}): void {
  const id = requireGroup(this, 'muteGroup(groupId)', groupId);
  requireFlag('muteGroup(on): on', on);
  if (options === null || typeof options !== 'object') throw new TypeError('muteGroup(groupId, on, options): options must be an object like { except }');
  const except = options.except === undefined ? [] : requireIds('muteGroup(options.except)', options.except);
  if (on) this.cloud.groups.rules.mutedAll.set(id, new Set(except));
  else this.cloud.groups.rules.mutedAll.delete(id);
};
