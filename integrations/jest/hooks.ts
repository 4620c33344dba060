/**
 * The per-test lifecycle: a new world before each test (a new object, O(1), never a clear), and after
 * it, the listener errors nobody saw (an assertion that failed inside a listener) fail the test.
 */
import { currentWorld, replaceWorld } from '../react-native/current';

const REGISTERED = Symbol.for('imsim.jest.hooks');

export function registerHooks(): void {
  const g = globalThis as unknown as Record<string | symbol, unknown>;
  // Imported outside jest (a script, a build), or already registered for this test file.
  if (typeof g.beforeEach !== 'function' || typeof g.afterEach !== 'function' || g[REGISTERED]) return;
  g[REGISTERED] = true;
  (g.beforeEach as (fn: () => void) => void)(() => {
    replaceWorld();
  });
  (g.afterEach as (fn: () => Promise<void>) => void)(afterEachTest);
}

/** Lets pending work finish; settle() rethrows the first error a JS listener threw since the last settle/advance. */
export async function afterEachTest(): Promise<void> {
  await currentWorld().settle();
}
