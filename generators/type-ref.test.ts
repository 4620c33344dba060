import fc from 'fast-check';
import type { TypeRef } from './manifest';
import { typeRefArb } from './testing/arbitraries';
import { makeUnion, referencedNames, stripNullish, substitute } from './type-ref';
import { typeText } from './type-text';

const s: TypeRef = { kind: 'primitive', name: 'string' };
const n: TypeRef = { kind: 'primitive', name: 'number' };
const u: TypeRef = { kind: 'primitive', name: 'undefined' };
const nul: TypeRef = { kind: 'primitive', name: 'null' };

describe('TypeRef helpers', () => {
  it('normalises unions: flat, deduplicated, sorted with null and undefined last', () => {
    expect(typeText(makeUnion([u, s, nul, makeUnion([n, s])]))).toBe('number | string | null | undefined');
    expect(makeUnion([s, s])).toEqual(s);
  });

  it('gives the same union for any member order', () => {
    fc.assert(
      fc.property(fc.array(typeRefArb, { minLength: 1, maxLength: 4 }).chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length }))), ([a, b]) => {
        expect(typeText(makeUnion(a))).toBe(typeText(makeUnion(b)));
      }),
    );
  });

  it('prints arrays of unions and functions with parentheses', () => {
    expect(typeText({ kind: 'array', element: makeUnion([s, n]) })).toBe('(number | string)[]');
    const fn: TypeRef = { kind: 'function', params: [{ name: 'a', optional: true, type: s }], returns: { kind: 'primitive', name: 'void' } };
    expect(typeText(makeUnion([fn, u]))).toBe('((a?: string) => void) | undefined');
    expect(typeText({ kind: 'object', fields: [{ name: 'Connect:onConnected', optional: false, type: n }] })).toBe("{ 'Connect:onConnected': number }");
  });

  it('substitutes type parameters deeply and strips nullish members', () => {
    const t: TypeRef = { kind: 'typeParam', name: 'T' };
    const page: TypeRef = { kind: 'object', fields: [{ name: 'items', optional: false, type: { kind: 'array', element: makeUnion([t, nul]) } }] };
    const msg: TypeRef = { kind: 'ref', name: 'Message', args: [] };
    expect(typeText(substitute(page, new Map([['T', msg]])))).toBe('{ items: (Message | null)[] }');
    expect(stripNullish(makeUnion([msg, u]))).toEqual(msg);
    expect([...referencedNames(substitute(page, new Map([['T', msg]])))]).toEqual(['Message']);
  });
});
