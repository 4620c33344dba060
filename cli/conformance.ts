// `imsim conformance <sdk>`: runs the conformance harness against a wrapper (default: the reference one) on
// the simulator. Exit 0 = every check passed or was skipped, 1 = a check failed, 2 = bad arguments.
import * as fs from 'fs';
import * as path from 'path';
import { DeviceEmitter } from '../simulator';
import { ContractNative } from '../contracts/harness/contract-native';
import { formatReport, junitXml, reportJson } from '../contracts/harness/report';
import { referenceLoader } from '../contracts/harness/reference-loader';
import { checkIds, runConformance } from '../contracts/harness/run';
import { loadSdk, sdkNames } from '../contracts/harness/sdk';
import type { Loader, Progress } from '../contracts/harness/types';
import { WrapperLoadError, wrapperLoader } from '../contracts/harness/wrapper-loader';
import { type OptionSpecs, optionsHelp, parseArgs, UsageError } from './args';
import type { Command } from './command';
import { type CliIo, processIo } from './io';

const options: OptionSpecs = {
  wrapper: { type: 'string', value: '<entry>', description: 'the wrapper\'s entry file (.ts or .js, e.g. src/index.ts); default: the reference wrapper' },
  seed: { type: 'string', value: '<n>', description: 'fast-check seed (default 1); a failure prints the seed that replays it' },
  runs: { type: 'string', value: '<n>', description: 'runs per property (default: each check\'s own)' },
  only: { type: 'string', value: '<ids>', description: 'comma-separated methods, setters or rules to check' },
  path: { type: 'string', value: '<path>', description: 'fast-check path of a failure to replay (with --seed and --only)' },
  'time-limit': { type: 'string', value: '<s>', description: 'stop starting new checks after this many seconds' },
  junit: { type: 'string', value: '<file>', description: 'also write a JUnit XML report' },
  json: { type: 'string', value: '<file>', description: 'also write the report as JSON' },
  progress: { type: 'boolean', description: 'print a progress line per check on stderr (default only on a terminal)' },
};

const help = `Usage: imsim conformance <sdk> [--wrapper <entry>] [--seed N] [--runs N] [--only <ids>] [--junit <file>] [--json <file>]

Checks a wrapper of the ${sdkNames.join(' / ')} native module against the generated contracts and the
documented rules, on the simulator: every method and listener setter, the semantic rules and a multi-device
model. Every failure prints a one-line command that replays it.
Exit status: 0 no check failed, 1 a check failed, 2 bad arguments.

${optionsHelp(options)}`;

function integer(name: string, value: string | boolean | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^-?\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got ${String(value)}`);
  return n;
}

/** Loads the wrapper once on a throwaway device, so compile and import errors are bad arguments (exit 2). */
function probe(load: Loader, sdk: string): void {
  const emitter = new DeviceEmitter();
  load({ id: 'probe', platform: 'android', rn: { native: new ContractNative(loadSdk(sdk), 'android', emitter).module, emitter } });
}

export const conformanceCommand: Command = {
  summary: 'check a wrapper against the contracts and rules on the simulator',
  async run(argv, io: CliIo = processIo) {
    const args = parseArgs(argv, options);
    if (args.help) {
      io.out(help);
      return 0;
    }
    if (args.positionals.length > 1) throw new UsageError(`unexpected argument ${args.positionals[1]}`);
    const sdk = args.positionals[0] ?? 'rongcloud-rn';
    if (!sdkNames.includes(sdk)) throw new UsageError(`unknown sdk ${sdk} (known: ${sdkNames.join(', ')})`);
    const seed = integer('seed', args.options.seed, -(2 ** 31));
    const numRuns = integer('runs', args.options.runs, 1);
    const timeLimit = integer('time-limit', args.options['time-limit'], 1);
    const only = typeof args.options.only === 'string' ? args.options.only.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
    if (only) {
      const known = checkIds(sdk);
      const unknown = only.filter((id) => !known.checks.includes(id) && !known.rules.includes(id));
      if (unknown.length) throw new UsageError(`--only: unknown check or rule ${unknown.join(', ')}`);
    }
    if (typeof args.options.path === 'string' && (only?.length !== 1 || checkIds(sdk).rules.includes(only[0]))) {
      throw new UsageError('--path replays one check: give --only with the failure\'s check id');
    }
    const wrapper = typeof args.options.wrapper === 'string' ? args.options.wrapper : undefined;
    let load: Loader = referenceLoader;
    if (wrapper) {
      try {
        load = wrapperLoader(wrapper);
        probe(load, sdk);
      } catch (error) {
        if (error instanceof WrapperLoadError) throw new UsageError(error.message);
        throw new UsageError(`--wrapper ${wrapper}: loading it threw ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    const showProgress = args.options.progress === true ? 'lines' : io === processIo && process.stderr.isTTY ? 'tty' : undefined;
    const onProgress = showProgress
      ? (p: Progress) => {
          const text = `[${p.done}/${p.total}] ${p.id} ${p.status} (${(p.ms / 1000).toFixed(2)} s)`;
          if (showProgress === 'lines') io.err(text);
          else process.stderr.write(`\r\x1b[K${text}${p.done === p.total ? '\r\x1b[K' : ''}`);
        }
      : undefined;
    const report = await runConformance({
      sdk: sdk as 'rongcloud-rn',
      load,
      seed,
      numRuns,
      only,
      path: typeof args.options.path === 'string' ? args.options.path : undefined,
      timeLimitMs: timeLimit === undefined ? undefined : timeLimit * 1000,
      onProgress,
    });
    const ctx = { sdk, wrapper };
    io.out(formatReport(report, ctx));
    const write = (option: string, text: string) => {
      const file = args.options[option];
      if (typeof file !== 'string') return;
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.writeFileSync(file, text);
      io.err(`wrote ${file}`);
    };
    write('junit', junitXml(report, ctx));
    write('json', reportJson(report, ctx));
    return report.totals.failed > 0 ? 1 : 0;
  },
};
