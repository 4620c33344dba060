// `imsim diff <old> <new>`: compares two versions of an SDK's API; exit 0 = nothing breaks, 1 = something
// breaks, 2 = an input could not be read.
import { diffApis } from '../generators/diff';
import { formatChangesJson, formatChangesText } from '../generators/diff-format';
import { loadApi } from '../generators/load-api';
import { type OptionSpecs, optionsHelp, parseArgs, UsageError } from './args';
import type { Command } from './command';
import { type CliIo, processIo } from './io';

const options: OptionSpecs = {
  json: { type: 'boolean', description: 'print one JSON object per line per change' },
};

const help = `Usage: imsim diff <old> <new> [--json]

Compares two versions of an SDK's TypeScript API. Each side is a folder, a .ts/.d.ts file (imports are
followed) or an imsim manifest .json. Breaking changes are listed first.
Exit status: 0 nothing breaks, 1 something breaks, 2 an input cannot be read.

${optionsHelp(options)}`;

export const diffCommand: Command = {
  summary: 'compare two versions of an SDK API and report breaking changes',
  async run(argv, io: CliIo = processIo) {
    const args = parseArgs(argv, options);
    if (args.help) {
      io.out(help);
      return 0;
    }
    if (args.positionals.length !== 2) {
      throw new UsageError(`expected <old> and <new>, got ${args.positionals.length} argument(s)`);
    }
    const [oldInput, newInput] = args.positionals;
    const changes = diffApis(loadApi(oldInput), loadApi(newInput));
    io.out(args.options.json ? formatChangesJson(changes) : formatChangesText(changes));
    return changes.some((c) => c.severity === 'breaking') ? 1 : 0;
  },
};
