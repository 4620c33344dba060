import { Cloud, defaultCloudLimits, type CloudLimits } from './cloud/cloud';
import { Rng } from './core/rng';
import { Scheduler } from './core/scheduler';
import { Device, type DeviceOptions, type Platform } from './device/device';
import { ServerControl } from './server-control';
import './faults/server-faults';
import { describe } from './describe-value';
import { checkDeviceOptions, checkWorldOptions } from './world-options';
import { optionsFromSnapshot, restoreSnapshot, takeSnapshot, type WorldSnapshot } from './snapshot';
import './server-control-groups';

export interface WorldOptions {
  /** The only source of randomness: same seed and same calls give the same ids, times and events. */
  seed?: number;
  /** Virtual start time, ms since the epoch (default 2024-01-01T00:00:00Z). */
  now?: number;
  appKey?: string;
  appSecret?: string;
  limits?: Partial<CloudLimits>;
  /** Entries kept per device log (older ones are dropped). */
  logLimit?: number;
  /** Restores a `world.snapshot()`: the seed, start time, keys and limits come from it (see simulator/snapshot.ts). */
  from?: WorldSnapshot;
}

export const DEFAULT_START_TIME = Date.UTC(2024, 0, 1);
const platforms: readonly Platform[] = ['android', 'ios', 'web', 'miniprogram'];

/** The virtual clock as tests see it. */
export interface WorldClock {
  now(): number;
  /** Moves virtual time forward, running everything that falls due, in order. */
  advance(ms: number): Promise<void>;
  /** Time of the next scheduled timer, if any. */
  nextTimer(): number | undefined;
}

/** A whole simulated deployment in one process: the cloud, the devices and the virtual clock. */
export class World {
  readonly seed: number;
  readonly appKey: string;
  readonly appSecret: string;
  readonly clock: WorldClock;
  private scheduler!: Scheduler;
  private rng!: Rng;
  private cloudInstance!: Cloud;
  private serverControl!: ServerControl;
  private deviceList: Device[] = [];
  private readonly deviceById = new Map<string, Device>();
  private readonly platformCounts = new Map<Platform, number>();
  private readonly errors: Array<{ error: unknown; where: string }> = [];

  constructor(private readonly options: WorldOptions = {}) {
    options = this.options = checkWorldOptions(options);
    const from = options.from;
    if (from !== undefined) this.options = options = readSnapshotOptions(from, options);
    const seed = options.seed ?? 1;
    if (!Number.isInteger(seed)) throw new TypeError(`createWorld({ seed }): seed must be an integer, got ${describe(seed)}`);
    if (options.now !== undefined && !Number.isFinite(options.now)) throw new TypeError(`createWorld({ now }): now must be a finite number of ms, got ${describe(options.now)}`);
    for (const key of ['appKey', 'appSecret'] as const) {
      const v = options[key];
      if (v !== undefined && (typeof v !== 'string' || v.length === 0)) throw new TypeError(`createWorld({ ${key} }): must be a non-empty string`);
    }
    this.seed = seed;
    this.appKey = options.appKey ?? 'imsim-app-key';
    this.appSecret = options.appSecret ?? 'imsim-app-secret';
    this.clock = {
      now: () => this.scheduler.now(),
      advance: async (ms) => {
        if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new RangeError(`clock.advance(ms) needs a finite ms >= 0, got ${describe(ms)}`);
        await this.scheduler.advance(ms);
        this.rethrowListenerErrors();
      },
      nextTimer: () => this.scheduler.nextTimerTime(),
    };
    this.build();
    if (from !== undefined) {
      try {
        restoreSnapshot(this, from);
      } catch (error) {
        throw damaged(error);
      }
    }
  }

  /** A JSON-serialisable copy of the world's state; `createWorld({ from })` restores it. Settle first. */
  snapshot(): WorldSnapshot {
    return takeSnapshot(this);
  }

  private build(): void {
    this.rng = new Rng(this.seed);
    this.scheduler = new Scheduler(this.options.now ?? DEFAULT_START_TIME, (error) => this.reportError(error, 'a scheduled task'));
    const limits = { ...defaultCloudLimits, ...this.options.limits };
    this.cloudInstance = new Cloud(this.appKey, this.scheduler, this.rng.fork(), limits, (client, name, data) => {
      const device = client && this.deviceById.get(client.deviceId);
      device?.log.add('cloud', name, data);
    });
    this.serverControl = new ServerControl(this.cloudInstance, this.appSecret, (userId, name, data) => {
      for (const d of this.deviceList) if (d.userId === userId) d.log.add('fault', name, data);
    });
    this.deviceList = [];
    this.deviceById.clear();
    this.platformCounts.clear();
    this.errors.length = 0;
  }

  /** The cloud as tests drive it: tokens, users, groups, faults and views for assertions. */
  get server(): ServerControl {
    return this.serverControl;
  }

  /** The cloud's internals, for area modules and advanced assertions. */
  get cloud(): Cloud {
    return this.cloudInstance;
  }

  get devices(): readonly Device[] {
    return this.deviceList;
  }

  device(options: DeviceOptions = {}): Device {
    options = checkDeviceOptions(options);
    const platform = options.platform ?? 'android';
    if (!platforms.includes(platform)) throw new TypeError(`world.device({ platform }): platform must be one of ${platforms.join(', ')}, got ${describe(platform)}`);
    let count = (this.platformCounts.get(platform) ?? 0) + 1;
    // Skip numbers a test already used as explicit ids.
    while (options.id === undefined && this.deviceById.has(`${platform}-${count}`)) count++;
    const id = options.id ?? `${platform}-${count}`;
    if (typeof id !== 'string' || id.length === 0) throw new TypeError('world.device({ id }): id must be a non-empty string');
    if (this.deviceById.has(id)) throw new Error(`world.device: a device with id "${id}" already exists`);
    this.platformCounts.set(platform, count);
    const device = new Device(id, platform, {
      scheduler: this.scheduler,
      cloud: this.cloudInstance,
      rng: this.rng,
      logLimit: this.options.logLimit ?? 100_000,
      reportError: (error, where) => this.reportError(error, where),
    });
    this.deviceList.push(device);
    this.deviceById.set(id, device);
    return device;
  }

  /** Resolves once no zero-delay work is pending. Timed work still waits for `clock.advance`. */
  async settle(): Promise<void> {
    await this.scheduler.settle();
    this.rethrowListenerErrors();
  }

  /**
   * A JS listener that threw inside an event (an assertion in a handler, say) would otherwise go unseen,
   * as on a device it would raise a red box: the next settle/advance throws it.
   */
  private rethrowListenerErrors(): void {
    if (this.errors.length === 0) return;
    const [first, ...rest] = this.errors.splice(0);
    const error = first.error instanceof Error ? first.error : new Error(String(first.error));
    error.message = `${error.message}\n  (thrown by ${first.where}${rest.length ? `; ${rest.length} more error(s) after it` : ''})`;
    throw error;
  }

  /** Takes the errors JS listeners threw since the last settle/advance, instead of having them thrown. */
  takeErrors(): Array<{ error: unknown; where: string }> {
    return this.errors.splice(0);
  }

  /** A fresh world with the same options, in place: cloud, clock and devices start over. */
  reset(): void {
    for (const device of this.deviceList) device.engine?.destroy();
    this.build();
  }

  private reportError(error: unknown, where: string): void {
    this.errors.push({ error, where });
  }
}

/** A snapshot that passes the format check but cannot be read is reported as such, not as an internal crash. */
function readSnapshotOptions(from: WorldSnapshot, options: WorldOptions): WorldOptions {
  try {
    return optionsFromSnapshot(from, options);
  } catch (error) {
    throw damaged(error);
  }
}

function damaged(error: unknown): Error {
  if (error instanceof Error && error.message.startsWith('createWorld')) return error;
  return new Error(`createWorld({ from }): the snapshot cannot be restored (damaged or edited?): ${error instanceof Error ? error.message : String(error)}`);
}

export function createWorld(options: WorldOptions = {}): World {
  return new World(options);
}
