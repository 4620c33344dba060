import { createWorld } from '../../simulator';
import { methodCheck } from './method-check';
import { referenceLoader } from './reference-loader';
import { loadSdk } from './sdk';
import type { CheckContext } from './check';

const sdk = loadSdk('rongcloud-rn');

function context(simulated: string[]): CheckContext {
  return { sdk, load: referenceLoader, seed: 1, numRuns: 5, simulated: { android: new Set(simulated), ios: new Set(simulated) }, propertyTimeLimitMs: 30_000, slots: new Map() };
}

describe('methodCheck', () => {
  test('a method the simulator lacks is skipped, after its runs against the contract native', async () => {
    const result = await methodCheck(sdk, 'getMessages').run(context([]));
    expect(result).toMatchObject({ status: 'skipped', runs: 5 });
    expect(result.reason).toMatch(/getMessages is not simulated yet/);
  });

  test('a simulated method runs on both layers and passes', async () => {
    const native = Object.keys(createWorld().device().rn.native);
    expect(native).toContain('getMessages');
    expect(await methodCheck(sdk, 'getMessages').run(context(native))).toMatchObject({ status: 'passed', runs: 5 });
  });
});
