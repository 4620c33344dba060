// The wrapper-class tables of a contract: `engineMethods` (one MethodContract per public method) and
// `listenerSetters` (one ListenerContract per setOn…Listener).
import { arr, call, type Code, key, obj, str } from './code';
import { optionalIf, type SchemaContext } from './emit-schema';
import type { CallbackInterfaceInfo, ClassInfo, CodeFact, LimitFact, MethodInfo, ParamInfo, TypeRef } from './manifest';
import { stripNullish, substitute } from './type-ref';
import { typeText } from './type-text';

export function engineMethodsCode(ctx: SchemaContext, cls: ClassInfo | undefined): Code {
  return obj(
    (cls?.methods ?? []).map((m) => [key(m.name), methodCode(ctx, m)]),
    true,
  );
}

export function listenerSettersCode(ctx: SchemaContext, cls: ClassInfo | undefined): Code {
  return obj(
    (cls?.listeners ?? []).map((l) => [
      key(l.setter),
      obj(
        [
          ['setter', str(l.setter)],
          ['event', str(l.event)],
          ['params', arr(l.params.map((p) => payloadParam(ctx, p)))],
          ['deprecated', String(l.docs.deprecated)],
          ...since(l.docs.since),
          ['summary', str(l.docs.summary)],
        ],
        true,
      ),
    ]),
    true,
  );
}

function methodCode(ctx: SchemaContext, m: MethodInfo): Code {
  const ret = m.returnRef.kind === 'promise' ? m.returnRef.value : m.returnRef;
  return obj(
    [
      ['name', str(m.name)],
      ['static', String(m.static)],
      ['params', arr(m.params.map((p) => paramCode(ctx, p)))],
      ['args', argsTuple(ctx, m.params)],
      ['returns', str(m.returns)],
      ['result', ctx.schema(ret)],
      ['listeners', arr(m.docs.listeners.map(str))],
      ['codes', arr(m.docs.codes.map(codeFact))],
      ['limits', arr(m.docs.limits.map(limitFact))],
      ['deprecated', String(m.docs.deprecated)],
      ...since(m.docs.since),
      ['summary', str(m.docs.summary)],
    ],
    true,
  );
}

/** Arguments as a tuple; a parameter is an optional item only when every later one is optional too. */
export function argsTuple(ctx: SchemaContext, params: readonly { ref: TypeRef; optional: boolean }[]): Code {
  return call(
    'tuple',
    arr(
      params.map((p, i) => {
        const trailing = params.slice(i).every((q) => q.optional);
        const schema = ctx.schema(p.ref);
        if (!p.optional) return schema;
        return trailing ? optionalIf(schema, true) : call('z.union', arr([schema, 'z.undefined()']));
      }),
    ),
  );
}

function paramCode(ctx: SchemaContext, p: ParamInfo): Code {
  const entries: [string, Code][] = [
    ['name', str(p.name)],
    ['type', str(p.type)],
    ['optional', String(p.optional)],
    ['isMap', String(p.isMap)],
    ['kind', str(p.kind)],
  ];
  if (p.default !== undefined) entries.push(['default', str(p.default)]);
  entries.push(['schema', ctx.schema(p.ref)]);
  if (p.kind === 'callback') {
    const core = stripNullish(p.ref);
    const cb = core.kind === 'ref' ? ctx.callbacks.get(core.name) : undefined;
    if (cb && core.kind === 'ref') entries.push(['callback', callbackCode(ctx, cb, core.args)]);
  }
  return obj(entries);
}

function callbackCode(ctx: SchemaContext, cb: CallbackInterfaceInfo, args: TypeRef[]): Code {
  const unknown: TypeRef = { kind: 'unknown', text: 'unknown' };
  const bindings = new Map(cb.typeParams.map((p, i): [string, TypeRef] => [p, args[i] ?? unknown]));
  return obj([
    ['type', str(typeText({ kind: 'ref', name: cb.name, args }))],
    [
      'members',
      arr(
        cb.members.map((m) =>
          obj([
            ['name', str(m.name)],
            ['optional', String(m.optional)],
            ['params', arr(m.params.map((p) => payloadParam(ctx, { ...p, ref: substitute(p.ref, bindings) })))],
          ]),
        ),
      ),
    ],
  ]);
}

export function payloadParam(ctx: SchemaContext, p: Pick<ParamInfo, 'name' | 'ref' | 'optional' | 'isMap'>): Code {
  return obj([
    ['name', str(p.name)],
    ['type', str(typeText(p.ref))],
    ['optional', String(p.optional)],
    ['isMap', String(p.isMap)],
    ['schema', ctx.schema(p.ref)],
  ]);
}

function codeFact(c: CodeFact): Code {
  return obj([
    ['code', String(c.code)],
    ['name', str(c.name)],
    ['text', str(c.text)],
  ]);
}

function limitFact(l: LimitFact): Code {
  const entries: [string, Code][] = [
    ['param', str(l.param)],
    ['kind', str(l.kind)],
  ];
  if (l.min !== undefined) entries.push(['min', String(l.min)]);
  if (l.max !== undefined) entries.push(['max', String(l.max)]);
  if (l.pattern !== undefined) entries.push(['pattern', str(l.pattern)]);
  if (l.flags !== undefined) entries.push(['flags', str(l.flags)]);
  entries.push(['text', str(l.text)]);
  return obj(entries);
}

function since(value: string | undefined): [string, Code][] {
  return value === undefined ? [] : [['since', str(value)]];
}
