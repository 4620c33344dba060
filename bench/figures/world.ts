import { createWorld } from '../../simulator';
import { best, type Figure } from '../measure';

/** World start and reset: per-test isolation must be effectively free (goal: under 1 ms). */
export async function worldFigures(): Promise<Figure[]> {
  const n = 2_000;
  const start = await best(3, () => {
    for (let i = 0; i < n; i++) createWorld({ seed: i }).device();
    return n;
  });
  const world = createWorld();
  const reset = await best(3, () => {
    for (let i = 0; i < n; i++) {
      world.device({ id: `d${i}` });
      world.reset();
    }
    return n;
  });
  const empty = await best(3, () => {
    for (let i = 0; i < n; i++) ({ seed: i });
    return n;
  });
  const us = (t: { ms: number; units: number }) => ((t.ms * 1000) / t.units).toFixed(1);
  return [
    { name: 'world start: createWorld + one device', value: `${us(start)} us`, baseline: '1000 us (goal)', ratio: `${((start.ms / start.units) / 1).toFixed(3)} of goal` },
    { name: 'world reset (with one device)', value: `${us(reset)} us`, baseline: '1000 us (goal)', ratio: `${(reset.ms / reset.units).toFixed(3)} of goal`, note: `empty loop ${us(empty)} us` },
  ];
}
