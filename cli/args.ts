// A small argument parser (no dependency): `--name value`, `--name=value`, boolean `--flag`, `--` ends
// options. Anything unexpected is a UsageError, which the CLI prints as one line and exits 2.
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder shown in help, e.g. `<dir>`. */
  value?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  options: Record<string, string | boolean>;
  positionals: string[];
  help: boolean;
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const m = /^--([a-z][\w-]*)(?:=(.*))?$/s.exec(arg);
    const spec = m ? specs[m[1]] : undefined;
    if (!m || !spec) throw new UsageError(`unknown option ${arg.split('=')[0]}`);
    const [, name, inline] = m;
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      options[name] = true;
    } else if (inline !== undefined) {
      options[name] = inline;
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
      options[name] = next;
      i++;
    }
  }
  return { options, positionals, help };
}

export function optionsHelp(specs: OptionSpecs): string {
  const rows = Object.entries(specs).map(([name, s]) => [`--${name}${s.value ? ` ${s.value}` : ''}`, s.description]);
  rows.push(['--help', 'show this help']);
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, d]) => `  ${l.padEnd(width)}  ${d}`).join('\n');
}
