/**
 * The cloud's part of a snapshot: accounts and tokens, groups, server history, the offline inbox, planned
 * faults, the UId counter, rate-limit windows, online sessions and the areas.
 */
import type { CloudClient } from '../cloud/client';
import { Cloud } from '../cloud/cloud';
import type { ServerHistory } from '../cloud/history';
import { Rng } from '../core/rng';
import { Scheduler } from '../core/scheduler';
import type { Message } from '../rongcloud/message';
import { decodeData, encodeData, expectFields, fingerprint, isData, restoreInPlace, type Json } from './data';

/** What an area implements to be carried by snapshots (chatrooms, ultra groups ... once they hold state). */
export interface SnapshotHooks {
  snapshot(): Json;
  /** Called on the fresh area of the restored world's cloud; re-arms its own timers. */
  restore(state: Json): void;
  /** Live virtual timers the area owns (so the world can tell every pending timer is accounted for). */
  timers?(): number;
  /**
   * The second step of a restore, for an area that refers to sessions or owns timers: called once the
   * restored devices' sessions are back, with a way to find a device's client. Returns the area's timers
   * to re-arm, each under its original sequence number (the world re-arms all timers in original order).
   */
  relink?(clientOf: (deviceId: string) => CloudClient): RearmedTimer[];
}

/** A timer to re-arm after a restore: `run` schedules it; `seq` is its sequence number in the original world. */
export interface RearmedTimer {
  seq: number;
  run: () => void;
}

/** A pending timer's time and sequence number, for a snapshot (null when none: the scheduler marks cancelled handles instead of dropping them). */
export function pendingTimer(handle: { readonly id: number; readonly time: number } | null): { at: number; seq: number } | null {
  return handle && !(handle as { cancelled?: boolean }).cancelled ? { at: handle.time, seq: handle.id } : null;
}

export type AreaSnapshot = { kind: 'hooks'; state: Json } | { kind: 'data'; state: Json } | { kind: 'pristine' };

export interface CloudSnapshot {
  uidCounter: number;
  users: Json;
  tokens: Json;
  groups: { members: Json; names: Json; rules: Json };
  history: { messages: Json[]; byUId: Array<[string, number]>; byConversation: Array<[string, number[]]> };
  inbox: Array<[string, Array<[number, number]>]>;
  inboxMessages: Json[];
  faults: Json;
  /** Online sessions: user, then (platform class, device id) in login order. */
  sessions: Array<[string, Array<[string, string]>]>;
  sendWindows: Array<[string, number[]]>;
  areas: Record<string, AreaSnapshot>;
}

const CLOUD_FIELDS = ['appKey', 'scheduler', 'rng', 'limits', 'trace', 'accounts', 'sessions', 'groups', 'history', 'inbox', 'faults', 'routers', 'areas', 'sendWindows', 'uidCounter'];

export function hasHooks(area: unknown): area is SnapshotHooks {
  return !!area && typeof (area as SnapshotHooks).snapshot === 'function' && typeof (area as SnapshotHooks).restore === 'function';
}

/** Gives each object an index by identity, so shared rows are shared again after a restore. */
class Table {
  readonly rows: Json[] = [];
  private readonly index = new Map<object, number>();
  add(row: object, path: string): number {
    let i = this.index.get(row);
    if (i === undefined) {
      i = this.rows.length;
      this.index.set(row, i);
      this.rows.push(encodeData(row, path));
    }
    return i;
  }
}

export function captureCloud(cloud: Cloud, deviceIdOf: (client: CloudClient) => string, pristine: { seed: number; start: number }): CloudSnapshot {
  expectFields(cloud, CLOUD_FIELDS, 'Cloud');
  expectFields(cloud.accounts, ['users', 'tokens', 'rng', 'now'], 'Accounts');
  // `byUId` is a getter that indexes the messages not indexed yet: the snapshot reads and restores it whole.
  expectFields(cloud.history, ['uidIndex', 'unindexed', 'byConversation'], 'ServerHistory');
  expectFields(cloud.inbox, ['byUser', 'now', 'retentionMs'], 'OfflineInbox');

  const history = new Table();
  const byUId = [...cloud.history['byUId']].map(([uid, m]) => [uid, history.add(m, `history ${uid}`)] as [string, number]);
  const byConversation = [...cloud.history['byConversation']].map(([key, list]) => [key, list.map((m) => history.add(m, `history ${key}`))] as [string, number[]]);
  const inbox = new Table();
  const inboxEntries = [...cloud.inbox['byUser']].map(([userId, list]) => [userId, list.map((s) => [inbox.add(s.message, `inbox of ${userId}`), s.storedAt])] as [string, Array<[number, number]>]);

  const sessions: CloudSnapshot['sessions'] = [...cloud.sessions['online']].map(([userId, byClass]) => [userId, [...byClass].map(([cls, client]) => [cls, deviceIdOf(client)] as [string, string])]);
  return {
    uidCounter: cloud['uidCounter'],
    users: encodeData(cloud.accounts.users, 'accounts.users'),
    tokens: encodeData(cloud.accounts.tokens, 'accounts.tokens'),
    groups: { members: encodeData(cloud.groups['members'], 'groups'), names: encodeData(cloud.groups.names, 'groups.names'), rules: encodeData(cloud.groups.rules, 'groups.rules') },
    history: { messages: history.rows, byUId, byConversation },
    inbox: inboxEntries,
    inboxMessages: inbox.rows,
    faults: encodeData(cloud.faults['planned'], 'faults'),
    sessions,
    sendWindows: [...cloud['sendWindows']].map(([client, times]) => [deviceIdOf(client), [...times]]),
    areas: captureAreas(cloud, pristine),
  };
}

function captureAreas(cloud: Cloud, pristine: { seed: number; start: number }): Record<string, AreaSnapshot> {
  const out: Record<string, AreaSnapshot> = {};
  let fresh: Cloud | null = null;
  for (const [name, area] of cloud.areas) {
    if (hasHooks(area)) {
      out[name] = { kind: 'hooks', state: area.snapshot() };
    } else if (isData(area)) {
      out[name] = { kind: 'data', state: encodeData(area) };
    } else {
      // An area without hooks is carried only while it holds nothing: compare it with a freshly built one.
      fresh ??= pristineCloud(cloud, pristine);
      if (fingerprint(area, externalsOf(cloud)) !== fingerprint(fresh.areas.get(name), externalsOf(fresh))) {
        throw new Error(
          `world.snapshot(): cloud area "${name}" holds state and has no snapshot()/restore() hooks (see SnapshotHooks in simulator/snapshot/cloud.ts)`,
        );
      }
      out[name] = { kind: 'pristine' };
    }
  }
  return out;
}

/** A cloud built exactly as World builds its own, before anything happened to it. */
function pristineCloud(cloud: Cloud, pristine: { seed: number; start: number }): Cloud {
  return new Cloud(cloud.appKey, new Scheduler(pristine.start, () => undefined), new Rng(pristine.seed).fork(), cloud.limits, () => undefined);
}

function externalsOf(cloud: Cloud): Map<object, string> {
  const externals = new Map<object, string>([[cloud, 'cloud']]);
  for (const [key, value] of Object.entries(cloud)) if (value && typeof value === 'object' && key !== 'areas') externals.set(value, `cloud.${key}`);
  return externals;
}

/** Live timers the areas own, for the world's "every pending timer is accounted for" check. */
export function areaTimers(cloud: Cloud): number {
  let n = 0;
  for (const area of cloud.areas.values()) if (hasHooks(area)) n += area.timers?.() ?? 0;
  return n;
}

/** Everything but sessions and send windows, which need the restored devices. */
export function restoreCloud(cloud: Cloud, snap: CloudSnapshot): void {
  cloud['uidCounter'] = snap.uidCounter;
  restoreInPlace(cloud.accounts.users, decodeData(snap.users));
  restoreInPlace(cloud.accounts.tokens, decodeData(snap.tokens));
  restoreInPlace(cloud.groups['members'], decodeData(snap.groups.members));
  restoreInPlace(cloud.groups.names, decodeData(snap.groups.names));
  restoreInPlace(cloud.groups.rules, decodeData(snap.groups.rules));
  const history: ServerHistory = cloud.history;
  const rows = snap.history.messages.map((m) => decodeData(m) as Message);
  restoreInPlace(history['byUId'], new Map(snap.history.byUId.map(([uid, i]) => [uid, rows[i]])));
  restoreInPlace(history['byConversation'], new Map(snap.history.byConversation.map(([key, list]) => [key, list.map((i) => rows[i])])));
  const inboxRows = snap.inboxMessages.map((m) => decodeData(m) as Message);
  restoreInPlace(cloud.inbox['byUser'], new Map(snap.inbox.map(([userId, list]) => [userId, list.map(([i, storedAt]) => ({ message: inboxRows[i], storedAt }))])));
  restoreInPlace(cloud.faults['planned'], decodeData(snap.faults));
  for (const [name, area] of Object.entries(snap.areas)) {
    const live = cloud.areas.get(name);
    if (area.kind === 'pristine') continue;
    if (live === undefined) throw new Error(`createWorld({ from }): the snapshot has cloud area "${name}", which is not registered in this build`);
    if (area.kind === 'hooks') {
      if (!hasHooks(live)) throw new Error(`createWorld({ from }): cloud area "${name}" has no restore() hook in this build`);
      live.restore(area.state);
    } else {
      restoreInPlace(live, decodeData(area.state));
    }
  }
}

/** The areas' second restore step (SnapshotHooks.relink), once sessions are back; their timers to re-arm. */
export function relinkAreas(cloud: Cloud, clientOf: (deviceId: string) => CloudClient): RearmedTimer[] {
  const timers: RearmedTimer[] = [];
  for (const area of cloud.areas.values()) if (hasHooks(area) && area.relink) timers.push(...area.relink(clientOf));
  return timers;
}

/** Logs the restored devices' connected engines back in, in the original order, and their send windows. */
export function restoreSessions(cloud: Cloud, snap: CloudSnapshot, clientOf: (deviceId: string) => CloudClient): void {
  for (const [userId, clients] of snap.sessions) {
    for (const [, deviceId] of clients) cloud.sessions.login(userId, clientOf(deviceId), { reconnect: false, kickReconnectDevice: false });
  }
  for (const [deviceId, times] of snap.sendWindows) cloud['sendWindows'].set(clientOf(deviceId), [...times]);
}

/** The Rng inside Accounts (private there). */
export function accountsRng(cloud: Cloud): Rng {
  return cloud.accounts['rng'];
}
