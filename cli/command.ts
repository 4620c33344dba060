// What a CLI command is. Commands throw UsageError/ApiReadError for user mistakes; runCli turns those into
// one-line messages and exit code 2.
import type { CliIo } from './io';

export interface Command {
  summary: string;
  run(argv: string[], io?: CliIo): Promise<number>;
}
