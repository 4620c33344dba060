// Which named types flow into the SDK (callers build them: method arguments) and which flow out
// (the SDK builds them: results, listener and callback arguments). A field change is judged by that
// direction; a type used neither way is treated as both, the conservative choice.
import type { ApiManifest, TypeRef } from './manifest';
import { referencedNames } from './type-ref';

export interface Usage {
  isInput(name: string): boolean;
  isOutput(name: string): boolean;
}

export function usageOf(manifest: ApiManifest): Usage {
  const inSeeds: TypeRef[] = [];
  const outSeeds: TypeRef[] = [];
  for (const c of manifest.classes) {
    for (const m of c.methods) {
      inSeeds.push(...m.params.filter((p) => p.kind !== 'callback').map((p) => p.ref));
      outSeeds.push(m.returnRef);
    }
    for (const l of c.listeners) outSeeds.push(...l.params.map((p) => p.ref));
  }
  for (const cb of manifest.callbacks) for (const m of cb.members) outSeeds.push(...m.params.map((p) => p.ref));
  const inputs = closure(manifest, inSeeds);
  const outputs = closure(manifest, outSeeds);
  const used = (n: string) => inputs.has(n) || outputs.has(n);
  return {
    isInput: (n) => inputs.has(n) || !used(n),
    isOutput: (n) => outputs.has(n) || !used(n),
  };
}

function closure(manifest: ApiManifest, seeds: TypeRef[]): Set<string> {
  const fieldsOf = new Map<string, TypeRef[]>();
  for (const i of manifest.interfaces) fieldsOf.set(i.name, i.fields.map((f) => f.ref));
  for (const a of manifest.aliases) fieldsOf.set(a.name, [a.ref]);
  const seen = new Set<string>();
  const queue = [...seeds.flatMap((s) => [...referencedNames(s)])];
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const ref of fieldsOf.get(name) ?? []) queue.push(...referencedNames(ref));
  }
  return seen;
}
