import { join } from 'path';
import { runCli } from '../../cli/run';

// `imsim diff old new` as a CI step: exit 1 when the new API breaks callers. The fixtures mirror a real
// upgrade (renamed methods, optional callbacks added, a listener gaining a leading `code`, a new enum member).
test('imsim diff reports what an SDK upgrade breaks', async () => {
  const out: string[] = [];
  const io = { out: (line: string) => out.push(line), err: (line: string) => out.push(line) };
  const fixtures = join(__dirname, '..', '..', 'generators', 'fixtures', 'upgrade');
  const exitCode = await runCli(['diff', join(fixtures, 'old'), join(fixtures, 'new')], io);
  expect(exitCode).toBe(1);
  const report = out.join('\n');
  expect(report).toMatch(/breaking/);
  expect(report).toMatch(/compatible/);
});
