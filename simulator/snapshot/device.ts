/**
 * A device's part of a snapshot: its link settings, its rng, and the engine the app created (connection
 * state, reconnect schedule, local databases, per-area client state). The JS side (wrapper, listeners,
 * callbacks waiting for an answer) is not device state: after a restore the app binds anew.
 */
import type { Device } from '../device/device';
import type { Platform } from '../facades/rn/args';
import type { RongCloudEngine } from '../rongcloud/engine';
import type { EngineOptions } from '../rongcloud/host';
import { decodeData, encodeData, expectFields, isData, isPlainObject, type Json } from './data';
import { pendingTimer } from './cloud';
import { captureStore, restoreStore, type StoreSnapshot } from './local-store';

type RngState = [number, number, number, number];

export interface EngineSnapshot {
  appKey: string;
  options: Json;
  userId: string;
  status: number;
  phase: string;
  token: string;
  attemptIndex: number;
  everConnected: boolean;
  /** Virtual time (and original order) of the pending reconnect attempt / connect deadline. */
  retry: { at: number; seq: number } | null;
  deadline: { at: number; seq: number } | null;
  /** Per-area client state that is plain data (areas create their state on first use). */
  areas: Record<string, Json>;
}

export interface DeviceSnapshot {
  id: string;
  platform: Platform;
  rng: RngState;
  network: { up: boolean; latencyMs: number; loss: number; generation: number };
  /** The phone's local databases: they belong to the device and outlive engines. */
  databases: StoreSnapshot[];
  engine: EngineSnapshot | null;
}

const ENGINE_FIELDS = [
  'host', 'appKey', 'options', 'deviceId', 'platformClass', 'status', 'userId', 'phase', 'token', 'pendingConnect', 'connectDeadline',
  'retryTimer', 'attemptIndex', 'retryGeneration', 'everConnected', 'destroyed', 'databases', 'unsubscribeNetwork', 'areas',
];

export function captureDevice(device: Device): DeviceSnapshot {
  expectFields(device, ['id', 'platform', 'platformClass', 'network', 'log', 'databases', 'rn'], 'Device');
  expectFields(device.rn.facade, ['deps', 'native', 'engine'], 'RnFacade');
  const network = device.network;
  expectFields(network, ['scheduler', 'rng', 'trace', 'upNow', 'latencyMs', 'lossRate', 'generation', 'listeners'], 'DeviceNetwork');
  return {
    id: device.id,
    platform: device.platform,
    rng: network['rng'].state(),
    network: { up: network['upNow'], latencyMs: network['latencyMs'], loss: network['lossRate'], generation: network['generation'] },
    databases: [...device.databases.values()].map(captureStore),
    engine: device.engine ? captureEngine(device.engine) : null,
  };
}


function captureEngine(engine: RongCloudEngine): EngineSnapshot {
  expectFields(engine, ENGINE_FIELDS, 'RongCloudEngine');
  const areas: EngineSnapshot['areas'] = {};
  for (const [name, area] of engine.areas) {
    if (isData(area)) areas[name] = encodeData(area);
    else if (!isEmptyState(area)) {
      // Timers or class instances (a media transfer, a typing expiry): not state a snapshot can carry.
      encodeData(area, `device ${engine.deviceId}: engine area "${name}"`);
    }
    // An empty class-based area is created again on first use: absent is the same.
  }
  return {
    appKey: engine.appKey,
    options: encodeData(engine.options, 'engine options'),
    userId: engine.userId,
    status: engine.status,
    phase: engine['phase'],
    token: engine['token'],
    attemptIndex: engine['attemptIndex'],
    everConnected: engine['everConnected'],
    retry: pendingTimer(engine['retryTimer']),
    deadline: pendingTimer(engine['connectDeadline']),
    areas,
  };
}

/** A class-based area whose containers are all empty holds nothing (it is created again when needed). */
function isEmptyState(area: unknown): boolean {
  if (!area || typeof area !== 'object' || isPlainObject(area)) return false;
  return Object.values(area).every((v) => (v instanceof Map || v instanceof Set ? v.size === 0 : Array.isArray(v) ? v.length === 0 : typeof v !== 'object'));
}

/** Live engine timers (for the "every pending timer is accounted for" check). */
export function engineTimers(engine: RongCloudEngine | null): number {
  if (!engine) return 0;
  let n = pendingTimer(engine['retryTimer']) ? 1 : 0;
  if (pendingTimer(engine['connectDeadline'])) n++;
  return n;
}

/** Rebuilds the device's state on a device the restored world just created with the same id and platform. */
export function restoreDevice(device: Device, snap: DeviceSnapshot): { rearm: Array<{ seq: number; run: () => void }> } {
  const network = device.network;
  network['upNow'] = snap.network.up;
  network['latencyMs'] = snap.network.latencyMs;
  network['lossRate'] = snap.network.loss;
  network['generation'] = snap.network.generation;
  const rearm: Array<{ seq: number; run: () => void }> = [];
  for (const store of snap.databases) device.databases.set(store.userId, restoreStore(store));
  if (snap.engine) {
    // The facade's own create path: the engine is wired to this device exactly as the app's create wires it.
    void device.rn.native.create(snap.engine.appKey, snap.engine.options as EngineOptions);
    const engine = device.engine!;
    const e = snap.engine;
    engine.userId = e.userId;
    engine.status = e.status as RongCloudEngine['status'];
    engine['phase'] = e.phase as RongCloudEngine['phase'];
    engine['token'] = e.token;
    engine['attemptIndex'] = e.attemptIndex;
    engine['everConnected'] = e.everConnected;
    for (const [name, area] of Object.entries(e.areas)) engine.areas.set(name, decodeData(area));
    const scheduler = engine.host.scheduler;
    if (e.retry) {
      const { at } = e.retry;
      rearm.push({
        seq: e.retry.seq,
        run: () => {
          // As the engine's own scheduleAttempt does: a newer schedule (generation) cancels this one.
          const generation = ++engine['retryGeneration'];
          engine['retryTimer'] = scheduler.at(at, () => {
            if (generation === engine['retryGeneration']) engine['attempt']();
          });
        },
      });
    }
    if (e.deadline) {
      const { at } = e.deadline;
      rearm.push({ seq: e.deadline.seq, run: () => (engine['connectDeadline'] = scheduler.at(at, () => engine['connectTimedOut']())) });
    }
  }
  network['rng'].restore(snap.rng);
  return { rearm };
}
