import fc from 'fast-check';
import { z } from 'zod';
import { loadSdk } from './sdk';
import { zodArbitrary } from './zod-arbitrary';

const sdk = loadSdk('rongcloud-rn');

describe('zodArbitrary', () => {
  test('every native event payload it makes passes its schema and is JSON-safe', () => {
    const events = { ...sdk.nativeCallEvents, ...sdk.nativeGlobalEvents };
    expect(Object.keys(events).length).toBe(132 + 114);
    for (const [name, schema] of Object.entries(events)) {
      for (const value of fc.sample(zodArbitrary(schema), { numRuns: 5, seed: 7 })) {
        const parsed = schema.safeParse(value);
        expect([name, parsed.success]).toEqual([name, true]);
        expect(JSON.parse(JSON.stringify(value))).toEqual(value);
      }
    }
  });

  test('method parameters: values pass their schema; Map parameters get Maps', () => {
    for (const m of Object.values(sdk.engineMethods)) {
      for (const p of m.params.filter((x) => x.kind === 'value')) {
        for (const value of fc.sample(zodArbitrary(p.schema), { numRuns: 3, seed: 3 })) {
          expect([m.name, p.name, p.schema.safeParse(value).success]).toEqual([m.name, p.name, true]);
          if (p.isMap) expect(value).toBeInstanceOf(Map);
        }
      }
    }
  });

  test('recursion through lazy schemas stops at the depth limit', () => {
    type Node = { next?: Node };
    const node: z.ZodType<Node> = z.object({ next: z.lazy(() => node).optional() });
    const depth = (n: Node | undefined): number => (n ? 1 + depth(n.next) : 0);
    for (const v of fc.sample(zodArbitrary(node, 2), { numRuns: 50, seed: 1 })) expect(depth(v as Node)).toBeLessThanOrEqual(4);
  });

  test('the same seed gives the same values; an unsupported schema is an error, not a silent guess', () => {
    const schema = sdk.nativeGlobalEvents['IRCIMIWListener:onMessageReceived'];
    expect(fc.sample(zodArbitrary(schema), { numRuns: 3, seed: 11 })).toEqual(fc.sample(zodArbitrary(schema), { numRuns: 3, seed: 11 }));
    expect(() => zodArbitrary(z.date())).toThrow(/unsupported zod type date/);
  });
});
