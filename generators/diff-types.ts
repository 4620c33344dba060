// diff for the type declarations: enums, data interfaces, callback interfaces and aliases.
import type { ApiChange, ChangeKind, Severity } from './diff-change';
import { callbackMemberSignature, within } from './diff-change';
import { diffParams } from './diff-params';
import { type Usage, usageOf } from './diff-usage';
import type { ApiManifest, CallbackInterfaceInfo, EnumInfo, FieldInfo, InterfaceInfo } from './manifest';

type Emit = (c: ApiChange) => void;
type What = 'class' | 'enum' | 'interface' | 'callback' | 'alias';

/** Whole declarations: removed (breaking), added (compatible), or compared member by member. */
export function diffDeclarations<T extends { name: string }>(
  oldList: readonly T[],
  newList: readonly T[],
  what: What,
  describe: (d: T) => string,
  compare: (o: T, n: T) => void,
  emit: Emit,
): void {
  const newByName = new Map(newList.map((d) => [d.name, d]));
  const oldNames = new Set(oldList.map((d) => d.name));
  for (const o of oldList) {
    const n = newByName.get(o.name);
    if (n) {
      compare(o, n);
      continue;
    }
    const kind = `${what}-removed` as ChangeKind;
    emit({ kind, severity: 'breaking', member: o.name, old: describe(o), message: `${what} ${o.name} removed` });
  }
  for (const n of newList) {
    if (oldNames.has(n.name)) continue;
    const kind = `${what}-added` as ChangeKind;
    emit({ kind, severity: 'compatible', member: n.name, new: describe(n), message: `${what} ${n.name} added` });
  }
}

export function diffEnum(o: EnumInfo, n: EnumInfo, emit: Emit): void {
  const newByName = new Map(n.members.map((m) => [m.name, m]));
  const text = (m: { name: string; value: string | number }) => `${m.name} = ${JSON.stringify(m.value)}`;
  for (const om of o.members) {
    const nm = newByName.get(om.name);
    const base = { class: o.name, member: om.name, old: text(om) };
    if (!nm) {
      emit({ ...base, kind: 'enum-member-removed', severity: 'breaking', message: `enum member ${om.name} removed` });
    } else if (nm.value !== om.value) {
      const message = `enum member ${om.name} renumbered: ${JSON.stringify(om.value)} -> ${JSON.stringify(nm.value)}`;
      emit({ ...base, new: text(nm), kind: 'enum-member-renumbered', severity: 'breaking', message });
    }
  }
  for (const nm of n.members) {
    if (o.members.some((m) => m.name === nm.name)) continue;
    const message = `enum member ${nm.name} added`;
    emit({ kind: 'enum-member-added', severity: 'compatible', class: n.name, member: nm.name, new: text(nm), message });
  }
}

export function diffInterface(o: InterfaceInfo, n: InterfaceInfo, usage: Usage, emit: Emit): void {
  const isIn = usage.isInput(n.name);
  const isOut = usage.isOutput(n.name);
  const text = (f: FieldInfo) => `${f.name}${f.optional ? '?' : ''}: ${f.type}`;
  const change = (kind: ChangeKind, severity: Severity, f: FieldInfo, message: string, before?: FieldInfo) =>
    emit({ kind, severity, class: n.name, member: f.name, old: before && text(before), new: text(f), message });
  const newByName = new Map(n.fields.map((f) => [f.name, f]));
  for (const of of o.fields) {
    const nf = newByName.get(of.name);
    if (!nf) {
      const message = `field ${of.name} removed`;
      emit({ kind: 'field-removed', severity: 'breaking', class: o.name, member: of.name, old: text(of), message });
      continue;
    }
    if (of.type !== nf.type) {
      // Callers may keep passing old values if the type only widened; readers keep working if it only narrowed.
      const safe = (!isOut && within(of.ref, nf.ref)) || (!isIn && within(nf.ref, of.ref));
      const message = `field ${nf.name} retyped: ${of.type} -> ${nf.type}`;
      change('field-retyped', safe ? 'compatible' : 'breaking', nf, message, of);
    }
    if (of.optional && !nf.optional) {
      change('field-made-required', isIn ? 'breaking' : 'compatible', nf, `field ${nf.name} made required`, of);
    } else if (!of.optional && nf.optional) {
      const message = `field ${nf.name} made optional (readers may get undefined)`;
      change('field-made-optional', isOut ? 'breaking' : 'compatible', nf, message, of);
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
      const message = `callback member ${om.name} removed (never called any more)`;
      emit({ ...base, kind: 'callback-member-removed', severity: 'breaking', message });
      continue;
    }
    const both = { ...base, new: callbackMemberSignature(nm) };
    if (om.optional && !nm.optional) {
      const message = `callback member ${om.name} made required`;
      emit({ ...both, kind: 'callback-member-made-required', severity: 'breaking', message });
    } else if (!om.optional && nm.optional) {
      const message = `callback member ${om.name} made optional`;
      emit({ ...both, kind: 'callback-member-made-optional', severity: 'compatible', message });
    }
    diffParams(om.params, nm.params, 'out', (c, severity, message) =>
      emit({ ...both, kind: `callback-param-${c}` as ChangeKind, severity, message: `${om.name}: ${message}` }),
    );
  }
  for (const nm of n.members) {
    if (o.members.some((m) => m.name === nm.name)) continue;
    emit({
      kind: 'callback-member-added',
      // A user's callback object type-checks against the interface: a new required member breaks it.
      severity: nm.optional ? 'compatible' : 'breaking',
      class: n.name,
      member: nm.name,
      new: callbackMemberSignature(nm),
      message: `${nm.optional ? 'optional' : 'required'} callback member ${nm.name} added`,
    });
  }
}

export function diffTypes(oldM: ApiManifest, newM: ApiManifest, emit: Emit): void {
  const usage = usageOf(newM);
  const iface = (i: { name: string }) => `interface ${i.name}`;
  diffDeclarations(oldM.enums, newM.enums, 'enum', (e) => `enum ${e.name}`, (o, n) => diffEnum(o, n, emit), emit);
  diffDeclarations(oldM.interfaces, newM.interfaces, 'interface', iface, (o, n) => diffInterface(o, n, usage, emit), emit);
  diffDeclarations(oldM.callbacks, newM.callbacks, 'callback', iface, (o, n) => diffCallback(o, n, emit), emit);
  const alias = (a: { name: string; type: string }) => `type ${a.name} = ${a.type}`;
  const compareAlias = (o: ApiManifest['aliases'][number], n: ApiManifest['aliases'][number]) => {
    if (o.type === n.type) return;
    const message = `type ${o.name} changed: ${o.type} -> ${n.type}`;
    emit({ kind: 'alias-retyped', severity: 'breaking', member: o.name, old: alias(o), new: alias(n), message });
  };
  diffDeclarations(oldM.aliases, newM.aliases, 'alias', alias, compareAlias, emit);
}
