/**
 * `world.snapshot()` and `createWorld({ from: snapshot })`: a versioned, JSON-serialisable copy of a world
 * (clock, rng states, cloud, devices with their engines and local databases) that restores exactly:
 * the restored world, driven the same way, produces the same ids, times and events.
 *
 * What it carries and what it does not:
 * - Taken when the world is settled (no zero-delay work pending: `await world.settle()` first).
 * - Pending timers are carried when the simulator knows them: engine reconnect attempts and connect
 *   deadlines are re-armed at the same virtual times. Any other pending timer (a packet in flight on a link
 *   with latency, a media transfer, a chatroom auto-destroy, a test's own `sleep`) makes snapshot() throw.
 * - Areas carry their state through `SnapshotHooks` (simulator/snapshot/cloud.ts), or as plain data; an
 *   area without hooks that holds state makes snapshot() throw rather than lose it.
 * - Connected engines are restored connected (their cloud sessions re-established, with no events);
 *   engines that are reconnecting keep their schedule.
 * - Not carried: the JS side (wrappers, listeners, callbacks waiting for an answer: re-bind after a
 *   restore) and device event logs (a restored device's log starts with a "restored from snapshot" note).
 */
import type { CloudClient } from './cloud/client';
import type { CloudLimits } from './cloud/cloud';
import { areaTimers, accountsRng, captureCloud, relinkAreas, restoreCloud, restoreSessions, type CloudSnapshot } from './snapshot/cloud';
import { expectFields, NotDataError } from './snapshot/data';
import { captureDevice, engineTimers, restoreDevice, type DeviceSnapshot } from './snapshot/device';
import { DEFAULT_START_TIME, type World, type WorldOptions } from './world';
import { describe } from './describe-value';

export const SNAPSHOT_FORMAT = 'imsim.world';
export const SNAPSHOT_VERSION = 1;

type RngState = [number, number, number, number];

export interface WorldSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** The options the world was created with (its start time included). */
  options: { seed: number; now: number; appKey: string; appSecret: string; limits: CloudLimits; logLimit?: number };
  clock: { now: number; seq: number };
  rng: { world: RngState; cloud: RngState; accounts: RngState };
  cloud: CloudSnapshot;
  devices: DeviceSnapshot[];
}

const WORLD_FIELDS = ['options', 'seed', 'appKey', 'appSecret', 'clock', 'scheduler', 'rng', 'cloudInstance', 'serverControl', 'deviceList', 'deviceById', 'platformCounts', 'errors'];

export function takeSnapshot(world: World): WorldSnapshot {
  expectFields(world, WORLD_FIELDS, 'World');
  const scheduler = world['scheduler'];
  if (scheduler.busy()) {
    throw new Error('world.snapshot(): zero-delay work is pending; await world.settle() first');
  }
  const cloud = world.cloud;
  const options = world['options'];
  const start = options.now ?? DEFAULT_START_TIME;
  let snapshot: WorldSnapshot;
  try {
    snapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      options: { seed: world.seed, now: start, appKey: world.appKey, appSecret: world.appSecret, limits: { ...cloud.limits }, ...(options.logLimit !== undefined ? { logLimit: options.logLimit } : {}) },
      clock: { now: scheduler.now(), seq: scheduler['seq'] },
      rng: { world: world['rng'].state(), cloud: cloud.rng.state(), accounts: accountsRng(cloud).state() },
      cloud: captureCloud(cloud, (client: CloudClient) => client.deviceId, { seed: world.seed, start }),
      devices: world.devices.map(captureDevice),
    };
  } catch (error) {
    if (error instanceof NotDataError) throw new Error(`world.snapshot(): ${error.message}, which a snapshot cannot carry (timers, class instances, functions)`);
    throw error;
  }
  // Every pending timer must be one the restore re-arms.
  const known = world.devices.reduce((n, d) => n + engineTimers(d.engine), 0) + areaTimers(cloud);
  const pending = scheduler.pendingTimers();
  if (pending > known) {
    throw new Error(
      `world.snapshot(): ${pending - known} pending timer(s) cannot be carried by a snapshot (a packet in flight on a link with latency, a delivery retry, ` +
        `a media transfer, a test's own sleep ...); advance the clock until they have run (next at ${String(scheduler.nextTimerTime())})`,
    );
  }
  return snapshot;
}

/** The options a world restored from `snapshot` is built with; `extra` may only repeat them (or set logLimit). */
export function optionsFromSnapshot(snapshot: WorldSnapshot, extra: WorldOptions): WorldOptions {
  if (!snapshot || typeof snapshot !== 'object' || snapshot.format !== SNAPSHOT_FORMAT) {
    throw new TypeError('createWorld({ from }): from must be a snapshot taken with world.snapshot()');
  }
  if (snapshot.version !== SNAPSHOT_VERSION) {
    throw new Error(`createWorld({ from }): snapshot version ${describe(snapshot.version)} is not supported by this imsim (it reads version ${SNAPSHOT_VERSION})`);
  }
  for (const key of ['seed', 'now', 'appKey', 'appSecret', 'limits'] as const) {
    if (extra[key] !== undefined) throw new TypeError(`createWorld({ from }): ${key} comes from the snapshot; leave it out`);
  }
  const { seed, now, appKey, appSecret, limits, logLimit } = snapshot.options;
  return { seed, now, appKey, appSecret, limits, logLimit: extra.logLimit ?? logLimit };
}

/** Fills a world just built from `optionsFromSnapshot(snapshot)` with the snapshot's state. */
export function restoreSnapshot(world: World, snapshot: WorldSnapshot): void {
  const scheduler = world['scheduler'];
  scheduler['currentTime'] = snapshot.clock.now;
  const cloud = world.cloud;
  restoreCloud(cloud, snapshot.cloud);

  const rearm: Array<{ seq: number; run: () => void }> = [];
  for (const snap of snapshot.devices) {
    const device = world.device({ id: snap.id, platform: snap.platform });
    rearm.push(...restoreDevice(device, snap).rearm);
  }
  const clientOf = (deviceId: string): CloudClient => {
    const engine = world.devices.find((d) => d.id === deviceId)?.engine;
    if (!engine) throw new Error(`createWorld({ from }): the snapshot has a session of device ${deviceId}, which has no engine`);
    return engine;
  };
  restoreSessions(cloud, snapshot.cloud, clientOf);
  rearm.push(...relinkAreas(cloud, clientOf));
  // Re-armed in their original order and with their original sequence numbers, so timers due at the same
  // moment run in the same order as in the original world.
  for (const timer of rearm.sort((a, b) => a.seq - b.seq)) {
    scheduler['seq'] = timer.seq - 1;
    timer.run();
  }
  scheduler['seq'] = snapshot.clock.seq;

  world['rng'].restore(snapshot.rng.world);
  cloud.rng.restore(snapshot.rng.cloud);
  accountsRng(cloud).restore(snapshot.rng.accounts);
  for (const device of world.devices) {
    device.log.clear();
    device.log.add('note', 'restored from snapshot', { time: snapshot.clock.now });
  }
}
