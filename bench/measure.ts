import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

/**
 * Timing helpers for benchmarks. Benchmarks report ratios measured in the same run (a figure next to
 * its baseline), never absolute thresholds, because machines differ.
 */
export interface Timing {
  /** Wall time of one run, in ms. */
  ms: number;
  /** Units of work done (messages, calls ...). */
  units: number;
}

let exposedGc: (() => void) | null = null;

/** `global.gc` without `--expose-gc` on the command line (`npm run bench` runs plain node); the flag is set once. */
export function gcFunction(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  if (!exposedGc) {
    setFlagsFromString('--expose_gc');
    exposedGc = runInNewContext('gc') as () => void;
  }
  return exposedGc;
}

/**
 * The heap in use once garbage is collected. A macrotask turn first: a world that just finished is still
 * held by the promise chain of its last settle until the microtask queue unwinds.
 */
export async function settledHeap(gc: () => void): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Runs `fn` once for warm-up, then `repeat` times, and keeps the fastest run (least disturbed by GC and
 * other load). No forced GC between runs: after a full collection V8 shrinks the heap, and the next run
 * would pay for growing it again (measured: world reset 9 us becomes 100 us), which tests in a row do not.
 */
export async function best(repeat: number, fn: () => Promise<number> | number): Promise<Timing> {
  await fn();
  let bestMs = Infinity;
  let units = 0;
  for (let i = 0; i < repeat; i++) {
    const start = nowMs();
    units = await fn();
    bestMs = Math.min(bestMs, nowMs() - start);
  }
  return { ms: bestMs, units };
}

export function perSecond(t: Timing): number {
  return (t.units / t.ms) * 1000;
}

export function usPerUnit(t: Timing): number {
  return (t.ms * 1000) / t.units;
}

export function fmt(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e6) return `${(n / 1e6).toFixed(digits)}M`;
  if (Math.abs(n) >= 1e4) return `${(n / 1e3).toFixed(digits)}k`;
  return n.toFixed(digits);
}

/** One printed figure: what was measured, its value, and the baseline it is compared with. */
export interface Figure {
  name: string;
  value: string;
  baseline: string;
  ratio: string;
  note?: string;
}

export function printTable(figures: Figure[]): void {
  const rows = [['figure', 'value', 'baseline', 'ratio', 'note'], ...figures.map((f) => [f.name, f.value, f.baseline, f.ratio, f.note ?? ''])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** Growth of cost per unit from 1x to 10x and 100x: ~1.0 means linear total cost. */
export function growth(timings: Timing[]): string {
  const base = usPerUnit(timings[0]);
  return timings.map((t) => (usPerUnit(t) / base).toFixed(2)).join(' / ');
}
