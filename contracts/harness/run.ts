// runConformance: plans the checks, runs them one after the other with one seed, and reports per method
// and per rule. A failure carries the seed and path that replay it: runConformance({ seed, path, only: [id] }).
import { createWorld } from '../../simulator';
import type { Check, CheckContext, CheckResult } from './check';
import { allChecks } from './checks';
import { AGGREGATE_RULES } from './rules-catalog';
import { loadSdk } from './sdk';
import type { CheckReport, ConformanceOptions, ConformanceReport } from './types';

export const DEFAULT_SEED = 1;
/** Upper bound for one property (shrinking included), so one slow check cannot eat the whole budget. */
const PROPERTY_TIME_LIMIT_MS = 30_000;

function simulatedNatives(): CheckContext['simulated'] {
  const world = createWorld();
  return {
    android: new Set(Object.keys(world.device({ platform: 'android' }).rn.native)),
    ios: new Set(Object.keys(world.device({ platform: 'ios' }).rn.native)),
  };
}

/** The ids `only` accepts: check ids and aggregate rule ids. */
export function checkIds(sdkName: string): { checks: string[]; rules: string[] } {
  return { checks: allChecks(loadSdk(sdkName)).map((c) => c.id), rules: Object.keys(AGGREGATE_RULES) };
}

function validate(options: ConformanceOptions): void {
  if (typeof options?.load !== 'function') throw new TypeError('runConformance: load must be a function (device) => RCIMIWEngine class');
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) throw new TypeError(`runConformance: seed must be an integer, got ${String(options.seed)}`);
  if (options.numRuns !== undefined && !(Number.isInteger(options.numRuns) && options.numRuns > 0)) throw new TypeError(`runConformance: numRuns must be a positive integer, got ${String(options.numRuns)}`);
  if (options.timeLimitMs !== undefined && !(options.timeLimitMs > 0)) throw new TypeError('runConformance: timeLimitMs must be positive');
}

export function selectChecks(checks: Check[], only: ConformanceOptions['only']): Check[] {
  if (only === undefined) return checks;
  const wanted = new Set(typeof only === 'string' ? [only] : only);
  const known = new Set([...checks.map((c) => c.id), ...Object.keys(AGGREGATE_RULES)]);
  const unknown = [...wanted].filter((id) => !known.has(id));
  if (unknown.length) throw new RangeError(`unknown check or rule: ${unknown.join(', ')}`);
  return checks.filter((c) => wanted.has(c.id) || c.feeds.some((f) => wanted.has(f)));
}

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  validate(options);
  const sdk = loadSdk(options.sdk);
  const seed = options.seed ?? DEFAULT_SEED;
  const selected = selectChecks(allChecks(sdk), options.only);
  if (options.path !== undefined && selected.length !== 1) {
    throw new TypeError(`runConformance: a path replays one check; give only: [the failure's replayId] (it selects ${selected.length})`);
  }
  const started = Date.now();
  const deadline = options.timeLimitMs === undefined ? Infinity : started + options.timeLimitMs;
  const ctx: CheckContext = {
    sdk,
    load: options.load,
    seed,
    numRuns: options.numRuns,
    path: options.path,
    simulated: simulatedNatives(),
    propertyTimeLimitMs: PROPERTY_TIME_LIMIT_MS,
    slots: new Map(),
  };
  const reports: CheckReport[] = [];
  const fedBy = new Map<string, CheckReport[]>();
  for (const check of selected) {
    const t0 = Date.now();
    let result: CheckResult;
    if (t0 >= deadline) result = { status: 'skipped', runs: 0, reason: 'time limit reached' };
    else {
      ctx.propertyTimeLimitMs = Math.max(1, Math.min(PROPERTY_TIME_LIMIT_MS, deadline - t0));
      result = await runCheck(check, ctx);
    }
    const report: CheckReport = { id: check.id, kind: check.kind, ...result, ms: Date.now() - t0 };
    reports.push(report);
    for (const rule of check.feeds) fedBy.set(rule, [...(fedBy.get(rule) ?? []), report]);
    options.onProgress?.({ done: reports.length, total: selected.length, id: check.id, status: report.status, ms: report.ms });
  }
  for (const [rule] of Object.entries(AGGREGATE_RULES)) {
    const fed = fedBy.get(rule);
    if (fed) reports.push(aggregate(rule, fed));
  }
  const count = (s: string) => reports.filter((r) => r.status === s).length;
  return {
    sdk: sdk.name,
    seed,
    checks: reports,
    totals: {
      checks: reports.length,
      passed: count('passed'),
      failed: count('failed'),
      skipped: count('skipped'),
      runs: reports.filter((r) => !AGGREGATE_RULES[r.id]).reduce((n, r) => n + r.runs, 0),
      ms: Date.now() - started,
    },
  };
}

async function runCheck(check: Check, ctx: CheckContext): Promise<CheckResult> {
  try {
    return await check.run(ctx);
  } catch (error) {
    // A check that cannot even start (the loader threw, say) fails, with the reason in one line.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { status: 'failed', runs: 0, failure: { seed: ctx.seed, path: '', replayId: check.id, rule: 'unexpected-error', counterexample: null, message: `the check could not run: ${message}` } };
  }
}

/** A rule's entry: every run of the checks that verify it; failed if one of them broke this rule. */
function aggregate(rule: string, fed: CheckReport[]): CheckReport {
  const failed = fed.find((r) => r.failure?.rule === rule);
  const ran = fed.filter((r) => r.runs > 0);
  return {
    id: rule,
    kind: 'rule',
    status: failed ? 'failed' : ran.length ? 'passed' : 'skipped',
    runs: ran.reduce((n, r) => n + r.runs, 0),
    ms: fed.reduce((n, r) => n + r.ms, 0),
    ...(failed ? { failure: failed.failure } : {}),
    ...(ran.length ? {} : { reason: 'no check that verifies it ran' }),
  };
}
