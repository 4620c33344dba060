// fast-check arbitraries for API manifests: small, valid manifests (unique names, optional parameters only
// at the end) built through the same helpers the reader uses, so derived fields (type text, kind) agree.
import fc from 'fast-check';
import type {
  AliasInfo,
  ApiManifest,
  CallbackInterfaceInfo,
  ClassInfo,
  EnumInfo,
  InterfaceInfo,
  ListenerInfo,
  MethodInfo,
  ParamInfo,
  TypeRef,
} from '../manifest';
import { emptyDocs, MANIFEST_FORMAT } from '../manifest';
import { makeParam } from '../params';
import { makeUnion } from '../type-ref';
import { typeText } from '../type-text';

const lower = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,7}$/);
const upper = fc.stringMatching(/^[A-Z][a-zA-Z0-9]{0,7}$/);
const REF_NAMES = ['RCIMIWMessage', 'RCIMIWConversationType', 'RCIMIWConversation'];

export const typeRefArb: fc.Arbitrary<TypeRef> = fc.letrec<{ t: TypeRef }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<TypeRef>(
      { kind: 'primitive', name: 'string' },
      { kind: 'primitive', name: 'number' },
      { kind: 'primitive', name: 'boolean' },
    ),
    fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom('a', 'b')).map((value): TypeRef => ({ kind: 'literal', value })),
    fc.constantFrom(...REF_NAMES).map((name): TypeRef => ({ kind: 'ref', name, args: [] })),
    tie('t').map((element): TypeRef => ({ kind: 'array', element })),
    tie('t').map((value): TypeRef => ({ kind: 'map', key: { kind: 'primitive', name: 'string' }, value })),
    fc.array(tie('t'), { minLength: 2, maxLength: 3 }).map(makeUnion),
    fc
      .uniqueArray(fc.record({ name: lower, optional: fc.boolean(), type: tie('t') }), { selector: (f) => f.name, maxLength: 2 })
      .map((fields): TypeRef => ({ kind: 'object', fields })),
  ),
})).t;

/** A parameter list: unique names; once one parameter is optional, the rest are too. */
export function paramsArb(max = 4): fc.Arbitrary<ParamInfo[]> {
  return fc
    .tuple(fc.uniqueArray(fc.tuple(lower, typeRefArb), { selector: ([n]) => n, maxLength: max }), fc.nat())
    .map(([list, cut]) => list.map(([name, ref], i) => makeParam({ name, ref, optional: i >= cut % (list.length + 1) }, new Set())));
}

const methodArb: fc.Arbitrary<MethodInfo> = fc
  .record({ name: lower, static: fc.boolean(), params: paramsArb(), returnRef: typeRefArb, deprecated: fc.boolean() })
  .map(({ deprecated, ...m }) => ({
    name: m.name,
    static: m.static,
    params: m.params,
    returns: typeText({ kind: 'promise', value: m.returnRef }),
    returnRef: { kind: 'promise', value: m.returnRef },
    docs: { ...emptyDocs(), deprecated },
  }));

const listenerArb: fc.Arbitrary<ListenerInfo> = fc.record({ core: upper, params: paramsArb(3) }).map(({ core, params }) => ({
  setter: `setOn${core}Listener`,
  event: `on${core}`,
  params: params.map((p) => ({ ...p, optional: false })),
  optional: true,
  docs: emptyDocs(),
}));

const classArb: fc.Arbitrary<ClassInfo> = fc.record({
  name: upper,
  methods: fc.uniqueArray(methodArb, { selector: (m) => m.name, maxLength: 6 }).map(sortBy((m) => m.name)),
  listeners: fc.uniqueArray(listenerArb, { selector: (l) => l.setter, maxLength: 3 }).map(sortBy((l) => l.setter)),
});

const enumArb: fc.Arbitrary<EnumInfo> = fc
  .record({ name: upper, names: fc.uniqueArray(fc.stringMatching(/^[A-Z][A-Z_]{0,6}$/), { minLength: 1, maxLength: 5 }) })
  .map(({ name, names }) => ({ name, members: names.map((n, value) => ({ name: n, value })), docs: emptyDocs() }));

const interfaceArb: fc.Arbitrary<InterfaceInfo> = fc
  .record({
    name: upper,
    fields: fc.uniqueArray(fc.record({ name: lower, optional: fc.boolean(), ref: typeRefArb }), { selector: (f) => f.name, maxLength: 4 }),
  })
  .map(({ name, fields }) => ({
    name,
    typeParams: [],
    extends: [],
    fields: fields.map((f) => ({ ...f, type: typeText(f.ref) })),
    docs: emptyDocs(),
  }));

const callbackArb: fc.Arbitrary<CallbackInterfaceInfo> = fc
  .record({
    name: upper.map((n) => `I${n}Callback`),
    members: fc.uniqueArray(fc.record({ name: upper.map((n) => `on${n}`), optional: fc.boolean(), params: paramsArb(2) }), {
      selector: (m) => m.name,
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ name, members }) => ({
    name,
    typeParams: [],
    extends: [],
    members: members.map((m) => ({ ...m, returns: 'void', returnRef: { kind: 'primitive', name: 'void' } as TypeRef, docs: emptyDocs() })),
    docs: emptyDocs(),
  }));

const aliasArb: fc.Arbitrary<AliasInfo> = fc
  .record({ name: upper, ref: typeRefArb })
  .map(({ name, ref }) => ({ name, typeParams: [], type: typeText(ref), ref, docs: emptyDocs() }));

/** Declarations of different kinds never share a name, as in a real TypeScript program. */
export const manifestArb: fc.Arbitrary<ApiManifest> = fc
  .record({
    classes: fc.uniqueArray(classArb, { selector: (c) => c.name, minLength: 1, maxLength: 2 }),
    callbacks: fc.uniqueArray(callbackArb, { selector: (c) => c.name, maxLength: 2 }),
    interfaces: fc.uniqueArray(interfaceArb, { selector: (i) => i.name, maxLength: 3 }),
    enums: fc.uniqueArray(enumArb, { selector: (e) => e.name, maxLength: 2 }),
    aliases: fc.uniqueArray(aliasArb, { selector: (a) => a.name, maxLength: 2 }),
  })
  .map((m) => {
    const taken = new Set<string>();
    const keep = <T extends { name: string }>(list: T[]) =>
      sortBy<T>((d) => d.name)(list.filter((d) => !taken.has(d.name) && (taken.add(d.name), true)));
    return {
      format: MANIFEST_FORMAT,
      classes: keep(m.classes),
      callbacks: keep(m.callbacks),
      interfaces: keep(m.interfaces),
      enums: keep(m.enums),
      aliases: keep(m.aliases),
    };
  });

function sortBy<T>(key: (t: T) => string): (list: T[]) => T[] {
  return (list) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
