// The command table: name -> command. A new command is one entry here plus its own file.
import type { Command } from './command';
import { conformanceCommand } from './conformance';
import { diffCommand } from './diff';
import { generateCommand } from './generate';

export type { Command } from './command';

export const commands: Record<string, Command> = {
  generate: generateCommand,
  diff: diffCommand,
  conformance: conformanceCommand,
};
