import type { Cloud } from './cloud/cloud';
import { RC } from './codes';
import { describe } from './describe-value';
import { checkOperation } from './faults/operations';

/** An id of the Server API's kind: a non-empty string of at most 64 characters (`limit` names whose limit). */
export function requireId(what: string, value: unknown, limit = 'RongCloud user/group id limit'): string {
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${what} must be a non-empty string, got ${describe(value)}`);
  if (value.length > 64) throw new RangeError(`${what} must be at most 64 characters (${limit})`);
  return value;
}

export function requireFlag(what: string, on: unknown): boolean {
  if (typeof on !== 'boolean') throw new TypeError(`${what} must be a boolean`);
  return on;
}

/** Mute and ban lengths of the Server API: whole minutes, at most 30 days. Returns milliseconds. */
export const MAX_RULE_MINUTES = 43_200;

export function requireMinutes(what: string, minutes: unknown): number {
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_RULE_MINUTES) {
    throw new RangeError(`${what} must be a whole number of minutes in 1..${MAX_RULE_MINUTES}, got ${describe(minutes)}`);
  }
  return minutes * 60_000;
}

export function requireIds(what: string, values: unknown, limit?: string, of = 'ids'): string[] {
  if (!Array.isArray(values)) throw new TypeError(`${what} must be an array of ${of}`);
  return values.map((v, i) => requireId(`${what}[${i}]`, v, limit));
}

/**
 * `world.server`: what an app server (through the Server API) or an operator can do to the cloud, plus
 * read-only views for assertions. Every fault shows up in the affected devices' logs.
 */
export class ServerControl {
  constructor(
    readonly cloud: Cloud,
    readonly appSecret: string,
    private readonly traceUser: (userId: string, name: string, data?: unknown) => void,
  ) {}

  /** What `/user/getToken.json` returns: a token that connects as `userId` (optionally expiring). */
  issueToken(userId: string, options: { ttlMs?: number } = {}): string {
    requireId('issueToken(userId)', userId);
    if (options === null || typeof options !== 'object') throw new TypeError('issueToken(userId, options): options must be an object like { ttlMs }');
    if (options.ttlMs !== undefined && !(Number.isFinite(options.ttlMs) && options.ttlMs > 0)) throw new RangeError('issueToken: ttlMs must be a positive number');
    return this.cloud.accounts.issueToken(userId, this.cloud.appKey, options.ttlMs ?? null);
  }

  /** Makes one token invalid (a later connect with it gets 31004). */
  invalidateToken(token: string): void {
    const record = this.cloud.accounts.tokens.get(token);
    if (!record) throw new Error(`invalidateToken: unknown token ${describe(token)}`);
    record.revoked = true;
    this.traceUser(record.userId, 'token invalidated');
  }

  /** Expires every token of a user now: connected devices stay online; the next connect or reconnect gets 31004. */
  expireToken(userId: string): void {
    requireId('expireToken(userId)', userId);
    const now = this.cloud.now();
    for (const record of this.cloud.accounts.tokens.values()) if (record.userId === userId) record.expiresAt = now;
    this.traceUser(userId, 'tokens expired');
  }

  /** Bans a user for some minutes: online devices drop with CONN_USER_BLOCKED; connects get 31009. */
  blockUser(userId: string, minutes: number): void {
    requireId('blockUser(userId)', userId);
    if (!(Number.isFinite(minutes) && minutes > 0)) throw new RangeError('blockUser: minutes must be a positive number');
    this.cloud.accounts.user(userId).blockedUntil = this.cloud.now() + minutes * 60_000;
    this.traceUser(userId, 'user blocked', { minutes });
    this.cloud.endSessions(userId, RC.CONN_USER_BLOCKED);
  }

  unblockUser(userId: string): void {
    requireId('unblockUser(userId)', userId);
    this.cloud.accounts.user(userId).blockedUntil = null;
    this.traceUser(userId, 'user unblocked');
  }

  /** Server-side kick: every online device of the user goes offline with 31010 and does not reconnect. */
  kick(userId: string): number {
    requireId('kick(userId)', userId);
    this.traceUser(userId, 'kicked by the server');
    return this.cloud.endSessions(userId, RC.DISCONN_KICK);
  }

  /**
   * Makes the cloud answer `code` to the next matching requests, named after the native method that makes
   * them ('connect', 'sendMessage', 'joinChatRoom', 'recallMessage' ...; see docs/fault-injection.md).
   */
  failNext(operation: string, code: number, options: { times?: number; userId?: string } = {}): void {
    checkOperation('failNext(operation, code)', operation);
    if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new TypeError('failNext(operation, code, options): options must be an object like { times, userId }');
    if (options.userId !== undefined) requireId('failNext: options.userId', options.userId);
    this.cloud.faults.failNext(operation, code, options);
    if (options.userId) this.traceUser(options.userId, 'planned failure', { operation, code, times: options.times ?? 1 });
  }

  createGroup(groupId: string, memberIds: string[], name?: string): void {
    requireId('createGroup(groupId)', groupId);
    const members = requireIds('createGroup(memberIds)', memberIds);
    for (const id of members) this.cloud.accounts.user(id);
    this.cloud.groups.create(groupId, members, name);
  }

  joinGroup(groupId: string, memberIds: string[]): void {
    if (!this.cloud.groups.join(requireId('joinGroup(groupId)', groupId), requireIds('joinGroup(memberIds)', memberIds))) {
      throw new Error(`joinGroup: no group ${JSON.stringify(groupId)}`);
    }
  }

  quitGroup(groupId: string, memberIds: string[]): void {
    if (!this.cloud.groups.quit(requireId('quitGroup(groupId)', groupId), requireIds('quitGroup(memberIds)', memberIds))) {
      throw new Error(`quitGroup: no group ${JSON.stringify(groupId)}`);
    }
  }

  dismissGroup(groupId: string): void {
    if (!this.cloud.groups.dismiss(requireId('dismissGroup(groupId)', groupId))) throw new Error(`dismissGroup: no group ${JSON.stringify(groupId)}`);
  }

  // ---- views ----

  groupMembers(groupId: string): string[] {
    return this.cloud.groups.membersOf(groupId);
  }

  onlineUsers(): string[] {
    return this.cloud.sessions.onlineUsers();
  }

  /** Device ids of a user's online sessions. */
  sessionsOf(userId: string): string[] {
    return this.cloud.sessions.clientsOf(userId).map((c) => c.deviceId);
  }

  /** Messages the cloud holds for a user who is offline. */
  offlineCount(userId: string): number {
    return this.cloud.inbox.count(userId);
  }

  users(): string[] {
    return [...this.cloud.accounts.users.keys()].sort();
  }
}
