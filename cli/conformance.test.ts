import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bufferIo } from './io';
import { runCli } from './run';

const fixtures = path.join(__dirname, '..', 'contracts', 'harness', 'fixtures');

describe('imsim conformance', () => {
  test('runs the reference wrapper: a table, the totals, exit 0', async () => {
    const io = bufferIo();
    expect(await runCli(['conformance', 'rongcloud-rn', '--only', 'getUnreadCount,setOnConnectionStatusChangedListener', '--runs', '3', '--seed', '9'], io)).toBe(0);
    const out = io.stdout();
    expect(out).toMatch(/^check\s+kind\s+status\s+runs\s+time/);
    expect(out).toMatch(/getUnreadCount\s+method\s+passed\s+3\s/);
    expect(out).toMatch(/listener-replacement\s+rule\s+passed\s+3\s/);
    expect(out).toMatch(/checks: \d+ passed, 0 failed, 0 skipped; 6 runs in [\d.]+ s \(seed 9\)\n?$/);
    expect(io.stderr()).toBe('');
  });

  test('a failing wrapper exits 1 with a replay command that reproduces the failure; --progress, --json, --junit', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imsim-conformance-'));
    const wrapper = path.join(fixtures, 'buggy-wrapper', 'index.ts');
    const io = bufferIo();
    const args = ['conformance', 'rongcloud-rn', '--wrapper', wrapper, '--only', 'getUnreadCount', '--runs', '5', '--progress'];
    expect(await runCli([...args, '--json', path.join(dir, 'r.json'), '--junit', path.join(dir, 'r.xml')], io)).toBe(1);
    expect(io.stdout()).toContain('FAILED getUnreadCount: argument-order: getUnreadCount passed native');
    expect(io.stderr()).toMatch(/\[1\/1\] getUnreadCount failed/);
    const replay = /replay: npx imsim conformance (.*)/.exec(io.stdout())![1];
    expect(replay).toMatch(/^rongcloud-rn --wrapper \S+ --seed 1 --only getUnreadCount --path \S+$/);
    const again = bufferIo();
    expect(await runCli(['conformance', ...replay.split(' ')], again)).toBe(1);
    expect(again.stdout()).toMatch(/getUnreadCount\s+method\s+failed\s+1\s/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).totals.failed).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(dir, 'r.xml'), 'utf8')).toContain('<failure message="argument-order: getUnreadCount');
  });

  test('bad arguments exit 2 with one line and no stack', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--runs', '0'], /--runs must be an integer >= 1, got 0/],
      [['--seed', 'abc'], /--seed must be an integer/],
      [['--only', 'nope'], /--only: unknown check or rule nope/],
      [['--wrapper', path.join(fixtures, 'nothing-here')], /wrapper entry not found/],
      [['--wrapper', path.join(fixtures, 'broken-wrapper', 'index.ts')], /cannot compile .*index\.ts:\d+:\d+/],
      [['--wrapper', path.join(fixtures, 'no-engine', 'index.js')], /exports no RCIMIWEngine/],
      [['--frob'], /unknown option --frob/],
    ];
    for (const [extra, message] of cases) {
      const io = bufferIo();
      expect(await runCli(['conformance', 'rongcloud-rn', ...extra], io)).toBe(2);
      const lines = io.stderr().trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    }
    const other = bufferIo();
    expect(await runCli(['conformance', 'tencent'], other)).toBe(2);
    expect(other.stderr()).toMatch(/unknown sdk tencent/);
  });

  test('--help explains the options', async () => {
    const io = bufferIo();
    expect(await runCli(['conformance', '--help'], io)).toBe(0);
    for (const option of ['--wrapper', '--seed', '--runs', '--only', '--junit', '--json', '--path', '--progress']) expect(io.stdout()).toContain(option);
  });
});
