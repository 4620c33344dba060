#!/usr/bin/env node
/**
 * `npm run bench`: every performance figure next to the baseline it is compared with, measured in this
 * run. `BENCH_SCALE=0.1 npm run bench` runs smaller sizes (a smoke run).
 */
import { gcFunction, printTable, settledHeap, type Figure } from './measure';
import { fanoutFigures } from './figures/fanout';
import { historyFigures } from './figures/history';
import { messagingFigures } from './figures/messaging';
import { toolingFigures } from './figures/tooling';
import { worldFigures } from './figures/world';

async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  const figures: Figure[] = [];
  const sections: Array<[string, () => Promise<Figure[]>]> = [
    ['world', () => worldFigures()],
    ['messaging', () => messagingFigures(scale)],
    ['fan-out', () => fanoutFigures(scale)],
    ['history and memory', () => historyFigures(scale)],
    ['generator and conformance', () => toolingFigures()],
  ];
  const started = Date.now();
  const gc = gcFunction();
  for (const [name, run] of sections) {
    process.stderr.write(`bench: ${name}...\n`);
    // Each section starts on a collected heap, so one section's garbage is not billed to the next.
    await settledHeap(gc);
    figures.push(...(await run()));
  }
  process.stderr.write(`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  console.log(`imsim bench (node ${process.version}, scale ${scale})`);
  printTable(figures);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
