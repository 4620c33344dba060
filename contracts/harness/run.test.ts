import { referenceLoader } from './reference-loader';
import { runConformance } from './run';
import type { ConformanceReport } from './types';

const sdk = 'rongcloud-rn' as const;
const strip = (r: ConformanceReport) => r.checks.map(({ ms: _ms, ...c }) => c);

describe('runConformance', () => {
  test('same seed, same report; every entry says what ran', async () => {
    const only = ['getMessages', 'setOnMessageReceivedListener', 'send-rate-limit'];
    const first = await runConformance({ sdk, load: referenceLoader, only, numRuns: 4, seed: 5 });
    const second = await runConformance({ sdk, load: referenceLoader, only, numRuns: 4, seed: 5 });
    expect(strip(second)).toEqual(strip(first));
    const ids = first.checks.map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual(['getMessages', 'setOnMessageReceivedListener', 'send-rate-limit']);
    // Aggregate rules fed by the selected checks follow them.
    expect(ids).toEqual(expect.arrayContaining(['argument-order', 'event-correlation', 'listener-payload']));
    expect(first.checks.find((c) => c.id === 'getMessages')).toMatchObject({ kind: 'method', status: 'passed', runs: 4 });
    expect(first.checks.find((c) => c.id === 'send-rate-limit')).toMatchObject({ kind: 'rule', status: 'passed', runs: 4 });
    expect(first.totals.runs).toBe(12);
  });

  test('an aggregate rule id runs every check that feeds it', async () => {
    const report = await runConformance({ sdk, load: referenceLoader, only: 'map-conversion', numRuns: 2 });
    expect(report.checks.map((c) => c.id).sort()).toEqual(expect.arrayContaining(['addChatRoomEntries', 'createCustomMessage', 'setOnChatRoomAllEntriesLoadedListener', 'updateMessageExpansion', 'map-conversion']));
    expect(report.checks.some((c) => c.id === 'getMessages')).toBe(false);
    expect(report.checks.find((c) => c.id === 'map-conversion')).toMatchObject({ status: 'passed', kind: 'rule' });
  });

  test('bad options are errors; checks after the time limit are skipped, not run', async () => {
    await expect(runConformance({ sdk, load: referenceLoader, only: 'nope' })).rejects.toThrow(/unknown check or rule: nope/);
    await expect(runConformance({ sdk: 'other' as never, load: referenceLoader })).rejects.toThrow(/unknown sdk/);
    await expect(runConformance({ sdk, load: undefined as never })).rejects.toThrow(/load must be a function/);
    await expect(runConformance({ sdk, load: referenceLoader, numRuns: 0 })).rejects.toThrow(/numRuns/);
    const report = await runConformance({ sdk, load: referenceLoader, only: ['connect', 'disconnect'], timeLimitMs: 1, numRuns: 2 });
    expect(report.checks.filter((c) => c.kind === 'method').map((c) => c.status)).toContain('skipped');
    expect(report.checks.find((c) => c.status === 'skipped')?.reason).toMatch(/time limit/);
  });

  test('a loader that throws fails every check with the reason, and the run goes on', async () => {
    const report = await runConformance({ sdk, load: () => { throw new Error('no such module'); }, only: ['connect', 'setOnConnectedListener'], numRuns: 1 });
    const entries = report.checks.filter((c) => c.kind === 'method');
    expect(entries.map((c) => c.status)).toEqual(['failed', 'failed']);
    expect(entries[0].failure?.message).toMatch(/no such module/);
  });
});
