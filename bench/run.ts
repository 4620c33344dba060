#!/usr/bin/env node
/**
 * `npm run bench`: every performance figure next to the baseline it is compared with, measured in this
 * run. `BENCH_SCALE=0.1 npm run bench` runs smaller sizes (a smoke run).
 */
import { printTable, type Figure } from './measure';
import { messagingFigures } from './figures/messaging';
import { worldFigures } from './figures/world';

async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  const figures: Figure[] = [];
  const sections: Array<[string, () => Promise<Figure[]>]> = [
    ['messaging', () => messagingFigures(scale)],
    ['world', () => worldFigures()],
  ];
  for (const [name, run] of sections) {
    process.stderr.write(`bench: ${name}...\n`);
    figures.push(...(await run()));
  }
  console.log(`imsim bench (node ${process.version}, scale ${scale})`);
  printTable(figures);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
