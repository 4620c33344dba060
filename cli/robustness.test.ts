import fc from 'fast-check';
import { commands, type Command } from './commands';
import { bufferIo } from './io';
import { runCli } from './run';

/**
 * Random argv to the in-process CLI: a user mistake is exit 2 with one line on stderr, never a stack
 * trace. Every generated argv holds a mistake the parser sees before any command does work (an unknown
 * option before any `--`), so no run writes files or starts a conformance run.
 */
const names = Object.keys(commands);
const options = ['--sdk', '--spec', '--out', '--check', '--json', '--wrapper', '--seed', '--runs', '--only', '--path', '--time-limit', '--junit', '--progress', '--help', '-h'];
const values = ['rongcloud-rn', 'nope', '/no/such/dir', '1', '-1', 'abc', '', '=', '--', '-', 'ä', '0x10', '1e3', ' '];
const token = fc.oneof(fc.constantFrom(...options), fc.constantFrom(...values), fc.constantFrom(...options).map((o) => `${o}=${'x'}`), fc.string({ maxLength: 8 }).filter((s) => !s.startsWith('--')));
const poison = fc.constantFrom('--frob', '--seed-x', '--CHECK', '-q', '--=1', '--no-such-option=1');

/** What a user mistake must look like: exit 2, nothing on stdout, one line on stderr naming imsim, no stack. */
async function userMistake(argv: string[]): Promise<void> {
  const io = bufferIo();
  const code = await runCli(argv, io);
  const lines = io.stderr().split('\n').filter(Boolean);
  const shown = JSON.stringify(argv);
  if (code !== 2) throw new Error(`${shown}: exit ${code}, expected 2 (stderr: ${io.stderr()})`);
  if (lines.length !== 1 || !lines[0].startsWith('imsim')) throw new Error(`${shown}: stderr should be one "imsim ..." line, got ${JSON.stringify(io.stderr())}`);
  if (/\n\s+at |Error:/.test(io.stderr())) throw new Error(`${shown}: a stack trace for a user error: ${io.stderr()}`);
  if (io.stdout() !== '') throw new Error(`${shown}: printed to stdout: ${io.stdout()}`);
}

describe('CLI robustness', () => {
  test('a command with random arguments and an unknown option: exit 2, one line', async () => {
    const argv = fc.tuple(fc.constantFrom(...names), fc.array(token, { maxLength: 6 }), poison, fc.nat()).map(([command, rest, bad, at]) => {
      // The mistake goes in before any `--`, where the parser still reads options.
      const end = rest.includes('--') ? rest.indexOf('--') : rest.length;
      const args = [...rest];
      args.splice(at % (end + 1), 0, bad);
      return [command, ...args];
    });
    await fc.assert(fc.asyncProperty(argv, userMistake), { seed: 5, numRuns: 400 });
  });

  test('random words in place of a command (not help or version): exit 2, one line', async () => {
    const argv = fc.array(fc.oneof(fc.string({ maxLength: 10 }), token), { minLength: 1, maxLength: 5 }).filter((a) => !names.includes(a[0]) && !['--help', '-h', 'help', '--version', '-v'].includes(a[0]));
    await fc.assert(fc.asyncProperty(argv, userMistake), { seed: 6, numRuns: 400 });
  });

  test('bad option values each command checks itself: exit 2, one line', async () => {
    for (const argv of [
      ['conformance', '--seed', 'abc'], ['conformance', '--runs', '0'], ['conformance', '--time-limit', '-1'], ['conformance', 'nope'],
      ['conformance', 'rongcloud-rn', 'extra'], ['conformance', '--only', 'noSuchMethod'], ['conformance', '--wrapper', '/no/such/wrapper.ts'],
      ['generate', '--sdk', 'nope', '--check'], ['generate', 'stray'], ['generate', '--check=yes'], ['generate', '--out'],
      ['diff'], ['diff', 'one'], ['diff', '/no/such/old', '/no/such/new'], ['diff', 'a', 'b', 'c'],
    ]) await userMistake(argv);
  });

  test('the check catches its mutant: a command that throws a plain Error for bad input is an internal error', async () => {
    const broken: Command = {
      summary: 'a mutant',
      run: async () => {
        throw new Error('unexpected value');
      },
    };
    commands.mutant = broken;
    try {
      await expect(userMistake(['mutant', '--frob'])).rejects.toThrow(/unexpected value/);
    } finally {
      delete commands.mutant;
    }
  });
});
