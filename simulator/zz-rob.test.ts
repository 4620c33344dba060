import fc from 'fast-check';
import { ServerControl, createWorld } from './index';
const internalCrash = /Cannot read propert|Cannot set propert|is not a function|is not iterable|is not a constructor|Cannot convert|undefined is not|null is not|Maximum call stack|Invalid array length|Cannot destructure|\.map is not|Converting circular/;
const ids = fc.constantFrom('alice', 'bob', 'carol', 'g1', 'room', 'ug1', 'ch1', '', ' ', 'x'.repeat(65));
const values: fc.Arbitrary<unknown> = fc.oneof(ids, fc.string(), fc.integer({ min: -5, max: 100_000 }), fc.double(), fc.boolean(), fc.constantFrom(null, undefined, NaN, Infinity, -1, 0, 30003, 23410), fc.array(fc.oneof(ids, fc.string(), fc.integer()), { maxLength: 4 }), fc.dictionary(fc.constantFrom('times', 'userId', 'ttlMs', 'keepAlive', 'x'), fc.oneof(ids, fc.integer(), fc.boolean(), fc.constant(null))), fc.anything());
test('x', () => {
  const world = createWorld({ seed: 3 });
  world.server.issueToken('alice'); world.server.issueToken('bob'); world.server.createGroup('g1', ['alice', 'bob']); world.server.createChatRoom('room');
  const methods = Object.getOwnPropertyNames(ServerControl.prototype).filter((n) => n !== 'constructor');
  const out: string[] = [];
  for (const m of methods) {
    const r = fc.check(fc.property(fc.array(values, { maxLength: 5 }), (args) => {
      try { (world.server as any)[m](...args); } catch (e: any) { if (!(e instanceof Error) || internalCrash.test(e.message) || !e.message.includes(m)) throw e; }
    }), { seed: 4, numRuns: 200 });
    if (r.failed) out.push(`${m}: ${fc.stringify(r.counterexample)} -> ${(r.errorInstance as any)?.message}`);
  }
  console.log(out.join('\n'));
});
