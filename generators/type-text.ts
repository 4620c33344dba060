// Prints a TypeRef as normalised TypeScript text: the form used in the manifest, in diffs and in contracts.
// Two spellings of one type (`Array<T>` and `T[]`, reordered unions) print the same, so diffs only see
// real changes.
import type { FieldRef, TypeRef } from './manifest';

export function typeText(ref: TypeRef): string {
  switch (ref.kind) {
    case 'primitive':
      return ref.name;
    case 'literal':
      return typeof ref.value === 'string' ? quote(ref.value) : String(ref.value);
    case 'array':
      return `${wrap(ref.element)}[]`;
    case 'tuple':
      return `[${ref.elements.map((e) => `${typeText(e.type)}${e.optional ? '?' : ''}`).join(', ')}]`;
    case 'map':
      return `Map<${typeText(ref.key)}, ${typeText(ref.value)}>`;
    case 'record':
      return `Record<${typeText(ref.key)}, ${typeText(ref.value)}>`;
    case 'ref':
      return ref.args.length ? `${ref.name}<${ref.args.map(typeText).join(', ')}>` : ref.name;
    case 'typeParam':
      return ref.name;
    case 'union':
      return ref.members.map((m) => (m.kind === 'function' ? `(${typeText(m)})` : typeText(m))).join(' | ');
    case 'function':
      return `(${paramsText(ref.params)}) => ${typeText(ref.returns)}`;
    case 'promise':
      return `Promise<${typeText(ref.value)}>`;
    case 'object':
      return ref.fields.length ? `{ ${ref.fields.map(fieldText).join('; ')} }` : '{}';
    case 'unknown':
      return ref.text;
  }
}

export function paramsText(params: readonly FieldRef[]): string {
  return params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${typeText(p.type)}`).join(', ');
}

function fieldText(f: FieldRef): string {
  return `${propertyName(f.name)}${f.optional ? '?' : ''}: ${typeText(f.type)}`;
}

/** Quotes a property name only when it is not a plain identifier (event names such as `Connect:onConnected`). */
export function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name);
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function wrap(ref: TypeRef): string {
  const text = typeText(ref);
  return ref.kind === 'union' || ref.kind === 'function' ? `(${text})` : text;
}
