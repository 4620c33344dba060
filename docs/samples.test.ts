import { readFileSync } from 'fs';
import { join } from 'path';
import { allSamples, docFiles, markersWithoutBlock, sampleMismatch, samplesIn } from './samples';

const root = join(__dirname, '..');

describe('docs samples', () => {
  test('every sample shown in README.md and docs/*.md is a test file, copied verbatim', () => {
    const samples = allSamples(root);
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.map((s) => sampleMismatch(root, s)).filter(Boolean)).toEqual([]);
    expect(docFiles(root).flatMap((doc) => markersWithoutBlock(doc, readFileSync(join(root, doc), 'utf8')))).toEqual([]);
  });

  test('the checker notices a sample that drifted from its file', () => {
    const [sample] = samplesIn('x.md', '<!-- sample: docs/samples.test.ts -->\n```ts\nnot the file\n```');
    expect(sampleMismatch(root, sample)).toMatch(/differs/);
    const [missing] = samplesIn('x.md', '<!-- sample: docs/nope.test.ts -->\n```ts\nx\n```');
    expect(sampleMismatch(root, missing)).toMatch(/does not exist/);
    expect(markersWithoutBlock('x.md', '<!-- sample: docs/a.test.ts -->\n\n## Next section\n')).toEqual([
      'x.md: the marker for docs/a.test.ts has no code block after it (run npm run docs:samples)',
    ]);
    expect(markersWithoutBlock('x.md', '<!-- sample: docs/a.test.ts -->\n```ts\nx\n```')).toEqual([]);
  });
});
