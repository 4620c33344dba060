import type { PlatformClass } from '../cloud/client';
import type { Cloud } from '../cloud/cloud';
import type { Rng } from '../core/rng';
import type { Scheduler } from '../core/scheduler';
import type { DeviceNetwork } from '../device/network';
import type { LogKind } from '../device/event-log';
import type { LocalStore } from './local-store';

/** What an engine needs from the device it runs on and the facade that speaks for it. */
export interface EngineHost {
  readonly deviceId: string;
  readonly platformClass: PlatformClass;
  /** How the phone gets remote pushes: APNs on iOS (it needs a device token), a vendor channel elsewhere. */
  readonly pushChannel?: 'apns' | 'vendor';
  readonly scheduler: Scheduler;
  readonly cloud: Cloud;
  readonly network: DeviceNetwork;
  readonly rng: Rng;
  /** Local databases by user id, kept by the device across engines. */
  readonly databases?: Map<string, LocalStore>;
  trace(kind: LogKind, name: string, data?: unknown): void;
  /** A spontaneous listener event for the app (`onMessageReceived`, `onConnectionStatusChanged` ...). */
  emit(event: string, payload: Record<string, unknown>): void;
}

/**
 * How an operation reports its outcome: one call per callback, named as the RN per-call callbacks are
 * (`onConnected`, `onMessageSent`, `onSuccess` ...). The facade turns it into its SDK's events. The payload
 * must be a fresh object (a literal): the facade takes it over as the event, without copying it.
 */
export type Reply = (callback: string, payload: Record<string, unknown>) => void;

/** Options the app passes when it creates the engine (RN `RCIMIWEngineOptions`). */
export interface EngineOptions {
  kickReconnectDevice?: boolean;
  naviServer?: string;
  fileServer?: string;
  statisticServer?: string;
  pushOptions?: Record<string, unknown>;
  compressOptions?: Record<string, unknown>;
  [key: string]: unknown;
}
