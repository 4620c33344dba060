// What a check is, and how a fast-check property becomes a check result (with a replayable failure).
import fc from 'fast-check';
import type { SdkContracts } from './sdk';
import { createSlot, type Slot } from './slot';
import type { CheckKind, CheckStatus, DeviceView, Failure, Loader, Platform } from './types';
import { Violation } from './violation';

export interface CheckContext {
  sdk: SdkContracts;
  load: Loader;
  seed: number;
  /** Overrides each check's own number of runs. */
  numRuns?: number;
  path?: string;
  /** Native methods the simulator implements, per platform. */
  simulated: Record<'android' | 'ios', ReadonlySet<string>>;
  /** Time a single property may take (shrinking included). */
  propertyTimeLimitMs: number;
  /** Loaded wrapper copies, shared by the checks of one conformance run (see slot.ts). */
  slots: Map<string, Slot>;
}

/** The shared wrapper copy for `key`, loaded on first use with `first` as its device. */
export function slotFor(ctx: CheckContext, key: string, platform: Platform, first: DeviceView, appKey: string): Slot {
  let slot = ctx.slots.get(key);
  if (!slot) ctx.slots.set(key, (slot = createSlot(ctx.load, key, platform, first, appKey)));
  return slot;
}

export interface CheckResult {
  status: CheckStatus;
  runs: number;
  failure?: Failure;
  reason?: string;
}

export interface Check {
  id: string;
  kind: CheckKind;
  /** Aggregate rules this check's runs count towards (its failures name one of them). */
  feeds: readonly string[];
  /** Runs when the caller gives no numRuns. */
  defaultRuns: number;
  run(ctx: CheckContext): Promise<CheckResult>;
}

export const isSimulated = (ctx: CheckContext, method: string, platform: Platform = 'android'): boolean =>
  (platform === 'ios' ? ctx.simulated.ios : ctx.simulated.android).has(method);

/** Runs a property with the context's seed (and path, when replaying) and maps its result. */
export async function runProperty<T>(
  id: string,
  property: fc.IAsyncPropertyWithHooks<T> | fc.IAsyncProperty<T>,
  ctx: CheckContext,
  runs: number,
): Promise<CheckResult> {
  const details = await fc.check(property, {
    seed: ctx.seed,
    numRuns: runs,
    path: ctx.path,
    interruptAfterTimeLimit: ctx.propertyTimeLimitMs,
  });
  if (!details.failed) {
    if (details.interrupted && details.numRuns === 0) return { status: 'skipped', runs: 0, reason: 'time limit reached before the first run' };
    if (details.interrupted) return { status: 'passed', runs: details.numRuns, reason: `stopped by the time limit after ${details.numRuns} of ${runs} runs` };
    return { status: 'passed', runs: details.numRuns };
  }
  if (details.counterexamplePath === null) {
    return { status: 'skipped', runs: details.numRuns, reason: details.interrupted ? 'interrupted by the time limit' : 'could not generate inputs' };
  }
  return { status: 'failed', runs: details.numRuns, failure: toFailure(id, ctx.seed, details.counterexamplePath, details.counterexample, details.errorInstance) };
}

function toFailure(id: string, seed: number, path: string, counterexample: unknown, error: unknown): Failure {
  if (error instanceof Violation) {
    const d = error.details;
    return {
      seed,
      path: d.replayPath ? `${path}|${d.replayPath}` : path,
      replayId: id,
      rule: error.rule,
      method: d.method,
      counterexample: d.calls ?? counterexample,
      firstDifference: 'expected' in d || 'actual' in d ? { expected: d.expected, actual: d.actual } : undefined,
      message: error.message,
    };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { seed, path, replayId: id, rule: 'unexpected-error', counterexample, message: `the run threw outside any rule: ${message}` };
}

/** Rethrows a Violation with the run's calls attached (for the counterexample). */
export function withCalls(error: unknown, calls: unknown): never {
  if (error instanceof Violation && error.details.calls === undefined) error.details.calls = calls;
  throw error;
}
