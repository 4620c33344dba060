import fc from 'fast-check';
import { diffApis } from './diff';
import { jsonText } from './json-text';
import type { ApiManifest, ParamInfo } from './manifest';
import { makeParam } from './params';
import { manifestArb, typeRefArb } from './testing/arbitraries';

/** A manifest together with the position of one of its methods (there is at least one class). */
const withMethod = manifestArb
  .filter((m) => m.classes.some((c) => c.methods.length > 0))
  .chain((m) => {
    const classes = m.classes.map((c, i) => [c, i] as const).filter(([c]) => c.methods.length > 0);
    return fc
      .constantFrom(...classes.map(([, i]) => i))
      .chain((ci) => fc.record({ m: fc.constant(m), ci: fc.constant(ci), mi: fc.nat({ max: m.classes[ci].methods.length - 1 }) }));
  });

function clone(m: ApiManifest): ApiManifest {
  return JSON.parse(JSON.stringify(m));
}

describe('diffApis properties', () => {
  it('finds nothing between a manifest and itself (or its JSON copy)', () => {
    fc.assert(
      fc.property(manifestArb, (m) => {
        expect(diffApis(m, m)).toEqual([]);
        expect(diffApis(m, clone(m))).toEqual([]);
      }),
    );
  });

  it('reports removing any method as breaking', () => {
    fc.assert(
      fc.property(withMethod, ({ m, ci, mi }) => {
        const next = clone(m);
        const [removed] = next.classes[ci].methods.splice(mi, 1);
        const changes = diffApis(m, next);
        expect(changes).toContainEqual(
          expect.objectContaining({ kind: 'method-removed', severity: 'breaking', class: m.classes[ci].name, member: removed.name }),
        );
        expect(changes.some((c) => c.severity === 'breaking')).toBe(true);
      }),
    );
  });

  it('classes adding an optional trailing parameter as compatible, and nothing else changes', () => {
    fc.assert(
      fc.property(withMethod, typeRefArb, ({ m, ci, mi }, ref) => {
        const next = clone(m);
        const method = next.classes[ci].methods[mi];
        const extra: ParamInfo = makeParam({ name: `extra_${method.params.length}`, ref, optional: true }, new Set());
        method.params.push(extra);
        const changes = diffApis(m, next);
        expect(changes).toEqual([
          expect.objectContaining({ kind: 'param-added', severity: 'compatible', class: m.classes[ci].name, member: method.name }),
        ]);
      }),
    );
  });

  it('classes inserting a parameter before existing ones as breaking', () => {
    fc.assert(
      fc.property(
        withMethod.filter(({ m, ci, mi }) => m.classes[ci].methods[mi].params.length > 0),
        typeRefArb,
        fc.boolean(),
        ({ m, ci, mi }, ref, optional) => {
          const next = clone(m);
          next.classes[ci].methods[mi].params.unshift(makeParam({ name: 'inserted_', ref, optional }, new Set()));
          const changes = diffApis(m, next);
          expect(changes.some((c) => c.kind === 'param-added' && c.severity === 'breaking')).toBe(true);
        },
      ),
    );
  });

  it('is antisymmetric for method presence: what one direction removes the other adds', () => {
    fc.assert(
      fc.property(withMethod, ({ m, ci, mi }) => {
        const next = clone(m);
        next.classes[ci].methods.splice(mi, 1);
        const removed = diffApis(m, next).filter((c) => c.kind === 'method-removed').map((c) => c.member);
        const added = diffApis(next, m).filter((c) => c.kind === 'method-added').map((c) => c.member);
        expect(added).toEqual(removed);
      }),
    );
  });
});

describe('manifest serialisation', () => {
  it('round-trips through JSON and through the committed pretty form', () => {
    fc.assert(
      fc.property(manifestArb, (m) => {
        expect(JSON.parse(JSON.stringify(m))).toEqual(m);
        expect(JSON.parse(jsonText(m))).toEqual(m);
      }),
    );
  });
});
