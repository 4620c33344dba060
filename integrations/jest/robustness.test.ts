import fc from 'fast-check';
import { outcomeAsync } from '../../simulator/testing/robustness';
import { configure, getWorld, isolatedWrapper, sleep, useDevice, useWorld } from './index';

/**
 * `imsim/jest`'s own functions meet bad input with an error that names the call, never a crash, and a
 * refused call leaves the test's world and device as they were. Fuzzed with a fixed seed.
 */
test('configure, useDevice, useWorld, isolatedWrapper and sleep refuse bad input clearly and change nothing', async () => {
  const world = getWorld();
  const device = world.device({ id: 'spare' });
  const calls: Record<string, (v: unknown) => unknown> = {
    configure: (v) => configure(v as never),
    useDevice: (v) => useDevice(v as never),
    useWorld: (v) => useWorld(v as never),
    isolatedWrapper: (v) => isolatedWrapper(v as never, () => 1),
    sleep: (v) => sleep(v as never),
  };
  const bad = fc.oneof(
    fc.anything().filter((v) => !(typeof v === 'number' && Number.isFinite(v) && v >= 0)),
    fc.constantFrom(null, undefined, NaN, -1, Infinity, { rn: null }, { rn: {} }, { rn: { native: {}, emitter: {} } }, { platform: 'tv' }, { device: 7 }),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...Object.keys(calls)), bad, async (name, value) => {
      // configure accepts any object whose platform is valid: only non-objects and bad platforms are refused.
      if (name === 'configure' && value !== null && typeof value === 'object' && !('platform' in value)) return;
      const error = await outcomeAsync(name, () => calls[name](value));
      expect(error).not.toBeNull();
      expect(getWorld()).toBe(world);
    }),
    { seed: 12, numRuns: 300 },
  );
  expect(useDevice(device)).toBe(device);
});

test('the check catches its mutants: a crash, and a refusal that does not name the call', async () => {
  await expect(outcomeAsync('sleep', () => { throw new TypeError("Cannot read properties of undefined (reading 'x')"); })).rejects.toThrow(/crashed/);
  await expect(outcomeAsync('sleep', () => Promise.reject(new RangeError('bad ms')))).rejects.toThrow(/without naming itself/);
});
