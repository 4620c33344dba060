// fast-check arbitraries from the generated zod schemas: JSON-safe values that pass the schema. Used for
// native event payloads and for arguments no domain rule covers. Recursion (messages inside messages)
// stops at a depth limit by leaving optional keys out.
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  [key: string]: any;
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Keys that survive Object.entries/fromEntries and JSON unchanged. */
export const keyArb: fc.Arbitrary<string> = fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/);

const stringArb = fc.string({ maxLength: 8 });
const numberArb = fc.oneof(fc.integer({ min: -2, max: 1000 }), fc.integer({ min: 0, max: 2 ** 42 }));

export function zodArbitrary(schema: z.ZodType, depth = 3): fc.Arbitrary<unknown> {
  const d = def(schema);
  switch (d.type) {
    case 'string':
      return stringArb;
    case 'number':
      return numberArb;
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'literal':
      return fc.constantFrom(...(d.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries as Record<string, unknown>));
    case 'union':
      return fc.oneof(...(d.options as z.ZodType[]).map((o) => zodArbitrary(o, depth)));
    case 'optional':
      return fc.option(zodArbitrary(d.innerType, depth), { nil: undefined });
    case 'nullable':
      return fc.option(zodArbitrary(d.innerType, depth), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return zodArbitrary(d.innerType, depth);
    case 'pipe':
      return zodArbitrary(d.in, depth);
    case 'lazy':
      return zodArbitrary(d.getter(), depth - 1);
    case 'array':
      return depth <= 0 ? fc.constant([]) : fc.array(zodArbitrary(d.element, depth - 1), { maxLength: 3 });
    case 'tuple':
      return fc.tuple(...(d.items as z.ZodType[]).map((i) => zodArbitrary(i, depth)));
    case 'record':
      return recordArb(d, depth);
    case 'map':
      return fc
        .uniqueArray(fc.tuple(keyArb, zodArbitrary(d.valueType, depth - 1)), { maxLength: 3, selector: ([k]) => k })
        .map((entries) => new Map(entries));
    case 'object':
      return objectArb(d, depth);
    case 'custom':
      // Callback objects and "any object" slots: the harness builds callbacks itself.
      return fc.constant({});
    case 'any':
    case 'unknown':
      return fc.constant(null);
    default:
      throw new TypeError(`zodArbitrary: unsupported zod type ${d.type}`);
  }
}

function recordArb(d: Def, depth: number): fc.Arbitrary<unknown> {
  const value = zodArbitrary(d.valueType, depth - 1);
  return fc
    .uniqueArray(fc.tuple(keyArb, value), { maxLength: 3, selector: ([k]) => k })
    .map((entries) => Object.fromEntries(entries));
}

function objectArb(d: Def, depth: number): fc.Arbitrary<unknown> {
  const shape = d.shape as Record<string, z.ZodType>;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const optional = def(field).type === 'optional';
    // Below the depth limit optional keys are left out: that is what ends message-in-message recursion.
    if (optional && depth <= 0) continue;
    model[key] = optional ? zodArbitrary(def(field).innerType, depth) : zodArbitrary(field, depth);
    if (!optional) requiredKeys.push(key);
  }
  return fc.record(model, { requiredKeys });
}
