import { formatReport, junitXml, replayCommand, reportJson } from './report';
import type { ConformanceReport } from './types';

const report: ConformanceReport = {
  sdk: 'rongcloud-rn',
  seed: 42,
  checks: [
    { id: 'getMessages', kind: 'method', status: 'passed', runs: 16, ms: 120 },
    {
      id: 'joinChatRoom', kind: 'method', status: 'failed', runs: 3, ms: 40,
      failure: {
        seed: 42, path: '2:0:1', replayId: 'joinChatRoom', rule: 'argument-order', method: 'joinChatRoom',
        counterexample: { calls: [{ method: 'joinChatRoom', args: ['room1', 10, true], callback: ['onChatRoomJoined'] }], fields: new Map([['a', '<b>']]) },
        firstDifference: { expected: 10, actual: true },
        message: 'argument-order: joinChatRoom passed native true as argument 2 (messageCount); the wrapper got 10 for it',
      },
    },
    { id: 'recall', kind: 'rule', status: 'skipped', runs: 0, ms: 0, reason: 'native method recallMessage not simulated yet' },
  ],
  totals: { checks: 3, passed: 1, failed: 1, skipped: 1, runs: 19, ms: 160 },
};
const ctx = { sdk: 'rongcloud-rn', wrapper: 'src/index.ts' };

describe('report', () => {
  test('the table lists every entry, the failure with its difference and one replay command', () => {
    const text = formatReport(report, ctx);
    expect(text).toMatch(/^check\s+kind\s+status\s+runs\s+time\s+note/);
    expect(text).toMatch(/getMessages\s+method\s+passed\s+16\s+0\.12 s/);
    expect(text).toMatch(/recall\s+rule\s+skipped\s+0\s+0\.00 s\s+native method recallMessage not simulated yet/);
    expect(text).toContain('FAILED joinChatRoom: argument-order: joinChatRoom passed native true');
    expect(text).toContain('  expected: 10');
    expect(text).toContain('  actual:   true');
    expect(text).toContain('replay: npx imsim conformance rongcloud-rn --wrapper src/index.ts --seed 42 --only joinChatRoom --path 2:0:1');
    expect(text.trim().split('\n').at(-1)).toBe('3 checks: 1 passed, 1 failed, 1 skipped; 19 runs in 0.16 s (seed 42)');
  });

  test('replay commands quote what the shell would split', () => {
    expect(replayCommand({ ...report.checks[1].failure!, replayId: 'model:multi-device' }, { sdk: 'rongcloud-rn', wrapper: 'my wrapper/index.ts' }))
      .toBe("npx imsim conformance rongcloud-rn --wrapper 'my wrapper/index.ts' --seed 42 --only model:multi-device --path 2:0:1");
  });

  test('JUnit XML has one testcase per entry, escaped, with failure and skipped elements', () => {
    const out = junitXml(report, ctx);
    expect(out).toContain('<testsuite name="imsim conformance rongcloud-rn" tests="3" failures="1" skipped="1" time="0.160">');
    expect(out).toContain('<testcase classname="rongcloud-rn.method" name="getMessages" time="0.120"/>');
    expect(out).toContain('<failure message="argument-order: joinChatRoom passed native true');
    expect(out).toContain('&lt;b&gt;');
    expect(out).toContain('<skipped message="native method recallMessage not simulated yet"/>');
  });

  test('JSON keeps Maps readable and adds the replay command', () => {
    const parsed = JSON.parse(reportJson(report, ctx));
    expect(parsed.checks[1].failure.counterexample.fields).toEqual({ $map: [['a', '<b>']] });
    expect(parsed.checks[1].failure.replay).toMatch(/--only joinChatRoom --path 2:0:1$/);
    expect(parsed.totals).toEqual(report.totals);
  });
});
