// The API manifest: everything the generator knows about an SDK's TypeScript API, as plain JSON.
// It is the single input of the emitters and of `diff`, so it holds normalised type text (for people and
// diffs) next to a structured TypeRef (for emitters). Collections are sorted by name; parameters and fields
// keep declaration order because order is meaningful there.
import type { CodeFact, LimitFact, ParamKind } from '../contracts/contract-types';

export type { CodeFact, LimitFact, ParamKind };

export const MANIFEST_FORMAT = 1;

export type PrimitiveName =
  | 'string'
  | 'number'
  | 'boolean'
  | 'bigint'
  | 'symbol'
  | 'null'
  | 'undefined'
  | 'void'
  | 'never'
  | 'object';

export interface FieldRef {
  name: string;
  optional: boolean;
  type: TypeRef;
}

export type TypeRef =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'array'; element: TypeRef }
  | { kind: 'tuple'; elements: { type: TypeRef; optional: boolean }[] }
  | { kind: 'map'; key: TypeRef; value: TypeRef }
  | { kind: 'record'; key: TypeRef; value: TypeRef }
  /** A named declaration (enum, interface, alias, class) or an unknown global such as `Date`. */
  | { kind: 'ref'; name: string; args: TypeRef[] }
  /** A type parameter of the enclosing generic declaration. */
  | { kind: 'typeParam'; name: string }
  | { kind: 'union'; members: TypeRef[] }
  | { kind: 'function'; params: FieldRef[]; returns: TypeRef }
  | { kind: 'promise'; value: TypeRef }
  /** An inline object type literal. */
  | { kind: 'object'; fields: FieldRef[] }
  /** any, unknown, or a type form the emitters do not model (text keeps what was written). */
  | { kind: 'unknown'; text: string };

export interface DocFacts {
  summary: string;
  listeners: string[];
  codes: CodeFact[];
  limits: LimitFact[];
  deprecated: boolean;
  since?: string;
}

export interface ParamInfo {
  name: string;
  type: string;
  ref: TypeRef;
  optional: boolean;
  default?: string;
  kind: ParamKind;
  isMap: boolean;
  doc?: string;
}

export interface MethodInfo {
  name: string;
  static: boolean;
  params: ParamInfo[];
  returns: string;
  returnRef: TypeRef;
  docs: DocFacts;
}

export interface ListenerInfo {
  setter: string;
  event: string;
  /** The listener function's parameters, in call order. */
  params: ParamInfo[];
  /** Whether the setter's listener argument may be omitted (to clear the listener). */
  optional: boolean;
  docs: DocFacts;
}

export interface ClassInfo {
  name: string;
  methods: MethodInfo[];
  listeners: ListenerInfo[];
}

export interface CallbackMember {
  name: string;
  optional: boolean;
  params: ParamInfo[];
  returns: string;
  returnRef: TypeRef;
  docs: DocFacts;
}

/** An interface whose members are all functions (onSuccess/onError objects, native module surfaces). */
export interface CallbackInterfaceInfo {
  name: string;
  typeParams: string[];
  extends: string[];
  /** Flattened: inherited members first, with type arguments substituted. */
  members: CallbackMember[];
  docs: DocFacts;
}

export interface FieldInfo {
  name: string;
  type: string;
  ref: TypeRef;
  optional: boolean;
  doc?: string;
}

export interface InterfaceInfo {
  name: string;
  typeParams: string[];
  extends: string[];
  /** Flattened: inherited fields first, with type arguments substituted. */
  fields: FieldInfo[];
  docs: DocFacts;
}

export interface EnumMemberInfo {
  name: string;
  value: string | number;
}

export interface EnumInfo {
  name: string;
  members: EnumMemberInfo[];
  docs: DocFacts;
}

export interface AliasInfo {
  name: string;
  typeParams: string[];
  type: string;
  ref: TypeRef;
  docs: DocFacts;
}

export interface ApiManifest {
  format: typeof MANIFEST_FORMAT;
  classes: ClassInfo[];
  callbacks: CallbackInterfaceInfo[];
  interfaces: InterfaceInfo[];
  enums: EnumInfo[];
  aliases: AliasInfo[];
}

export function emptyDocs(): DocFacts {
  return { summary: '', listeners: [], codes: [], limits: [], deprecated: false };
}
