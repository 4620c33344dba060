// diff for the type declarations: enums, data interfaces, callback interfaces and aliases.
import type { ApiChange, ChangeKind, Severity } from './diff-change';
import { callbackMemberSignature, within } from './diff-change';
import { diffParams } from './diff-params';
import { usageOf, type Usage } from './diff-usage';
import type { ApiManifest, CallbackInterfaceInfo, EnumInfo, FieldInfo, InterfaceInfo } from './manifest';

type Emit = (c: ApiChange) => void;

export function diffDeclarations<T extends { name: string }>(
  oldList: readonly T[],
  newList: readonly T[],
  what: 'class' | 'enum' | 'interface' | 'callback' | 'alias',
  describe: (d: T) => string,
  compare: (o: T, n: T) => void,
  emit: Emit,
): void {
  const newByName = new Map(newList.map((d) => [d.name, d]));
  const oldNames = new Set(oldList.map((d) => d.name));
  for (const o of oldList) {
    const n = newByName.get(o.name);
    if (n) compare(o, n);
    else emit({ kind: `${what}-removed` as ChangeKind, severity: 'breaking', member: o.name, old: describe(o), message: `${what} ${o.name} removed` });
  }
  for (const n of newList) {
    if (!oldNames.has(n.name)) {
      emit({ kind: `${what}-added` as ChangeKind, severity: 'compatible', member: n.name, new: describe(n), message: `${what} ${n.name} added` });
    }
  }
}

export function diffEnum(o: EnumInfo, n: EnumInfo, emit: Emit): void {
  const newByName = new Map(n.members.map((m) => [m.name, m]));
  const text = (m: { name: string; value: string | number }) => `${m.name} = ${JSON.stringify(m.value)}`;
  for (const om of o.members) {
    const nm = newByName.get(om.name);
    if (!nm) {
      emit({ kind: 'enum-member-removed', severity: 'breaking', class: o.name, member: om.name, old: text(om), message: `enum member ${om.name} removed` });
    } else if (nm.value !== om.value) {
      emit({
        kind: 'enum-member-renumbered',
        severity: 'breaking',
        class: o.name,
        member: om.name,
        old: text(om),
        new: text(nm),
        message: `enum member ${om.name} renumbered: ${JSON.stringify(om.value)} -> ${JSON.stringify(nm.value)}`,
      });
    }
  }
  for (const nm of n.members) {
    if (!o.members.some((m) => m.name === nm.name)) {
      emit({ kind: 'enum-member-added', severity: 'compatible', class: n.name, member: nm.name, new: text(nm), message: `enum member ${nm.name} added` });
    }
  }
}

export function diffInterface(o: InterfaceInfo, n: InterfaceInfo, usage: Usage, emit: Emit): void {
  const isIn = usage.isInput(n.name);
  const isOut = usage.isOutput(n.name);
  const text = (f: FieldInfo) => `${f.name}${f.optional ? '?' : ''}: ${f.type}`;
  const change = (kind: ChangeKind, severity: Severity, f: FieldInfo, message: string, of?: FieldInfo) =>
    emit({ kind, severity, class: n.name, member: f.name, old: of && text(of), new: kind === 'field-removed' ? undefined : text(f), message });
  const newByName = new Map(n.fields.map((f) => [f.name, f]));
  for (const of of o.fields) {
    const nf = newByName.get(of.name);
    if (!nf) {
      emit({ kind: 'field-removed', severity: 'breaking', class: o.name, member: of.name, old: text(of), message: `field ${of.name} removed` });
      continue;
    }
    if (of.type !== nf.type) {
      // Callers may keep passing old values if the type only widened; readers keep working if it only narrowed.
      const safe = (!isOut && within(of.ref, nf.ref)) || (!isIn && within(nf.ref, of.ref));
      change('field-retyped', safe ? 'compatible' : 'breaking', nf, `field ${nf.name} retyped: ${of.type} -> ${nf.type}`, of);
    }
    if (of.optional && !nf.optional) {
      change('field-made-required', isIn ? 'breaking' : 'compatible', nf, `field ${nf.name} made required`, of);
    } else if (!of.optional && nf.optional) {
      change('field-made-optional', isOut ? 'breaking' : 'compatible', nf, `field ${nf.name} made optional (readers may get undefined)`, of);
    }
  }
  for (const nf of n.fields) {
    if (o.fields.some((f) => f.name === nf.name)) continue;
    const breaking = !nf.optional && isIn;
    const message = nf.optional
      ? `optional field ${nf.name} added`
      : `required field ${nf.name} added${isIn ? ' to a type callers build' : ' (output-only type)'}`;
    change('field-added', breaking ? 'breaking' : 'compatible', nf, message);
  }
}

export function diffCallback(o: CallbackInterfaceInfo, n: CallbackInterfaceInfo, emit: Emit): void {
  const newByName = new Map(n.members.map((m) => [m.name, m]));
  for (const om of o.members) {
    const nm = newByName.get(om.name);
    const base = { class: o.name, member: om.name, old: callbackMemberSignature(om) };
    if (!nm) {
      emit({ ...base, kind: 'callback-member-removed', severity: 'breaking', message: `callback member ${om.name} removed (never called any more)` });
      continue;
    }
    const withNew = { ...base, new: callbackMemberSignature(nm) };
    if (om.optional && !nm.optional) {
      emit({ ...withNew, kind: 'callback-member-made-required', severity: 'breaking', message: `callback member ${om.name} made required` });
    } else if (!om.optional && nm.optional) {
      emit({ ...withNew, kind: 'callback-member-made-optional', severity: 'compatible', message: `callback member ${om.name} made optional` });
    }
    diffParams(om.params, nm.params, 'out', (c, severity, message) =>
      emit({ ...withNew, kind: `callback-param-${c}` as ChangeKind, severity, message: `${om.name}: ${message}` }),
    );
  }
  for (const nm of n.members) {
    if (o.members.some((m) => m.name === nm.name)) continue;
    emit({
      kind: 'callback-member-added',
      severity: nm.optional ? 'compatible' : 'breaking',
      class: n.name,
      member: nm.name,
      new: callbackMemberSignature(nm),
      message: `${nm.optional ? 'optional' : 'required'} callback member ${nm.name} added`,
    });
  }
}

export function diffTypes(oldM: ApiManifest, newM: ApiManifest, emit: Emit): void {
  diffDeclarations(oldM.enums, newM.enums, 'enum', (e) => `enum ${e.name}`, (o, n) => diffEnum(o, n, emit), emit);
  const u = usageOf(newM);
  diffDeclarations(oldM.interfaces, newM.interfaces, 'interface', (i) => `interface ${i.name}`, (o, n) => diffInterface(o, n, u, emit), emit);
  diffDeclarations(oldM.callbacks, newM.callbacks, 'callback', (c) => `interface ${c.name}`, (o, n) => diffCallback(o, n, emit), emit);
  diffDeclarations(
    oldM.aliases,
    newM.aliases,
    'alias',
    (a) => `type ${a.name} = ${a.type}`,
    (o, n) => {
      if (o.type !== n.type) {
        emit({ kind: 'alias-retyped', severity: 'breaking', member: o.name, old: `type ${o.name} = ${o.type}`, new: `type ${n.name} = ${n.type}`, message: `type ${o.name} changed: ${o.type} -> ${n.type}` });
      }
    },
    emit,
  );
}
