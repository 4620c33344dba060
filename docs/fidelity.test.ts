import { readFileSync } from 'fs';
import { join } from 'path';
import { nativeMethods, schemas } from '../contracts/generated/rongcloud-rn';
import { createWorld } from '../simulator';
import { enumSizes } from '../simulator/rongcloud/enums';
import { nativeMethodDefs } from '../simulator/facades/rn/define';
import '../simulator/facades/rn/native-module';
import { connectAs } from '../simulator/testing/rn';
import { fidelityProblems, parseFidelityTables, statusCounts, STATUSES } from './fidelity-table';

/**
 * `docs/fidelity.md` must stay true. It needs one row per native method of the RN module (the 5.2.5
 * methods and the two 5.2.4 names). A method's status must match the fake module: a method it has is
 * never "not simulated", and a method it lacks is always "not simulated". Every test a row names must
 * exist, and the counts line must match the rows.
 */

const root = join(__dirname, '..');
const doc = readFileSync(join(__dirname, 'fidelity.md'), 'utf8');

/** The names older wrappers call, from the spec's `RCReactNativeIMLegacy` interface (via its contract). */
const legacyNames = Object.keys((schemas.RCReactNativeIMLegacy as unknown as { shape: Record<string, unknown> }).shape);
const methods = [...Object.keys(nativeMethods), ...legacyNames];

/** What the fake module exposes: the registry, plus `create` and `destroy`, which the facade defines itself. */
function registeredMethods(): Set<string> {
  const world = createWorld();
  const ios = world.device({ platform: 'ios' }); // iOS has every method (Android lacks setDeviceToken)
  return new Set([...nativeMethodDefs.keys(), ...Object.keys(ios.rn.native)]);
}

describe('docs/fidelity.md', () => {
  const registered = registeredMethods();
  const inputs = { methods, registered, root };

  test('the sources: 133 native methods, the two 5.2.4 names, and create/destroy outside the registry', () => {
    expect(Object.keys(nativeMethods)).toHaveLength(133);
    expect(legacyNames.sort()).toEqual(['loadAllChatRoomEntries', 'removeUltraGroupMessageExpansion']);
    expect(nativeMethodDefs.has('create')).toBe(false);
    expect(registered.has('create') && registered.has('destroy')).toBe(true);
  });

  test('every native method has exactly one row, with a valid status that matches the fake module, and named tests that exist', () => {
    expect(fidelityProblems(doc, inputs)).toEqual([]);
    const { rows } = parseFidelityTables(doc);
    expect(rows).toHaveLength(methods.length);
    for (const row of rows) expect(STATUSES).toContain(row.status);
  });

  test('the counts line agrees with the rows', () => {
    const counts = statusCounts(doc);
    const line = doc.split('\n').find((l) => l.startsWith('Counts: '));
    expect(line).toBe(`Counts: ${counts.simulated} simulated, ${counts.partly} partly, ${counts['not simulated']} not simulated.`);
  });

  describe('the checker catches a broken table', () => {
    const header = '| method | status | rule it follows | choice where the docs are silent or contradictory (seed line) | test |\n|---|---|---|---|---|';
    const connectRow = '| `connect` | simulated | Connects. | — | `simulator/facades/rn/connection.test.ts` › "connect opens the database" |';
    const small = { methods: ['connect', 'disconnect'], registered: new Set(['connect', 'disconnect']), root };
    const table = (...rows: string[]) => `Counts: ${rows.length} simulated, 0 partly, 0 not simulated.\n\n## Area\n\n${header}\n${rows.join('\n')}\n`;

    test('a correct two-row table passes', () => {
      const disconnect = '| `disconnect` | simulated | Signs out. | — | `simulator/facades/rn/connection.test.ts` › "disconnect ends reconnecting" |';
      expect(fidelityProblems(table(connectRow, disconnect), small)).toEqual([]);
    });

    test('a missing row', () => {
      expect(fidelityProblems(table(connectRow), small)).toEqual(['disconnect: no row']);
    });

    test('a duplicated row, and a row for a method the module does not document', () => {
      const problems = fidelityProblems(table(connectRow, connectRow, connectRow.replace('`connect`', '`connectTwice`')), small);
      expect(problems).toEqual(expect.arrayContaining([
        expect.stringMatching(/connectTwice is not a native method/),
        expect.stringMatching(/^connect: 2 rows/),
        'disconnect: no row',
      ]));
    });

    test('a status outside the three, and statuses that contradict the registry', () => {
      const bogus = connectRow.replace('| simulated |', '| mostly |');
      expect(fidelityProblems(table(bogus), { ...small, methods: ['connect'] })).toEqual([
        expect.stringMatching(/status "mostly" is not one of simulated, partly, not simulated/),
        expect.stringMatching(/the counts line says 1\/0\/0/),
      ]);
      // Registered but "not simulated".
      const denied = connectRow.replace('| simulated |', '| not simulated |');
      expect(fidelityProblems(table(denied), { ...small, methods: ['connect'] })).toEqual(expect.arrayContaining([
        expect.stringMatching(/marked "not simulated" but the fake module has it/),
      ]));
      // Not registered but "simulated".
      expect(fidelityProblems(table(connectRow), { ...small, methods: ['connect'], registered: new Set<string>() })).toEqual([
        expect.stringMatching(/marked "simulated" but the fake module does not have it/),
      ]);
    });

    test('a test file that does not exist, a test name the file lacks, or no test at all', () => {
      const gone = connectRow.replace('connection.test.ts', 'no-such-file.test.ts');
      expect(fidelityProblems(table(gone), { ...small, methods: ['connect'] })).toEqual([expect.stringMatching(/no-such-file\.test\.ts does not exist/)]);
      const renamed = connectRow.replace('connect opens the database', 'connect opens the window');
      expect(fidelityProblems(table(renamed), { ...small, methods: ['connect'] })).toEqual([expect.stringMatching(/has no test named "connect opens the window"/)]);
      const untested = '| `connect` | partly | Connects. | — | — |';
      expect(fidelityProblems(table(untested).replace('1 simulated, 0 partly', '0 simulated, 1 partly'), { ...small, methods: ['connect'] })).toEqual([
        expect.stringMatching(/names no test file/),
      ]);
    });

    test('a counts line that no longer matches the rows', () => {
      const stale = table(connectRow).replace('Counts: 1 simulated', 'Counts: 2 simulated');
      expect(fidelityProblems(stale, { ...small, methods: ['connect'] })).toEqual([expect.stringMatching(/the counts line says 2\/0\/0/)]);
    });

    test('the real document with one row taken out fails', () => {
      const { rows } = parseFidelityTables(doc);
      const victim = rows.find((r) => r.method === 'getUnreadCount')!;
      const lines = doc.split('\n');
      lines.splice(victim.line - 1, 1);
      expect(fidelityProblems(lines.join('\n'), inputs)).toEqual(expect.arrayContaining(['getUnreadCount: no row', expect.stringMatching(/the counts line says/)]));
    });
  });
});

describe('RN native: changeLogLevel (pinned here: no area owns it)', () => {
  test('changeLogLevel resolves 0 for every level, emits nothing, and is refused like any enum argument', async () => {
    const world = createWorld();
    const android = world.device({ platform: 'android' });
    const ios = world.device({ platform: 'ios' });
    for (const [device, user] of [[android, 'alice'], [ios, 'bob']] as const) {
      await connectAs(world, device, user);
      const before = device.log.filter('event').length;
      for (let level = 0; level < enumSizes.LogLevel; level++) {
        await expect(device.rn.native.changeLogLevel(level)).resolves.toBe(0);
        expect(device.engine!.areas.get('logLevel')).toBe(level);
      }
      await world.settle();
      expect(device.log.filter('event')).toHaveLength(before);
    }
    // Out-of-range ordinals: Android's bridge throws (a rejection here), iOS clamps to the last member.
    await expect(android.rn.native.changeLogLevel(enumSizes.LogLevel)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(ios.rn.native.changeLogLevel(enumSizes.LogLevel + 3)).resolves.toBe(0);
    expect(ios.engine!.areas.get('logLevel')).toBe(enumSizes.LogLevel - 1);
  });
});
