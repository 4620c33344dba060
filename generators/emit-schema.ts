// TypeRef -> zod 4 expression. Named declarations are referenced lazily (`z.lazy(() => schemas.X)`) so the
// order of the `schemas` table never matters and recursive types (a message quoting a message) work.
import { arr, arrow, call, chain, type Code, key, obj, str } from './code';
import type { ApiManifest, CallbackInterfaceInfo, FieldRef, InterfaceInfo, TypeRef } from './manifest';
import { substitute } from './type-ref';
import { typeText } from './type-text';

/** Local helpers a generated file may need; emitted only when used. */
export const HELPERS = {
  fn: [
    'const fn = () =>',
    "  z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'expected a function');",
  ].join('\n'),
  object: "const object = () => z.custom<object>((v) => typeof v === 'object' && v !== null, 'expected an object');",
  promise: [
    'const promise = () =>',
    '  z.custom<PromiseLike<unknown>>(',
    "    (v) => typeof (v as { then?: unknown } | null)?.then === 'function',",
    "    'expected a promise',",
    '  );',
  ].join('\n'),
} as const;

export class SchemaContext {
  readonly helpers = new Set<keyof typeof HELPERS>();
  readonly interfaces: Map<string, InterfaceInfo>;
  readonly callbacks: Map<string, CallbackInterfaceInfo>;
  private readonly named: Set<string>;
  private readonly classes: Set<string>;
  private readonly generic: Map<string, string[]>;
  private readonly expanding: string[] = [];

  constructor(readonly manifest: ApiManifest, excluded: ReadonlySet<string> = new Set()) {
    this.interfaces = new Map(manifest.interfaces.map((i) => [i.name, i]));
    this.callbacks = new Map(manifest.callbacks.map((c) => [c.name, c]));
    this.named = new Set(
      [...manifest.enums, ...manifest.interfaces, ...manifest.callbacks, ...manifest.aliases]
        .map((d) => d.name)
        .filter((n) => !excluded.has(n)),
    );
    this.classes = new Set(manifest.classes.map((c) => c.name));
    this.generic = new Map(
      [...manifest.interfaces, ...manifest.callbacks, ...manifest.aliases]
        .filter((d) => d.typeParams.length > 0)
        .map((d) => [d.name, d.typeParams]),
    );
  }

  helper(name: keyof typeof HELPERS): Code {
    this.helpers.add(name);
    return call(name);
  }

  /** Names that get an entry in the `schemas` table. */
  isNamed(name: string): boolean {
    return this.named.has(name);
  }

  schema(ref: TypeRef): Code {
    switch (ref.kind) {
      case 'primitive':
        return ref.name === 'object' ? this.helper('object') : `z.${ref.name}()`;
      case 'literal':
        return call('z.literal', typeof ref.value === 'string' ? str(ref.value) : String(ref.value));
      case 'array':
        return call('z.array', this.schema(ref.element));
      case 'tuple':
        return call('tuple', arr(ref.elements.map((e) => optionalIf(this.schema(e.type), e.optional))));
      case 'map':
        return call('z.map', this.schema(ref.key), this.schema(ref.value));
      case 'record':
        // Runtime object keys are always strings, whatever the declared key type.
        return call('z.record', 'z.string()', this.schema(ref.value));
      case 'ref':
        return this.reference(ref.name, ref.args);
      case 'union':
        return this.union(ref.members);
      case 'function':
        return this.helper('fn');
      case 'promise':
        return this.helper('promise');
      case 'object':
        return this.objectOf(ref.fields);
      case 'typeParam':
      case 'unknown':
        return 'z.unknown()';
    }
  }

  /** A loose object for a list of fields (payloads carry extra keys, e.g. iOS adds `type`). */
  objectOf(fields: readonly FieldRef[]): Code {
    return call(
      'looseObject',
      // An optional field may also be null: the native bridges write null for absent objects and strings
      // (boundary §5.3), and the documented wrapper reads both the same way.
      obj(fields.map((f) => [key(f.name), f.optional && !hasUndefined(f.type) ? chain(this.schema(f.type), 'nullish') : this.schema(f.type)])),
    );
  }

  /** The fields of a type that is an object: inline, an interface (type arguments applied), or undefined. */
  fieldsOf(ref: TypeRef): FieldRef[] | undefined {
    if (ref.kind === 'object') return ref.fields;
    if (ref.kind !== 'ref') return undefined;
    const decl = this.interfaces.get(ref.name);
    if (!decl) return undefined;
    const bindings = new Map(decl.typeParams.map((p, i): [string, TypeRef] => [p, ref.args[i] ?? unknown]));
    return decl.fields.map((f) => ({ name: f.name, optional: f.optional, type: substitute(f.ref, bindings) }));
  }

  private reference(name: string, args: TypeRef[]): Code {
    const params = this.generic.get(name);
    const sig = typeText({ kind: 'ref', name, args });
    if (params && args.length && !this.expanding.includes(sig)) {
      // A generic instantiation (`Page<Message>`) has no table entry: expand it with the arguments applied.
      this.expanding.push(sig);
      try {
        return this.instantiate(name, params, args);
      } finally {
        this.expanding.pop();
      }
    }
    if (this.named.has(name)) return call('z.lazy', arrow(`schemas.${name}`));
    if (name === 'Date') return 'z.date()';
    if (this.classes.has(name)) return this.helper('object');
    return 'z.unknown()';
  }

  private instantiate(name: string, params: string[], args: TypeRef[]): Code {
    const bindings = new Map(params.map((p, i): [string, TypeRef] => [p, args[i] ?? unknown]));
    const alias = this.manifest.aliases.find((a) => a.name === name);
    if (alias) return this.schema(substitute(alias.ref, bindings));
    const cb = this.callbacks.get(name);
    if (cb) return this.callbackObject(cb);
    return this.objectOf(this.fieldsOf({ kind: 'ref', name, args }) ?? []);
  }

  /** A callback object: every member is a function, optional members may be absent. */
  callbackObject(cb: CallbackInterfaceInfo): Code {
    const members = cb.members.map((m): [string, Code] => [key(m.name), optionalIf(this.helper('fn'), m.optional)]);
    return call('looseObject', obj(members));
  }

  private union(members: TypeRef[]): Code {
    const isNullish = (m: TypeRef, n: string) => m.kind === 'primitive' && m.name === n;
    const rest = members.filter((m) => !isNullish(m, 'null') && !isNullish(m, 'undefined'));
    const hasNull = members.some((m) => isNullish(m, 'null'));
    const hasUndef = members.some((m) => isNullish(m, 'undefined'));
    if (rest.length === 0) {
      return hasNull && hasUndef ? call('z.union', arr(['z.null()', 'z.undefined()'])) : hasNull ? 'z.null()' : 'z.undefined()';
    }
    let code = rest.length === 1 ? this.schema(rest[0]) : call('z.union', arr(rest.map((m) => this.schema(m))));
    if (hasNull) code = chain(code, 'nullable');
    if (hasUndef) code = chain(code, 'optional');
    return code;
  }
}

const unknown: TypeRef = { kind: 'unknown', text: 'unknown' };

export function optionalIf(code: Code, optional: boolean): Code {
  return optional ? chain(code, 'optional') : code;
}

export function hasUndefined(ref: TypeRef): boolean {
  return ref.kind === 'union' && ref.members.some((m) => m.kind === 'primitive' && m.name === 'undefined');
}
