import { fanoutFigures } from './figures/fanout';
import { historyFigures } from './figures/history';
import { messagingFigures } from './figures/messaging';
import { worldFigures } from './figures/world';
import { growth, printTable, type Figure } from './measure';

/**
 * The benchmarks still run (tiny sizes): each figure is produced with a value and a baseline. Nothing here
 * is timed or compared with a threshold: figures are read from `npm run bench`, never asserted.
 */
function wellFormed(figures: Figure[]): void {
  for (const f of figures) {
    expect(f.name).not.toBe('');
    expect(f.value).not.toMatch(/NaN|undefined/);
    expect(f.baseline).not.toMatch(/NaN|undefined/);
    expect(f.ratio).not.toMatch(/undefined/);
  }
}

describe('bench figures (smoke run)', () => {
  test('messaging, fan-out, history and memory, world', async () => {
    const figures = [...(await messagingFigures(0.001)), ...(await fanoutFigures(0.001)), ...(await historyFigures(0.000_001)), ...(await worldFigures())];
    expect(figures.map((f) => f.name.split(/[:(]/)[0].trim())).toEqual(expect.arrayContaining(['throughput', 'connect', 'fan-out', 'history', 'memory', 'world start', 'world reset']));
    wellFormed(figures);
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    printTable(figures);
    log.mockRestore();
    expect(lines).toHaveLength(figures.length + 2);
  }, 120_000);

  test('growth is the cost per unit relative to the first size', () => {
    expect(growth([{ ms: 10, units: 10 }, { ms: 200, units: 100 }, { ms: 1000, units: 1000 }])).toBe('1.00 / 2.00 / 1.00');
  });
});
