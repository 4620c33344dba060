/**
 * The per-test lifecycle: a new world before each test (a new object, O(1), never a clear), and after
 * it, the listener errors nobody saw (an assertion that failed inside a listener) fail the test.
 */
import { currentWorld, replaceWorld } from '../react-native/current';

const REGISTERED = Symbol.for('imsim.jest.hooks');

type Hook = (fn: () => unknown) => void;

export function registerHooks(): void {
  const g = globalThis as unknown as Record<string | symbol, unknown>;
  if (g[REGISTERED]) return; // setupFilesAfterEnv and an import in the test file: once per test file
  const hooks = jestHooks(g);
  if (!hooks) return; // imported outside jest (a script, a build)
  g[REGISTERED] = true;
  hooks.beforeEach(() => {
    replaceWorld();
  });
  hooks.afterEach(afterEachTest);
}

/** Lets pending work finish; settle() rethrows the first error a JS listener threw since the last settle/advance. */
export async function afterEachTest(): Promise<void> {
  await currentWorld().settle();
}

/** jest's globals, or `@jest/globals` when the config turns `injectGlobals` off. */
function jestHooks(g: Record<string | symbol, unknown>): { beforeEach: Hook; afterEach: Hook } | null {
  if (typeof g.beforeEach === 'function' && typeof g.afterEach === 'function') return { beforeEach: g.beforeEach as Hook, afterEach: g.afterEach as Hook };
  if (typeof g.jest === 'undefined' && typeof (g as { expect?: unknown }).expect === 'undefined') return null;
  try {
    return require('@jest/globals') as { beforeEach: Hook; afterEach: Hook };
  } catch {
    return null;
  }
}
