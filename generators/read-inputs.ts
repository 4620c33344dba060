// Resolves readApi's inputs (folders and files) to the TypeScript files to load, or says why it cannot.
import * as fs from 'fs';
import * as path from 'path';
import { ApiReadError } from './errors';

const SKIPPED_DIRS = new Set(['node_modules', '__tests__', 'dist']);

export function resolveInputs(inputs: string | readonly string[]): string[] {
  const list = typeof inputs === 'string' ? [inputs] : [...inputs];
  if (list.length === 0) throw new ApiReadError('no input given');
  const files = new Set<string>();
  for (const input of list) {
    const abs = path.resolve(input);
    const stat = statOrUndefined(abs);
    if (!stat) throw new ApiReadError(`no such file or folder: ${input}`);
    if (stat.isDirectory()) {
      const found = walk(abs);
      if (found.length === 0) throw new ApiReadError(`no TypeScript files in ${input}`);
      found.forEach((f) => files.add(f));
    } else if (isTsFile(abs)) {
      files.add(abs);
    } else {
      throw new ApiReadError(`not a TypeScript file (.ts or .d.ts): ${input}`);
    }
  }
  return [...files].sort();
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...walk(full));
    } else if (isTsFile(full) && !/\.(test|spec)\.ts$/.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

function isTsFile(file: string): boolean {
  return /\.(d\.)?ts$/.test(file) && !/\.d\.ts\.map$/.test(file);
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
