import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

/**
 * Docs show code that runs: a fenced block right after `<!-- sample: <path> -->` must equal that file, and
 * the file is a jest test (so `npm test` runs every sample).
 */
export interface Sample {
  doc: string;
  path: string;
  shown: string;
}

const MARKER = /<!-- sample: (\S+) -->\s*\n```[a-z]*\n([\s\S]*?)```/g;

export function samplesIn(doc: string, text: string): Sample[] {
  return [...text.matchAll(MARKER)].map((m) => ({ doc, path: m[1], shown: m[2] }));
}

/** Markers with no fenced block right after them: the doc shows nothing, so nothing would be checked. */
export function markersWithoutBlock(doc: string, text: string): string[] {
  const shown = new Set([...text.matchAll(MARKER)].map((m) => m.index));
  return [...text.matchAll(/<!-- sample: (\S+) -->/g)]
    .filter((m) => !shown.has(m.index))
    .map((m) => `${doc}: the marker for ${m[1]} has no code block after it (run npm run docs:samples)`);
}

export function docFiles(root: string): string[] {
  const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  return docs.filter((d) => existsSync(join(root, d)));
}

export function allSamples(root: string): Sample[] {
  return docFiles(root).flatMap((d) => samplesIn(d, readFileSync(join(root, d), 'utf8')));
}

export function sampleMismatch(root: string, sample: Sample): string | null {
  const file = join(root, sample.path);
  if (!existsSync(file)) return `${sample.doc}: sample file ${sample.path} does not exist`;
  if (!/\.test\.ts$/.test(sample.path)) return `${sample.doc}: sample ${sample.path} is not a test file, so nothing runs it`;
  const actual = readFileSync(file, 'utf8').trimEnd();
  return actual === sample.shown.trimEnd() ? null : `${sample.doc}: the sample shown differs from ${sample.path} (copy the file into the doc)`;
}
