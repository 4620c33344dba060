/** Waiting on the virtual clock, for app code that takes its delay function as a dependency (back-off, polling). */
import type { World } from '../../simulator/index';
import { describe as describeValue } from '../../simulator/describe-value';
import { currentWorld } from '../react-native/current';

/**
 * Resolves once the world's virtual clock has moved `ms` forward. Nothing moves it but
 * `world.clock.advance`, so a test decides when the wait ends.
 */
export function sleep(ms: number, world: World = currentWorld()): Promise<void> {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return Promise.reject(new RangeError(`sleep(ms) needs a finite ms >= 0, got ${describeValue(ms)}`));
  return new Promise((resolve) => {
    world.cloud.scheduler.after(ms, resolve);
  });
}
