// `imsim generate`: spec -> contracts/generated/<sdk>.ts + <sdk>.manifest.json; `--check` only compares.
import * as path from 'path';
import { generateContracts, staleFiles, writeFiles } from '../generators/generate';
import { DEFAULT_SDK } from '../generators/sdks';
import { type OptionSpecs, optionsHelp, parseArgs, UsageError } from './args';
import type { Command } from './command';
import { type CliIo, processIo } from './io';
import { packageRoot } from './package-root';

const options: OptionSpecs = {
  sdk: { type: 'string', value: '<name>', description: `which SDK (default ${DEFAULT_SDK})` },
  spec: { type: 'string', value: '<dir>', description: 'spec folder (default: the SDK\'s folder under specs/)' },
  out: { type: 'string', value: '<dir>', description: 'output folder (default contracts/generated)' },
  check: { type: 'boolean', description: 'write nothing; exit 1 naming each stale or missing file' },
};

const help = `Usage: imsim generate [--sdk <name>] [--spec <dir>] [--out <dir>] [--check]

Reads the SDK's spec with ts-morph and writes its zod contracts and API manifest.
Default paths are relative to the imsim package; given paths are relative to the current folder.

${optionsHelp(options)}`;

export const generateCommand: Command = {
  summary: 'generate the zod contracts from the spec (or --check that they are fresh)',
  async run(argv, io: CliIo = processIo) {
    const args = parseArgs(argv, options);
    if (args.help) {
      io.out(help);
      return 0;
    }
    if (args.positionals.length) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
    const given = (name: string) => {
      const value = args.options[name];
      return typeof value === 'string' ? path.resolve(value) : undefined;
    };
    const started = Date.now();
    const result = generateContracts({
      sdk: (args.options.sdk as string | undefined) ?? DEFAULT_SDK,
      root: packageRoot(),
      spec: given('spec'),
      out: given('out'),
    });
    for (const w of result.warnings) io.err(`warning: ${w}`);
    const rel = (p: string) => path.relative(process.cwd(), p) || '.';
    if (args.options.check) {
      const stale = staleFiles(result.files);
      for (const s of stale) io.err(`${s.state}: ${rel(s.path)}`);
      if (stale.length) {
        io.err('contracts are out of date: run `npx imsim generate` (`npm run generate` in the imsim repository) and commit');
        return 1;
      }
      io.out(`contracts are fresh (${result.files.map((f) => rel(f.path)).join(', ')})`);
      return 0;
    }
    writeFiles(result.files);
    for (const f of result.files) io.out(`wrote ${rel(f.path)}`);
    io.out(`generated in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return 0;
  },
};
