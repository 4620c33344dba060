#!/usr/bin/env node
// Copies each sample file into the fenced block after its `<!-- sample: <path> -->` marker in README.md and
// docs/*.md (`npm run docs:samples`). docs/samples.test.ts fails when a doc and its sample drift apart.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const docs = ['README.md', ...fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
for (const doc of docs) {
  const file = path.join(root, doc);
  if (!fs.existsSync(file)) continue;
  const text = fs.readFileSync(file, 'utf8');
  // A marker with its block gets the block replaced; a marker alone (a new sample) gets a block inserted.
  const next = text.replace(/<!-- sample: (\S+) -->(?:\s*\n```([a-z]*)\n[\s\S]*?```)?/g, (_m, sample, lang) => {
    const body = fs.readFileSync(path.join(root, sample), 'utf8').trimEnd();
    return `<!-- sample: ${sample} -->\n\`\`\`${lang || 'ts'}\n${body}\n\`\`\``;
  });
  if (next !== text) {
    fs.writeFileSync(file, next);
    console.log(`updated ${doc}`);
  }
}
