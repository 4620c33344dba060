// The result type of `diff` and the signature texts changes are reported with.
import type { CallbackMember, ListenerInfo, MethodInfo, ParamInfo, TypeRef } from './manifest';
import { typeText } from './type-text';

export type Severity = 'breaking' | 'compatible';

export type ChangeKind =
  | 'class-removed'
  | 'class-added'
  | 'method-removed'
  | 'method-added'
  | 'method-static-changed'
  | 'method-deprecated'
  | 'return-retyped'
  | 'param-added'
  | 'param-removed'
  | 'param-reordered'
  | 'param-retyped'
  | 'param-renamed'
  | 'param-made-required'
  | 'param-made-optional'
  | 'listener-removed'
  | 'listener-added'
  | 'listener-deprecated'
  | 'listener-param-added'
  | 'listener-param-removed'
  | 'listener-param-reordered'
  | 'listener-param-retyped'
  | 'listener-param-renamed'
  | 'listener-param-made-required'
  | 'listener-param-made-optional'
  | 'callback-removed'
  | 'callback-added'
  | 'callback-member-removed'
  | 'callback-member-added'
  | 'callback-member-made-required'
  | 'callback-member-made-optional'
  | 'callback-param-added'
  | 'callback-param-removed'
  | 'callback-param-reordered'
  | 'callback-param-retyped'
  | 'callback-param-renamed'
  | 'callback-param-made-required'
  | 'callback-param-made-optional'
  | 'enum-removed'
  | 'enum-added'
  | 'enum-member-removed'
  | 'enum-member-added'
  | 'enum-member-renumbered'
  | 'interface-removed'
  | 'interface-added'
  | 'field-removed'
  | 'field-added'
  | 'field-retyped'
  | 'field-made-required'
  | 'field-made-optional'
  | 'alias-removed'
  | 'alias-added'
  | 'alias-retyped';

export interface ApiChange {
  kind: ChangeKind;
  severity: Severity;
  /** The class, interface or enum the member belongs to; absent for a whole declaration added/removed. */
  class?: string;
  member: string;
  old?: string;
  new?: string;
  message: string;
  /** For a removed/added pair that looks like a rename: the name on the other side. */
  renamedTo?: string;
  renamedFrom?: string;
}

export function paramListText(params: readonly ParamInfo[]): string {
  const text = (p: ParamInfo) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`;
  return params.map((p) => (p.default !== undefined ? `${text(p)} = ${p.default}` : text(p))).join(', ');
}

export function methodSignature(m: MethodInfo): string {
  return `${m.static ? 'static ' : ''}${m.name}(${paramListText(m.params)}): ${m.returns}`;
}

export function listenerSignature(l: ListenerInfo): string {
  const fn = l.params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ');
  return `${l.setter}(listener${l.optional ? '?' : ''}: (${fn}) => void): void`;
}

export function callbackMemberSignature(m: CallbackMember): string {
  return `${m.name}${m.optional ? '?' : ''}(${paramListText(m.params)}): ${m.returns}`;
}

/** The member types of a union (or the type itself), as text: for widening/narrowing checks. */
export function unionTexts(ref: TypeRef): Set<string> {
  return new Set((ref.kind === 'union' ? ref.members : [ref]).map(typeText));
}

/** True when every value of `a` is a value of `b`, judged by union members (a conservative check). */
export function within(a: TypeRef, b: TypeRef): boolean {
  const bs = unionTexts(b);
  return [...unionTexts(a)].every((t) => bs.has(t));
}
