import * as path from 'path';
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget } from 'ts-morph';
import { packageRoot } from '../../cli/package-root';
import { referenceLoader } from '../../contracts/harness/reference-loader';
import { runConformance } from '../../contracts/harness/run';
import { generateContracts } from '../../generators/generate';
import { nowMs, type Figure } from '../measure';

async function bestOf(repeat: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t = nowMs();
    await fn();
    best = Math.min(best, nowMs() - t);
  }
  return best;
}

/**
 * The generator over the full RN spec (read with ts-morph, contracts emitted, nothing written) against
 * its floor: ts-morph parsing the same spec files. And the default conformance run
 * (the reference wrapper, every check with its own number of runs) against the same checks at 1 run each.
 */
export async function toolingFigures(): Promise<Figure[]> {
  const root = packageRoot();
  const spec = path.join(root, 'specs', 'rongcloud-rn');
  let files = 0;
  const generate = await bestOf(2, () => {
    files = generateContracts({ sdk: 'rongcloud-rn', root }).files.length;
  });
  const parse = await bestOf(2, () => {
    const project = new Project({
      compilerOptions: { target: ScriptTarget.ES2022, module: ModuleKind.CommonJS, moduleResolution: ModuleResolutionKind.Node10, strict: true, skipLibCheck: true, noEmit: true, types: [], lib: ['lib.es2022.d.ts'] },
      skipAddingFilesFromTsConfig: true,
    });
    for (const file of project.addSourceFilesAtPaths(path.join(spec, '*.ts'))) file.getStatements();
  });

  let totals = { checks: 0, runs: 0, failed: 0 };
  const conformance = await bestOf(1, async () => {
    totals = (await runConformance({ sdk: 'rongcloud-rn', load: referenceLoader })).totals;
  });
  let minimal = { checks: 0, runs: 0 };
  const oneRun = await bestOf(1, async () => {
    minimal = (await runConformance({ sdk: 'rongcloud-rn', load: referenceLoader, numRuns: 1 })).totals;
  });
  if (totals.failed > 0) throw new Error(`bench: the reference wrapper failed ${totals.failed} conformance check(s)`);

  return [
    {
      name: 'generator: full RN spec -> contracts (no write)',
      value: `${(generate / 1000).toFixed(2)} s (${files} files)`,
      baseline: `${(parse / 1000).toFixed(2)} s (ts-morph: parse the spec files)`,
      ratio: `${(generate / parse).toFixed(2)}x`,
    },
    {
      name: 'conformance: default run, reference wrapper',
      value: `${(conformance / 1000).toFixed(2)} s (${totals.checks} checks, ${totals.runs} runs)`,
      baseline: `${(oneRun / 1000).toFixed(2)} s (1 run per check: ${minimal.runs} runs)`,
      ratio: `${(conformance / oneRun).toFixed(1)}x`,
      note: `${((conformance * 1000) / totals.runs).toFixed(0)} us per property run (default) vs ${((oneRun * 1000) / minimal.runs).toFixed(0)} us (1 run, set-up included)`,
    },
  ];
}
