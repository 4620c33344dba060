// Public shapes of the conformance harness: what a caller passes in and what the report holds.
import type { Platform } from '../../simulator';

export type { Platform };

export interface Subscription {
  remove(): void;
}

/** The DeviceEventEmitter-like object a wrapper subscribes to; the simulator's `device.rn.emitter` fits. */
export interface EmitterLike {
  addListener(name: string, handler: (data: any) => void): Subscription;
  removeAllListeners(name?: string): void;
  listenerCount(name: string): number;
  emit(name: string, data?: unknown): void;
}

/** What a loader is handed: the native module and emitter the wrapper must use. A simulator `Device` fits. */
export interface DeviceView {
  readonly id: string;
  readonly platform: Platform;
  readonly rn: { readonly native: Record<string, (...args: any[]) => any>; readonly emitter: EmitterLike };
}

/** An engine instance as the harness drives it: methods by name. */
export type EngineInstance = Record<string, (...args: any[]) => any>;

/** The wrapper's `RCIMIWEngine` class (only `create` is used). */
export interface EngineClass {
  create(appKey: string, options?: object): unknown;
}

/** Returns the wrapper's engine class bound to one device: called once per simulated device. */
export type Loader = (device: DeviceView) => EngineClass;

export interface Progress {
  done: number;
  total: number;
  id: string;
  status: CheckStatus;
  ms: number;
}

export interface ConformanceOptions {
  sdk: 'rongcloud-rn';
  load: Loader;
  /** fast-check seed of every check (default 1): same seed, same wrapper, same report. */
  seed?: number;
  /** Runs per property; default: each check's own (see checks). */
  numRuns?: number;
  /** Check ids to run (methods, setters, rules); an aggregate rule id runs every check that feeds it. */
  only?: string | readonly string[];
  /** fast-check path of a failure, to replay it (use with `seed` and `only`). */
  path?: string;
  /** Total budget; checks that would start after it are reported as skipped. */
  timeLimitMs?: number;
  onProgress?: (progress: Progress) => void;
}

export type CheckKind = 'method' | 'rule';
export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface Failure {
  /** The run's seed and fast-check path: `runConformance({ seed, path, only: [replayId] })` replays it. */
  seed: number;
  path: string;
  /** Check to replay (the method or rule whose property failed). */
  replayId: string;
  /** The rule the shrunk counterexample breaks. */
  rule: string;
  /** The method (or setter) involved, when there is one. */
  method?: string;
  /** Shrunk input: the calls made (method and arguments) and their context. */
  counterexample: unknown;
  firstDifference?: { expected: unknown; actual: unknown };
  message: string;
}

export interface CheckReport {
  id: string;
  kind: CheckKind;
  status: CheckStatus;
  runs: number;
  ms: number;
  failure?: Failure;
  reason?: string;
}

export interface ConformanceReport {
  sdk: string;
  seed: number;
  checks: CheckReport[];
  totals: { checks: number; passed: number; failed: number; skipped: number; runs: number; ms: number };
}
