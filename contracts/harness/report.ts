// Renderings of a conformance report: a readable table, one replay command per failure, JUnit XML and JSON.
import { show } from './equality';
import type { CheckReport, ConformanceReport, Failure } from './types';

export interface ReplayContext {
  sdk: string;
  /** The --wrapper argument as the user gave it, if any. */
  wrapper?: string;
}

const quote = (s: string) => (/^[\w./:@-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export function replayCommand(failure: Failure, ctx: ReplayContext): string {
  const parts = ['npx imsim conformance', ctx.sdk, ...(ctx.wrapper ? ['--wrapper', quote(ctx.wrapper)] : []), '--seed', String(failure.seed), '--only', quote(failure.replayId)];
  if (failure.path) parts.push('--path', quote(failure.path));
  return parts.join(' ');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

export function formatReport(report: ConformanceReport, ctx: ReplayContext): string {
  const rows = report.checks.map((c) => [c.id, c.kind, c.status, String(c.runs), seconds(c.ms), c.reason ?? '']);
  const head = ['check', 'kind', 'status', 'runs', 'time', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 3 || i === 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''];
  const failures = report.checks.filter((c) => c.status === 'failed' && c.failure);
  const seen = new Set<string>();
  for (const c of failures) {
    const f = c.failure!;
    const key = `${f.replayId}|${f.path}|${f.message}`;
    if (seen.has(key)) continue; // a rule entry repeats its method's failure
    seen.add(key);
    out.push(...formatFailure(c, ctx), '');
  }
  const t = report.totals;
  out.push(`${t.checks} checks: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped; ${t.runs} runs in ${seconds(t.ms)} (seed ${report.seed})`);
  return out.join('\n');
}

export function formatFailure(c: CheckReport, ctx: ReplayContext): string[] {
  const f = c.failure!;
  const message = f.message.startsWith(`${c.id}: `) ? f.message.slice(c.id.length + 2) : f.message;
  const lines = [`FAILED ${c.id}${f.replayId !== c.id ? ` (in ${f.replayId})` : ''}: ${message}`];
  if (f.firstDifference) {
    lines.push(`  expected: ${show(f.firstDifference.expected, 400)}`);
    lines.push(`  actual:   ${show(f.firstDifference.actual, 400)}`);
  }
  if (f.counterexample !== undefined && f.counterexample !== null) lines.push(`  counterexample: ${show(f.counterexample, 600)}`);
  lines.push(`  replay: ${replayCommand(f, ctx)}`);
  return lines;
}

/** JSON-safe copy: Maps become { $map: entries }, functions and symbols their names, errors their message. */
export function toJsonValue(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (value instanceof Error) return { name: value.name, message: value.message, ...('code' in value ? { code: toJsonValue((value as { code: unknown }).code, seen) } : {}) };
    if (value instanceof Map) return { $map: [...value].map(([k, v]) => [toJsonValue(k, seen), toJsonValue(v, seen)]) };
    if (value instanceof Set) return { $set: [...value].map((v) => toJsonValue(v, seen)) };
    if (Array.isArray(value)) return value.map((v) => toJsonValue(v, seen));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v, seen)]));
  } finally {
    seen.delete(value);
  }
}

export function reportJson(report: ConformanceReport, ctx: ReplayContext): string {
  const checks = report.checks.map((c) => (c.failure ? { ...c, failure: { ...c.failure, replay: replayCommand(c.failure, ctx) } } : c));
  return JSON.stringify(toJsonValue({ ...report, checks }), null, 2);
}

const xml = (s: string) => s.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function junitXml(report: ConformanceReport, ctx: ReplayContext): string {
  const t = report.totals;
  const cases = report.checks.map((c) => {
    const open = `    <testcase classname="${xml(`${ctx.sdk}.${c.kind}`)}" name="${xml(c.id)}" time="${(c.ms / 1000).toFixed(3)}"`;
    if (c.status === 'passed') return `${open}/>`;
    if (c.status === 'skipped') return `${open}>\n      <skipped message="${xml(c.reason ?? 'skipped')}"/>\n    </testcase>`;
    const f = c.failure!;
    return `${open}>\n      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(formatFailure(c, ctx).join('\n'))}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="imsim conformance" tests="${t.checks}" failures="${t.failed}" skipped="${t.skipped}" time="${(t.ms / 1000).toFixed(3)}">`,
    `  <testsuite name="${xml(`imsim conformance ${ctx.sdk}`)}" tests="${t.checks}" failures="${t.failed}" skipped="${t.skipped}" time="${(t.ms / 1000).toFixed(3)}">`,
    `    <properties><property name="seed" value="${report.seed}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
