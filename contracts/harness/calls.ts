// One batch of wrapper calls (one call, or two overlapping calls of the same method) and everything that
// can be observed about it: the native calls it caused, when and how its promise settled, and which
// callbacks ran for which native event. `verifyBatch` (verify.ts) turns that into the boundary rules.
import type { MethodContract } from '../contract-types';
import type { EventObserver } from './observer';
import type { NativeRecorder, RecordedCall } from './recorder';
import type { SdkContracts } from './sdk';
import type { EngineInstance, Platform } from './types';
import { Violation } from './violation';

export interface PlannedCall {
  method: string;
  /** The value arguments, in the wrapper's parameter order (Maps as Maps). */
  args: unknown[];
  /** Callback members supplied; null passes no callback argument. */
  callback: string[] | null;
}

export interface BatchEnv {
  sdk: SdkContracts;
  platform: Platform;
  engine: EngineInstance;
  recorder: NativeRecorder;
  observer: EventObserver;
  /** Lets native work run while its answers are still held (events may arrive before the promise). */
  beforeRelease(): Promise<void>;
  /** Runs after the held answers were handed over. */
  afterRelease(): Promise<void>;
  /** Answer order when releasing held native promises. */
  releaseOrder?: 'fifo' | 'lifo';
}

export interface Settlement {
  state: 'pending' | 'resolved' | 'rejected';
  value?: unknown;
}

export interface CallObservation {
  planned: PlannedCall;
  nativeCalls: RecordedCall[];
  returned?: unknown;
  threw?: { error: unknown };
  settlement: Settlement;
  /** The wrapper's promise had settled while native's answer was still held. */
  settledEarly: boolean;
}

const BRIDGE_HELPERS = new Set(['addListener', 'removeListeners']);
export const thenable = (v: unknown): v is PromiseLike<unknown> =>
  v !== null && (typeof v === 'object' || typeof v === 'function') && typeof (v as { then?: unknown }).then === 'function';

/** Turns of the promise queue; a wrapper that settles later than this after native answered is hanging. */
export async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await null;
}

export function valueParams(method: MethodContract) {
  return method.params.filter((p) => p.kind === 'value');
}

function callbackParam(method: MethodContract) {
  return method.params.find((p) => p.kind === 'callback');
}

/** The user-facing arguments for one planned call, with spies standing in for callback members. */
function wrapperArgs(env: BatchEnv, call: PlannedCall, index: number): unknown[] {
  const args = [...call.args];
  const method = env.sdk.engineMethods[call.method];
  const cb = callbackParam(method);
  if (cb && call.callback) {
    const object: Record<string, unknown> = {};
    for (const member of call.callback) object[member] = env.observer.spy(`call#${index}`, member);
    args.push(object);
  }
  return args;
}

export async function runBatch(env: BatchEnv, planned: PlannedCall[]): Promise<CallObservation[]> {
  const { recorder, engine } = env;
  const observations: CallObservation[] = [];
  recorder.hold = true;
  try {
    planned.forEach((call, index) => {
      const fn = engine[call.method];
      if (typeof fn !== 'function') {
        throw new Violation('api-surface', `the engine has no method ${call.method}`, { method: call.method, expected: 'a function', actual: typeof fn });
      }
      const before = recorder.calls.length;
      const obs: CallObservation = { planned: call, nativeCalls: [], settlement: { state: 'pending' }, settledEarly: false };
      try {
        obs.returned = fn.apply(engine, wrapperArgs(env, call, index));
      } catch (error) {
        obs.threw = { error };
      }
      obs.nativeCalls = recorder.calls.slice(before).filter((c) => !BRIDGE_HELPERS.has(c.method));
      if (thenable(obs.returned)) {
        obs.returned.then(
          (value) => void (obs.settlement = { state: 'resolved', value }),
          (value) => void (obs.settlement = { state: 'rejected', value }),
        );
      }
      observations.push(obs);
    });
    await env.beforeRelease();
    for (const obs of observations) {
      const held = obs.nativeCalls.some((c) => !c.released);
      obs.settledEarly = held && obs.settlement.state !== 'pending';
    }
  } finally {
    recorder.hold = false;
    recorder.release(env.releaseOrder ?? 'fifo');
  }
  await env.afterRelease();
  for (let i = 0; i < 20 && observations.some((o) => thenable(o.returned) && o.settlement.state === 'pending'); i++) await turns(5);
  return observations;
}
