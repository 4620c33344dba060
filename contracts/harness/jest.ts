// describeConformance: the harness inside a jest suite, one test per method, setter and rule. The whole run
// happens once (beforeAll); each test reports its own entry, with the replay command on failure.
import { formatFailure } from './report';
import { AGGREGATE_RULES } from './rules-catalog';
import { runConformance, selectChecks } from './run';
import { allChecks } from './checks';
import { loadSdk } from './sdk';
import type { ConformanceOptions, ConformanceReport } from './types';

export interface DescribeConformanceOptions extends ConformanceOptions {
  /** Suite name (default `conformance <sdk>`). */
  name?: string;
  /** Jest timeout of the whole run, in ms (default 120 s). */
  timeoutMs?: number;
  /** Shown in replay commands, when the wrapper is also run with the CLI. */
  wrapper?: string;
}

/** Ids of the tests describeConformance generates, in order (checks, then the aggregate rules they feed). */
export function conformanceTestIds(options: Pick<ConformanceOptions, 'sdk' | 'only'>): string[] {
  const checks = selectChecks(allChecks(loadSdk(options.sdk)), options.only);
  const rules = Object.keys(AGGREGATE_RULES).filter((r) => checks.some((c) => c.feeds.includes(r)));
  return [...checks.map((c) => c.id), ...rules];
}

export function describeConformance(options: DescribeConformanceOptions): void {
  const { name, timeoutMs = 120_000, wrapper, ...run } = options;
  const ids = conformanceTestIds(run);
  describe(name ?? `conformance ${run.sdk}`, () => {
    let report: ConformanceReport | undefined;
    let crash: unknown;
    beforeAll(async () => {
      try {
        report = await runConformance(run);
      } catch (error) {
        crash = error;
      }
    }, timeoutMs);
    for (const id of ids) {
      test(id, () => {
        if (crash) throw crash;
        const entry = report?.checks.find((c) => c.id === id);
        if (!entry) throw new Error(`no report entry for ${id}`);
        if (entry.status === 'failed') throw new Error(formatFailure(entry, { sdk: run.sdk, wrapper }).join('\n'));
      });
    }
  });
}
