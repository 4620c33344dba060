// Dispatches `imsim <command> ...` and maps user errors to one line on stderr and exit code 2.
import * as fs from 'fs';
import * as path from 'path';
import { ApiReadError } from '../generators/errors';
import { UsageError } from './args';
import { commands } from './commands';
import { type CliIo, processIo } from './io';
import { packageRoot } from './package-root';

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return 0;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`imsim: unknown ${name.startsWith('-') ? 'option' : 'command'} ${name} (see imsim --help)`);
    return 2;
  }
  try {
    return await command.run([...rest], io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`imsim ${name}: ${e.message} (see imsim ${name} --help)`);
      return 2;
    }
    if (e instanceof ApiReadError) {
      io.err(`imsim ${name}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

function usage(): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length));
  return [
    'Usage: imsim <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${commands[n].summary}`),
    '',
    'Run `imsim <command> --help` for a command\'s options.',
  ].join('\n');
}

function version(): string {
  return JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version;
}
