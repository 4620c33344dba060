import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

/**
 * Reads the method tables of `docs/fidelity.md` and lists what makes them untrue. Used by
 * `docs/fidelity.test.ts`.
 *
 * A method table starts with the header `| method | status | … |` and has five columns: the method (its
 * name in backticks), the status, the rule, the choice and the tests. Each test is written as
 * `` `path/to/file.test.ts` › "part of the test's name" ``, and several tests are separated by `;`.
 */

export const STATUSES = ['simulated', 'partly', 'not simulated'] as const;
export type Status = (typeof STATUSES)[number];

export interface TestRef {
  /** A test file, relative to the repository root. */
  readonly path: string;
  /** Part of a test name in that file, if the row gives one. */
  readonly name?: string;
}

export interface FidelityRow {
  /** 1-based line of the row in the document. */
  readonly line: number;
  /** The heading the table sits under. */
  readonly section: string;
  readonly method: string;
  readonly status: string;
  readonly rule: string;
  readonly choice: string;
  readonly tests: readonly TestRef[];
  readonly cellCount: number;
}

export interface FidelityInputs {
  /** Every native method that needs a row (the 5.2.5 methods and the legacy names). */
  readonly methods: readonly string[];
  /** The methods the fake native module really has. */
  readonly registered: ReadonlySet<string>;
  /** Repository root: test paths are relative to it. */
  readonly root: string;
}

const TABLE_HEADER = /^\|\s*method\s*\|\s*status\s*\|/i;
const SEPARATOR = /^\|(\s*:?-{3,}:?\s*\|)+\s*$/;
const TEST_REF = /`([^`]+\.test\.ts)`(?:\s*›\s*"([^"]*)")?/g;
const COUNTS = /^Counts: (\d+) simulated, (\d+) partly, (\d+) not simulated\.$/m;

/** Splits a table row into trimmed cells (an escaped `\|` stays inside its cell). */
export function splitCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

export function parseTests(cell: string): TestRef[] {
  return [...cell.matchAll(TEST_REF)].map((m) => (m[2] === undefined ? { path: m[1] } : { path: m[1], name: m[2] }));
}

/** The rows of every method table, plus the problems found while reading them (a table with no separator row). */
export function parseFidelityTables(md: string): { rows: FidelityRow[]; problems: string[] } {
  const rows: FidelityRow[] = [];
  const problems: string[] = [];
  const lines = md.split(/\r?\n/);
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{1,6}\s+(.+)$/.exec(lines[i]);
    if (heading) {
      section = heading[1].trim();
      continue;
    }
    if (!TABLE_HEADER.test(lines[i])) continue;
    if (!SEPARATOR.test(lines[i + 1] ?? '')) {
      problems.push(`line ${i + 1}: the method table under "${section}" has no separator row`);
      continue;
    }
    i += 1;
    while (i + 1 < lines.length && lines[i + 1].trim().startsWith('|')) {
      i += 1;
      const cells = splitCells(lines[i]);
      rows.push({
        line: i + 1,
        section,
        method: /`([A-Za-z_$][\w$]*)`/.exec(cells[0] ?? '')?.[1] ?? '',
        status: cells[1] ?? '',
        rule: cells[2] ?? '',
        choice: cells[3] ?? '',
        tests: parseTests(cells[4] ?? ''),
        cellCount: cells.length,
      });
    }
  }
  return { rows, problems };
}

/** Everything that makes the document untrue; empty when it holds. */
export function fidelityProblems(md: string, inputs: FidelityInputs): string[] {
  const { rows, problems } = parseFidelityTables(md);
  const known = new Set(inputs.methods);
  const files = new Map<string, string | null>();
  const fileText = (path: string): string | null => {
    if (!files.has(path)) {
      const full = join(inputs.root, path);
      files.set(path, existsSync(full) ? readFileSync(full, 'utf8') : null);
    }
    return files.get(path)!;
  };

  for (const row of rows) {
    const at = `line ${row.line} (${row.method || 'no method'})`;
    if (row.cellCount !== 5) problems.push(`${at}: ${row.cellCount} cells, expected 5 (method, status, rule, choice, test)`);
    if (!row.method) {
      problems.push(`${at}: the first cell names no method in backticks`);
      continue;
    }
    if (!known.has(row.method)) problems.push(`${at}: ${row.method} is not a native method of the RN module`);
    if (!(STATUSES as readonly string[]).includes(row.status)) {
      problems.push(`${at}: status "${row.status}" is not one of ${STATUSES.join(', ')}`);
    }
    const registered = inputs.registered.has(row.method);
    if (registered && row.status === 'not simulated') problems.push(`${at}: marked "not simulated" but the fake module has it`);
    if (!registered && row.status !== 'not simulated') problems.push(`${at}: marked "${row.status}" but the fake module does not have it`);
    if (!row.rule) problems.push(`${at}: the rule cell is empty`);
    if (!row.choice) problems.push(`${at}: the choice cell is empty (write "—" when there is none)`);
    if (row.status !== 'not simulated' && row.tests.length === 0) problems.push(`${at}: names no test file`);
    for (const test of row.tests) {
      const text = fileText(test.path);
      if (text === null) problems.push(`${at}: test file ${test.path} does not exist`);
      else if (test.name !== undefined && !text.includes(test.name)) problems.push(`${at}: ${test.path} has no test named "${test.name}"`);
    }
    const texts = row.tests.map((t) => fileText(t.path)).filter((t): t is string => t !== null);
    if (texts.length > 0 && !texts.some((t) => t.includes(row.method))) {
      problems.push(`${at}: none of its test files mentions ${row.method}`);
    }
  }

  const seen = new Map<string, number[]>();
  for (const row of rows) if (row.method) seen.set(row.method, [...(seen.get(row.method) ?? []), row.line]);
  for (const method of inputs.methods) {
    const lines = seen.get(method) ?? [];
    if (lines.length === 0) problems.push(`${method}: no row`);
    if (lines.length > 1) problems.push(`${method}: ${lines.length} rows (lines ${lines.join(', ')})`);
  }

  const counts = COUNTS.exec(md);
  if (!counts) problems.push('no "Counts: N simulated, N partly, N not simulated." line');
  else {
    const actual = STATUSES.map((status) => rows.filter((r) => r.status === status).length);
    const stated = counts.slice(1, 4).map(Number);
    if (stated.join() !== actual.join()) {
      problems.push(`the counts line says ${stated.join('/')} (simulated/partly/not simulated); the rows give ${actual.join('/')}`);
    }
  }
  return problems;
}

/** Rows per status, for reports. */
export function statusCounts(md: string): Record<Status, number> {
  const { rows } = parseFidelityTables(md);
  return Object.fromEntries(STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<Status, number>;
}
