// Proof that the harness can fail: every mutant of the reference wrapper (one planted bug each) fails,
// and the failure names the mutant's method or rule; the reference itself passes every check.
import { mutants } from '../reference/rongcloud-rn';
import { bindLoader, referenceLoader } from './reference-loader';
import { runConformance } from './run';

const sdk = 'rongcloud-rn' as const;

describe('the harness fails every mutant of the reference wrapper', () => {
  test.each(mutants.map((m) => [m.id, m] as const))('%s', async (_id, m) => {
    // The mutant's method when it names one; a bug of every method (eventid-fixed) shows on any method with
    // an eventId, so one is enough to keep this fast.
    const only = m.expect.method ?? 'sendMessage';
    const report = await runConformance({ sdk, load: bindLoader(m.bind), only, numRuns: 20 });
    const failed = report.checks.filter((c) => c.status === 'failed');
    const named = failed.filter((c) => c.id === m.expect.method || c.id === m.expect.rule || c.failure?.method === m.expect.method || c.failure?.rule === m.expect.rule);
    expect(named.map((c) => c.id)).not.toEqual([]);
    const entry = report.checks.find((c) => c.id === only)!;
    expect(entry.status).toBe('failed');
    expect(entry.failure?.rule).toBe(m.expect.rule);
    // The failure replays from its seed and path alone: same input, same broken rule. (Messages may quote
    // eventIds, which a wrapper copy reused across runs numbers on from where it was.)
    const replay = await runConformance({ sdk, load: bindLoader(m.bind), only, seed: entry.failure!.seed, path: entry.failure!.path });
    const again = replay.checks.find((c) => c.id === only)!;
    expect(again.runs).toBe(1);
    expect([again.failure?.rule, again.failure?.method]).toEqual([entry.failure?.rule, entry.failure?.method]);
    expect(again.failure?.counterexample).toEqual(entry.failure?.counterexample);
  });
});

describe('the reference wrapper', () => {
  test('passes every check that is not skipped (small number of runs)', async () => {
    const report = await runConformance({ sdk, load: referenceLoader, numRuns: 3 });
    const failed = report.checks.filter((c) => c.status === 'failed').map((c) => `${c.id}: ${c.failure?.message}`);
    expect(failed).toEqual([]);
    expect(report.totals.checks).toBeGreaterThan(250);
    expect(report.totals.passed + report.totals.skipped).toBe(report.totals.checks);
    expect(report.totals.runs).toBeGreaterThan(600);
  });
});
