import type { PlatformClass } from '../cloud/client';
import type { Cloud } from '../cloud/cloud';
import type { Rng } from '../core/rng';
import type { Scheduler } from '../core/scheduler';
import type { Platform } from '../facades/rn/args';
import { RnFacade } from '../facades/rn/native-module';
import type { RongCloudEngine } from '../rongcloud/engine';
import type { LocalStore } from '../rongcloud/local-store';
import { DeviceEmitter } from './emitter';
import { EventLog } from './event-log';
import { DeviceNetwork } from './network';

export type { Platform };

export interface DeviceOptions {
  platform?: Platform;
  /** A readable id for logs (default `<platform>-<n>`). */
  id?: string;
}

export interface DeviceWorld {
  readonly scheduler: Scheduler;
  readonly cloud: Cloud;
  readonly rng: Rng;
  readonly logLimit: number;
  reportError(error: unknown, where: string): void;
}

const platformClasses: Record<Platform, PlatformClass> = { android: 'mobile', ios: 'mobile', web: 'web', miniprogram: 'miniprogram' };

/**
 * One simulated phone (or browser, or mini-program): its link to the cloud, its event log, and the
 * RN native module with its emitter.
 */
export class Device {
  readonly platformClass: PlatformClass;
  readonly network: DeviceNetwork;
  readonly log: EventLog;
  /** The phone's storage: local databases per user survive the app destroying and re-creating its engine. */
  readonly databases = new Map<string, LocalStore>();
  readonly rn: { readonly native: Record<string, (...args: unknown[]) => unknown>; readonly emitter: DeviceEmitter; readonly facade: RnFacade };

  constructor(readonly id: string, readonly platform: Platform, world: DeviceWorld) {
    this.platformClass = platformClasses[platform];
    this.log = new EventLog(() => this.label(), () => world.scheduler.now(), world.logLimit);
    const rng = world.rng.fork();
    this.network = new DeviceNetwork(world.scheduler, rng, (name, data) => this.log.add('net', name, data));
    const emitter = new DeviceEmitter((error, eventName) => world.reportError(error, `a JS listener of ${eventName} on ${id}`));
    const facade = new RnFacade({
      platform,
      scheduler: world.scheduler,
      emitter,
      log: this.log,
      hostFor: (emit) => ({
        deviceId: id,
        platformClass: this.platformClass,
        pushChannel: platform === 'ios' ? 'apns' : 'vendor',
        scheduler: world.scheduler,
        cloud: world.cloud,
        network: this.network,
        rng,
        databases: this.databases,
        trace: (kind, name, data) => this.log.add(kind, name, data),
        emit,
      }),
    });
    this.rn = { native: facade.native, emitter, facade };
  }

  /** The engine the app created on this device (null before `create` or after `destroy`). */
  get engine(): RongCloudEngine | null {
    return this.rn.facade.engine;
  }

  /** The user signed in on this device ('' when none). */
  get userId(): string {
    return this.engine?.userId ?? '';
  }

  label(): string {
    return this.userId ? `${this.id}(${this.userId})` : this.id;
  }
}
