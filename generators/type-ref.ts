// Small constructors and transforms on TypeRef shared by the reader, the emitters and diff.
import type { TypeRef } from './manifest';
import { typeText } from './type-text';

/** Flattens nested unions, drops duplicates and sorts members (null/undefined last) so order never matters. */
export function makeUnion(members: TypeRef[]): TypeRef {
  const flat = members.flatMap((m) => (m.kind === 'union' ? m.members : [m]));
  const byText = new Map<string, TypeRef>();
  for (const m of flat) byText.set(typeText(m), m);
  const sorted = [...byText.entries()].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length === 1) return sorted[0][1];
  return { kind: 'union', members: sorted.map(([, m]) => m) };
}

function rank(text: string): number {
  return text === 'null' ? 1 : text === 'undefined' ? 2 : 0;
}

/** Replaces type parameters by the given arguments (used when flattening `extends Base<Arg>`). */
export function substitute(ref: TypeRef, bindings: ReadonlyMap<string, TypeRef>): TypeRef {
  if (bindings.size === 0) return ref;
  const sub = (r: TypeRef) => substitute(r, bindings);
  switch (ref.kind) {
    case 'typeParam':
      return bindings.get(ref.name) ?? ref;
    case 'array':
      return { kind: 'array', element: sub(ref.element) };
    case 'tuple':
      return { kind: 'tuple', elements: ref.elements.map((e) => ({ type: sub(e.type), optional: e.optional })) };
    case 'map':
    case 'record':
      return { kind: ref.kind, key: sub(ref.key), value: sub(ref.value) };
    case 'ref':
      return { kind: 'ref', name: ref.name, args: ref.args.map(sub) };
    case 'union':
      return makeUnion(ref.members.map(sub));
    case 'function':
      return {
        kind: 'function',
        params: ref.params.map((p) => ({ ...p, type: sub(p.type) })),
        returns: sub(ref.returns),
      };
    case 'promise':
      return { kind: 'promise', value: sub(ref.value) };
    case 'object':
      return { kind: 'object', fields: ref.fields.map((f) => ({ ...f, type: sub(f.type) })) };
    default:
      return ref;
  }
}

/** The type without `undefined`/`null` members: what an optional or nullable value holds when present. */
export function stripNullish(ref: TypeRef): TypeRef {
  if (ref.kind !== 'union') return ref;
  const rest = ref.members.filter((m) => !(m.kind === 'primitive' && (m.name === 'undefined' || m.name === 'null')));
  return rest.length === ref.members.length ? ref : rest.length === 0 ? ref : makeUnion(rest);
}

export function isMapRef(ref: TypeRef): boolean {
  return stripNullish(ref).kind === 'map';
}

export function isFunctionRef(ref: TypeRef): boolean {
  return stripNullish(ref).kind === 'function';
}

/** Every named declaration a type mentions (not type parameters or inline structure). */
export function referencedNames(ref: TypeRef, out: Set<string> = new Set()): Set<string> {
  switch (ref.kind) {
    case 'ref':
      out.add(ref.name);
      ref.args.forEach((a) => referencedNames(a, out));
      break;
    case 'array':
      referencedNames(ref.element, out);
      break;
    case 'tuple':
      ref.elements.forEach((e) => referencedNames(e.type, out));
      break;
    case 'map':
    case 'record':
      referencedNames(ref.key, out);
      referencedNames(ref.value, out);
      break;
    case 'union':
      ref.members.forEach((m) => referencedNames(m, out));
      break;
    case 'function':
      ref.params.forEach((p) => referencedNames(p.type, out));
      referencedNames(ref.returns, out);
      break;
    case 'promise':
      referencedNames(ref.value, out);
      break;
    case 'object':
      ref.fields.forEach((f) => referencedNames(f.type, out));
      break;
  }
  return out;
}
