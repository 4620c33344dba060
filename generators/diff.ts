// diffApis: what changed between two versions of an SDK's API, each change classed breaking or compatible.
// Classes and their methods/listeners are compared here; type declarations in diff-types.ts.
import type { ApiChange, ChangeKind } from './diff-change';
import { listenerSignature, methodSignature, within } from './diff-change';
import { diffParams } from './diff-params';
import { pairRenames } from './diff-renames';
import { diffDeclarations, diffTypes } from './diff-types';
import type { ApiManifest, ClassInfo, ListenerInfo, MethodInfo } from './manifest';

export type { ApiChange, ChangeKind, Severity } from './diff-change';

export function diffApis(oldM: ApiManifest, newM: ApiManifest): ApiChange[] {
  const changes: ApiChange[] = [];
  const emit = (c: ApiChange) => changes.push(stripUndefined(c));
  const describe = (c: ClassInfo) => `class ${c.name}`;
  diffDeclarations(oldM.classes, newM.classes, 'class', describe, (o, n) => diffClass(o, n, emit), emit);
  diffTypes(oldM, newM, emit);
  return sortChanges(changes);
}

export function sortChanges(changes: ApiChange[]): ApiChange[] {
  const rank = (c: ApiChange) => (c.severity === 'breaking' ? 0 : 1);
  const k = (c: ApiChange) => `${c.class ?? ''}\u0000${c.member}\u0000${c.kind}\u0000${c.message}`;
  return [...changes].sort((a, b) => rank(a) - rank(b) || (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}

function diffClass(o: ClassInfo, n: ClassInfo, emit: (c: ApiChange) => void): void {
  const cls = o.name;
  diffMembers(o.methods, n.methods, (m) => m.name, (m) => m.name, methodShape, {
    removed: (r, hint, to) =>
      emit({
        kind: 'method-removed',
        severity: 'breaking',
        class: cls,
        member: r.name,
        old: methodSignature(r),
        message: `method removed${hint}`,
        renamedTo: to,
      }),
    added: (a, hint, from) =>
      emit({
        kind: 'method-added',
        severity: 'compatible',
        class: cls,
        member: a.name,
        new: methodSignature(a),
        message: `method added${hint}`,
        renamedFrom: from,
      }),
    same: (om, nm) => diffMethod(cls, om, nm, emit),
  });
  diffMembers(o.listeners, n.listeners, (l) => l.setter, (l) => l.event.replace(/^on/, ''), listenerShape, {
    removed: (r, hint, to) =>
      emit({
        kind: 'listener-removed',
        severity: 'breaking',
        class: cls,
        member: r.setter,
        old: listenerSignature(r),
        message: `listener setter removed${hint}`,
        renamedTo: to,
      }),
    added: (a, hint, from) =>
      emit({
        kind: 'listener-added',
        severity: 'compatible',
        class: cls,
        member: a.setter,
        new: listenerSignature(a),
        message: `listener setter added${hint}`,
        renamedFrom: from,
      }),
    same: (ol, nl) => diffListener(cls, ol, nl, emit),
  });
}

interface MemberReport<T> {
  removed(member: T, hint: string, renamedTo?: string): void;
  added(member: T, hint: string, renamedFrom?: string): void;
  same(oldMember: T, newMember: T): void;
}

/** Matches members by name; unmatched ones are reported removed/added, with a hint when they look like a rename. */
function diffMembers<T>(
  oldList: readonly T[],
  newList: readonly T[],
  name: (m: T) => string,
  similarityKey: (m: T) => string,
  shape: (m: T) => string,
  report: MemberReport<T>,
): void {
  const newByName = new Map(newList.map((m) => [name(m), m]));
  const oldNames = new Set(oldList.map(name));
  const removed = oldList.filter((m) => !newByName.has(name(m)));
  const added = newList.filter((m) => !oldNames.has(name(m)));
  for (const o of oldList) {
    const n = newByName.get(name(o));
    if (n) report.same(o, n);
  }
  const pairs = pairRenames(
    removed.map((m) => ({ name: name(m), key: similarityKey(m), shape: shape(m) })),
    added.map((m) => ({ name: name(m), key: similarityKey(m), shape: shape(m) })),
  );
  const addedByName = new Map(added.map((m) => [name(m), m]));
  for (const r of removed) {
    const to = pairs.get(name(r));
    if (to) {
      report.removed(r, ` (likely renamed to ${to})`, to);
      report.added(addedByName.get(to)!, ` (likely renamed from ${name(r)})`, name(r));
    } else {
      report.removed(r, '');
    }
  }
  const pairedTo = new Set(pairs.values());
  for (const a of added) if (!pairedTo.has(name(a))) report.added(a, '');
}

/** What a pure rename keeps: the required parameter types (listeners: all parameter types). */
function methodShape(m: MethodInfo): string {
  return m.params.filter((p) => !p.optional).map((p) => p.type).join(',');
}

function listenerShape(l: ListenerInfo): string {
  return l.params.map((p) => p.type).join(',');
}

function diffMethod(cls: string, o: MethodInfo, n: MethodInfo, emit: (c: ApiChange) => void): void {
  const base = { class: cls, member: n.name, old: methodSignature(o), new: methodSignature(n) };
  if (o.static !== n.static) {
    const message = `method ${n.static ? 'made static' : 'no longer static'}`;
    emit({ ...base, kind: 'method-static-changed', severity: 'breaking', message });
  }
  diffParams(o.params, n.params, 'in', (c, severity, message) =>
    emit({ ...base, kind: `param-${c}` as ChangeKind, severity, message }),
  );
  if (o.returns !== n.returns) {
    const safe = within(n.returnRef, o.returnRef);
    const message = `return type changed: ${o.returns} -> ${n.returns}${safe ? ' (narrowed)' : ''}`;
    emit({ ...base, kind: 'return-retyped', severity: safe ? 'compatible' : 'breaking', message });
  }
  if (!o.docs.deprecated && n.docs.deprecated) {
    emit({ ...base, kind: 'method-deprecated', severity: 'compatible', message: 'method deprecated' });
  }
}

function diffListener(cls: string, o: ListenerInfo, n: ListenerInfo, emit: (c: ApiChange) => void): void {
  const base = { class: cls, member: n.setter, old: listenerSignature(o), new: listenerSignature(n) };
  diffParams(o.params, n.params, 'out', (c, severity, message) =>
    emit({ ...base, kind: `listener-param-${c}` as ChangeKind, severity, message: `listener ${message}` }),
  );
  if (!o.docs.deprecated && n.docs.deprecated) {
    emit({ ...base, kind: 'listener-deprecated', severity: 'compatible', message: 'listener deprecated' });
  }
}

function stripUndefined(c: ApiChange): ApiChange {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as unknown as ApiChange;
}
