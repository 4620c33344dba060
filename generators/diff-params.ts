// Compares two parameter lists. Direction decides what is safe: for a method ('in') the caller supplies the
// arguments, so an optional trailing addition or a widened type is compatible; for a listener or callback
// ('out') the SDK calls the user's function, so a trailing addition is compatible but a new parameter in
// front (a leading `code`) shifts every argument the user reads, and only narrowing a type is safe.
import type { ParamInfo } from './manifest';
import type { Severity } from './diff-change';
import { within } from './diff-change';

export type Direction = 'in' | 'out';
export type ParamChange =
  | 'added'
  | 'removed'
  | 'reordered'
  | 'retyped'
  | 'renamed'
  | 'made-required'
  | 'made-optional';
export type Report = (change: ParamChange, severity: Severity, message: string) => void;

export function diffParams(
  oldP: readonly ParamInfo[],
  newP: readonly ParamInfo[],
  dir: Direction,
  report: Report,
): void {
  const oldNames = new Set(oldP.map((p) => p.name));
  const newNames = new Set(newP.map((p) => p.name));
  // Same position, same type, both names unique to their side: a rename, which positional calls never see.
  const renamed = new Map<string, string>();
  for (let i = 0; i < Math.min(oldP.length, newP.length); i++) {
    const o = oldP[i];
    const n = newP[i];
    const unique = !newNames.has(o.name) && !oldNames.has(n.name);
    if (o.name !== n.name && unique && o.type === n.type) renamed.set(o.name, n.name);
  }
  const newName = (name: string) => renamed.get(name) ?? name;
  const byNew = new Map(newP.map((p) => [p.name, p]));
  const common = oldP.filter((o) => byNew.has(newName(o.name)));
  const matched = new Set(common.map((o) => newName(o.name)));

  for (const [from, to] of renamed) report('renamed', 'compatible', `parameter '${from}' renamed to '${to}'`);

  const oldOrder = common.map((o) => newName(o.name));
  const newOrder = newP.map((p) => p.name).filter((n) => matched.has(n));
  if (oldOrder.join(',') !== newOrder.join(',')) {
    report('reordered', 'breaking', `parameters reordered: (${oldOrder.join(', ')}) -> (${newOrder.join(', ')})`);
  }

  for (const o of common) {
    const n = byNew.get(newName(o.name))!;
    if (o.type !== n.type) {
      const safe = dir === 'in' ? within(o.ref, n.ref) : within(n.ref, o.ref);
      const how = safe ? (dir === 'in' ? ' (widened)' : ' (narrowed)') : '';
      const message = `parameter '${n.name}' retyped: ${o.type} -> ${n.type}${how}`;
      report('retyped', safe ? 'compatible' : 'breaking', message);
    }
    if (o.optional !== n.optional) {
      const change = n.optional ? 'made-optional' : 'made-required';
      // A caller must now pass it (in); the user's function may now receive undefined (out).
      const breaking = dir === 'in' ? !n.optional : n.optional;
      const message = `parameter '${n.name}' ${n.optional ? 'made optional' : 'made required'}`;
      report(change, breaking ? 'breaking' : 'compatible', message);
    }
  }

  for (const o of oldP) {
    if (!byNew.has(newName(o.name))) report('removed', 'breaking', `parameter '${o.name}' removed`);
  }

  newP.forEach((n, j) => {
    if (matched.has(n.name)) return;
    const before = newP.slice(j + 1).find((q) => matched.has(q.name));
    if (before) {
      report('added', 'breaking', `parameter '${n.name}' inserted before '${before.name}' (shifts later arguments)`);
    } else if (dir === 'out' || n.optional) {
      report('added', 'compatible', `${n.optional ? 'optional ' : ''}parameter '${n.name}' added at the end`);
    } else {
      report('added', 'breaking', `required parameter '${n.name}' added`);
    }
  });
}
