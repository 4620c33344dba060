// Reads interfaces: collects each one's own members, flattens `extends` (substituting type arguments, so
// `IRCIMIWGetConversationCallback extends IRCIMIWObjectCallback<RCIMIWConversation>` gets concrete members),
// then sorts them into callback interfaces (every member a function) and data interfaces.
import { InterfaceDeclaration, Node } from 'ts-morph';
import type { CallbackInterfaceInfo, DocFacts, FieldInfo, InterfaceInfo, TypeRef } from './manifest';
import { makeParam } from './params';
import { docsOf } from './read-docs';
import { annotationOf, memberName, readTypeNode, signatureType } from './read-type';
import { isFunctionRef, stripNullish, substitute } from './type-ref';
import { typeText } from './type-text';

interface RawMember {
  name: string;
  optional: boolean;
  type: TypeRef;
  doc: string;
  docs: DocFacts;
  paramDocs: Record<string, string>;
}

interface RawBase {
  text: string;
  name: string;
  args: TypeRef[];
}

export interface RawInterface {
  name: string;
  typeParams: string[];
  extends: RawBase[];
  members: RawMember[];
  docs: DocFacts;
}

export function readRawInterface(decl: InterfaceDeclaration): RawInterface {
  const typeParams = decl.getTypeParameters().map((t) => t.getName());
  const scope = new Set(typeParams);
  const members: RawMember[] = [];
  for (const m of decl.getMembers()) {
    if (!Node.isPropertySignature(m) && !Node.isMethodSignature(m)) continue;
    const parsed = docsOf(m);
    const type = Node.isMethodSignature(m) ? signatureType(m, scope) : annotationOf(m, scope);
    const raw = {
      name: memberName(m),
      optional: m.hasQuestionToken(),
      type,
      doc: parsed.facts.summary,
      docs: parsed.facts,
      paramDocs: parsed.params,
    };
    // Overloaded method signatures: keep the first, as callers see it first.
    if (!members.some((x) => x.name === raw.name)) members.push(raw);
  }
  const bases = decl.getExtends().map((e) => {
    const expr = e.getExpression();
    const written = expr.getText();
    let symbol = expr.getSymbol();
    if (symbol?.isAlias()) symbol = symbol.getAliasedSymbol() ?? symbol;
    const args = e.getTypeArguments().map((a) => readTypeNode(a, scope));
    const name = symbol?.getName() ?? written.split('.').pop()!;
    return { text: args.length ? `${name}<${args.map(typeText).join(', ')}>` : name, name, args };
  });
  return { name: decl.getName(), typeParams, extends: bases, members, docs: docsOf(decl).facts };
}

/** Merges declarations of one name (TypeScript declaration merging). */
export function mergeRaw(a: RawInterface, b: RawInterface): RawInterface {
  const names = new Set(a.members.map((m) => m.name));
  return {
    ...a,
    extends: [...a.extends, ...b.extends.filter((e) => !a.extends.some((x) => x.text === e.text))],
    members: [...a.members, ...b.members.filter((m) => !names.has(m.name))],
    docs: a.docs.summary ? a.docs : b.docs,
  };
}

/** Own members after inherited ones; an own member replaces the inherited one in place. */
function flatten(name: string, raws: ReadonlyMap<string, RawInterface>, seen: Set<string> = new Set()): RawMember[] {
  const raw = raws.get(name);
  if (!raw || seen.has(name)) return [];
  seen.add(name);
  const out: RawMember[] = [];
  for (const base of raw.extends) {
    const baseRaw = raws.get(base.name);
    if (!baseRaw) continue; // a base from outside the input (e.g. a library type): recorded, not flattened
    const bindings = new Map(baseRaw.typeParams.map((p, i): [string, TypeRef] => [p, base.args[i] ?? unknownRef]));
    for (const m of flatten(base.name, raws, new Set(seen))) {
      upsert(out, { ...m, type: substitute(m.type, bindings) });
    }
  }
  for (const m of raw.members) upsert(out, m);
  return out;
}

const unknownRef: TypeRef = { kind: 'unknown', text: 'unknown' };

function upsert(list: RawMember[], m: RawMember): void {
  const i = list.findIndex((x) => x.name === m.name);
  if (i >= 0) list[i] = m;
  else list.push(m);
}

export interface ReadInterfaces {
  callbacks: CallbackInterfaceInfo[];
  interfaces: InterfaceInfo[];
}

/** Classifies and builds all interfaces; also returns the callback names the class reader needs. */
export function buildInterfaces(raws: ReadonlyMap<string, RawInterface>): ReadInterfaces & { callbackNames: Set<string> } {
  const flat = new Map([...raws.keys()].map((n) => [n, flatten(n, raws)]));
  const callbackNames = new Set(
    [...flat].filter(([, ms]) => ms.length > 0 && ms.every((m) => isFunctionRef(m.type))).map(([n]) => n),
  );
  const callbacks: CallbackInterfaceInfo[] = [];
  const interfaces: InterfaceInfo[] = [];
  for (const [name, raw] of raws) {
    const members = flat.get(name)!;
    const base = { name, typeParams: raw.typeParams, extends: raw.extends.map((e) => e.text), docs: raw.docs };
    if (callbackNames.has(name)) {
      callbacks.push({
        ...base,
        members: members.map((m) => {
          const fn = stripNullish(m.type) as Extract<TypeRef, { kind: 'function' }>;
          return {
            name: m.name,
            optional: m.optional,
            params: fn.params.map((p) =>
              makeParam({ name: p.name, ref: p.type, optional: p.optional, doc: m.paramDocs[p.name] }, callbackNames),
            ),
            returns: typeText(fn.returns),
            returnRef: fn.returns,
            docs: m.docs,
          };
        }),
      });
    } else {
      interfaces.push({ ...base, fields: members.map(toField) });
    }
  }
  return { callbacks, interfaces, callbackNames };
}

function toField(m: RawMember): FieldInfo {
  const field: FieldInfo = { name: m.name, type: typeText(m.type), ref: m.type, optional: m.optional };
  if (m.doc) field.doc = m.doc;
  return field;
}
