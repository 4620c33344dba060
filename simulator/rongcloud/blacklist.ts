import { RC } from '../codes';
import type { RongCloudEngine } from './engine';
import { BlacklistStatus } from './enums';
import { cloudRequest, type Answer } from './request';

/**
 * The blacklist (seed 004 L913-1087) lives in the cloud, per user (`cloud.accounts.user(id).blacklist`):
 * one-way, private chats only; a blacklisted sender's private messages fail with 405 (routing in
 * cloud.ts). Every operation is a request to the cloud, so it needs a connection.
 */
function blacklistRequest<T>(engine: RongCloudEngine, operation: string, op: (list: Set<string>) => T, done: (answer: Answer<T>) => void): void {
  const cloud = engine.host.cloud;
  const owner = engine.userId;
  cloudRequest<T>(engine, operation, () => ({ code: RC.SUCCESS, value: op(cloud.accounts.user(owner).blacklist) }), done);
}

export function addToBlacklist(engine: RongCloudEngine, userId: string, done: (code: number) => void): void {
  blacklistRequest(engine, 'addToBlacklist', (list) => list.add(userId), (a) => done(a.code));
}

export function removeFromBlacklist(engine: RongCloudEngine, userId: string, done: (code: number) => void): void {
  blacklistRequest(engine, 'removeFromBlacklist', (list) => list.delete(userId), (a) => done(a.code));
}

/** IN_BLACKLIST or NOT_IN_BLACKLIST; UNKNOWN when the request failed. */
export function blacklistStatus(engine: RongCloudEngine, userId: string, done: (code: number, status: number) => void): void {
  blacklistRequest(
    engine,
    'getBlacklistStatus',
    (list) => (list.has(userId) ? BlacklistStatus.IN_BLACKLIST : BlacklistStatus.NOT_IN_BLACKLIST),
    (a) => done(a.code, a.code === RC.SUCCESS ? a.value ?? BlacklistStatus.UNKNOWN : BlacklistStatus.UNKNOWN),
  );
}

/** The caller's blacklist, in the order users were added. */
export function blacklist(engine: RongCloudEngine, done: (code: number, userIds: string[]) => void): void {
  blacklistRequest(engine, 'getBlacklist', (list) => [...list], (a) => done(a.code, a.value ?? []));
}
