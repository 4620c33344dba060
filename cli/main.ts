#!/usr/bin/env node
// The `imsim` executable (package.json "bin" -> dist/cli/main.js).
import { runCli } from './run';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only internal errors get here (user errors are handled in runCli): show the stack, it is a bug.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`imsim: internal error: ${detail}\n`);
    process.exitCode = 70;
  },
);
