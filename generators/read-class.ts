// Reads a class's public surface: methods (signatures only, bodies ignored; first overload wins) and
// `setOn…Listener` setters, which become listeners. Doc tags are checked against the class here, so a
// spec that names a missing listener or parameter fails with the line to fix.
import { ClassDeclaration, MethodDeclaration, Node, Scope } from 'ts-morph';
import { ApiReadError } from './errors';
import type { ClassInfo, ListenerInfo, MethodInfo, TypeRef } from './manifest';
import { makeParam } from './params';
import { docsOf, where } from './read-docs';
import { annotationOf, returnOf } from './read-type';
import { isFunctionRef, stripNullish } from './type-ref';
import { typeText } from './type-text';

const SETTER = /^setOn(\w+)Listener$/;

export function readClass(decl: ClassDeclaration, callbackNames: ReadonlySet<string>): ClassInfo {
  const classScope = decl.getTypeParameters().map((t) => t.getName());
  const methods: MethodInfo[] = [];
  const listeners: ListenerInfo[] = [];
  const located = new Map<string, Node>();
  for (const impl of decl.getMethods()) {
    const name = impl.getName();
    if (located.has(name) || !isPublic(impl)) continue;
    const sig = impl.getOverloads()[0] ?? impl;
    located.set(name, sig);
    const scope = new Set([...classScope, ...sig.getTypeParameters().map((t) => t.getName())]);
    const parsed = docsOf(sig, impl);
    const params = sig.getParameters().map((p) =>
      makeParam(
        {
          name: p.getName(),
          ref: annotationOf(p, scope),
          optional: p.isOptional() || p.isRestParameter(),
          default: p.getInitializer()?.getText(),
          doc: parsed.params[p.getName()],
        },
        callbackNames,
      ),
    );
    const setter = SETTER.exec(name);
    if (setter && params.length === 1 && isFunctionRef(params[0].ref)) {
      const fn = stripNullish(params[0].ref) as Extract<TypeRef, { kind: 'function' }>;
      listeners.push({
        setter: name,
        event: `on${setter[1]}`,
        params: fn.params.map((p) => makeParam({ name: p.name, ref: p.type, optional: p.optional }, callbackNames)),
        optional: params[0].optional,
        docs: parsed.facts,
      });
      continue;
    }
    const returnRef = returnOf(sig, scope);
    methods.push({ name, static: impl.isStatic(), params, returns: typeText(returnRef), returnRef, docs: parsed.facts });
  }
  checkDocs(methods, listeners, located);
  return { name: decl.getName() ?? 'default', methods: byName(methods), listeners: byKey(listeners, (l) => l.setter) };
}

function isPublic(m: MethodDeclaration): boolean {
  const scope = m.getScope();
  return scope !== Scope.Private && scope !== Scope.Protected && !m.getName().startsWith('#');
}

function checkDocs(methods: MethodInfo[], listeners: ListenerInfo[], located: Map<string, Node>): void {
  const setters = new Set(listeners.map((l) => l.setter));
  for (const m of methods) {
    const at = () => `${where(located.get(m.name)!)}: ${m.name}`;
    for (const l of m.docs.listeners) {
      if (!setters.has(l)) throw new ApiReadError(`${at()}: @listener ${l} is not a listener setter of this class`);
    }
    for (const limit of m.docs.limits) {
      const root = limit.param.split(/[.[]/)[0];
      if (!m.params.some((p) => p.name === root)) {
        throw new ApiReadError(`${at()}: @limit names "${limit.param}", which is not a parameter`);
      }
    }
  }
}

export function byName<T extends { name: string }>(items: T[]): T[] {
  return byKey(items, (i) => i.name);
}

export function byKey<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
