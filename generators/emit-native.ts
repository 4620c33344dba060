// The native-boundary tables of a contract, read from the spec's native interfaces: `nativeMethods`
// (the module object's methods), `nativeCallEvents` ("<Method>:<callback>") and `nativeGlobalEvents`.
import { arr, type Code, key, obj, str } from './code';
import { argsTuple } from './emit-engine';
import type { SchemaContext } from './emit-schema';
import type { FieldRef, TypeRef } from './manifest';
import type { NativeNames } from './sdks';
import { stripNullish } from './type-ref';
import { typeText } from './type-text';

export class EmitError extends Error {}

interface NativeMember {
  name: string;
  params: { name: string; ref: TypeRef; optional: boolean }[];
  returnRef: TypeRef;
}

export interface NativeTables {
  methods: Code;
  callEvents: Code;
  globalEvents: Code;
}

export function nativeTables(ctx: SchemaContext, names: NativeNames | undefined): NativeTables {
  const callEvents = names ? eventFields(ctx, names.callEvents) : [];
  const globalEvents = names ? eventFields(ctx, names.globalEvents) : [];
  const members = (names ? nativeMembers(ctx, names.module) : []).sort((a, b) => (a.name < b.name ? -1 : 1));
  return {
    methods: obj(
      members.map((m) => [key(m.name), methodCode(ctx, m, callEvents.map((e) => e.name))]),
      true,
    ),
    callEvents: eventTable(ctx, callEvents),
    globalEvents: eventTable(ctx, globalEvents),
  };
}

function methodCode(ctx: SchemaContext, m: NativeMember, eventNames: string[]): Code {
  const prefix = `${m.name.charAt(0).toUpperCase()}${m.name.slice(1)}:`;
  const result = m.returnRef.kind === 'promise' ? m.returnRef.value : m.returnRef;
  const last = m.params[m.params.length - 1];
  return obj(
    [
      ['name', str(m.name)],
      [
        'params',
        arr(
          m.params.map((p) =>
            obj([
              ['name', str(p.name)],
              ['type', str(typeText(p.ref))],
              ['optional', String(p.optional)],
              ['schema', ctx.schema(p.ref)],
            ]),
          ),
        ),
      ],
      ['args', argsTuple(ctx, m.params)],
      ['eventId', String(last?.name === 'eventId')],
      ['callEvents', arr(eventNames.filter((e) => e.startsWith(prefix)).map(str))],
      ['returns', str(typeText(m.returnRef))],
      ['result', ctx.schema(result)],
    ],
    true,
  );
}

function nativeMembers(ctx: SchemaContext, name: string): NativeMember[] {
  const cb = ctx.callbacks.get(name);
  if (cb) {
    return cb.members.map((m) => ({
      name: m.name,
      params: m.params.map((p) => ({ name: p.name, ref: p.ref, optional: p.optional })),
      returnRef: m.returnRef,
    }));
  }
  if (ctx.interfaces.has(name)) throw new EmitError(`native module interface ${name} must declare only methods`);
  return [];
}

function eventFields(ctx: SchemaContext, name: string): { name: string; fields: FieldRef[] }[] {
  const decl = ctx.interfaces.get(name);
  if (!decl) return [];
  return decl.fields.map((f) => {
    const fields = ctx.fieldsOf(stripNullish(f.ref));
    if (!fields) throw new EmitError(`${name}['${f.name}']: an event payload must be an object type, got ${f.type}`);
    return { name: f.name, fields };
  });
}

function eventTable(ctx: SchemaContext, events: { name: string; fields: FieldRef[] }[]): Code {
  return obj(
    events.map((e) => [key(e.name), ctx.objectOf(e.fields)]),
    true,
  );
}
