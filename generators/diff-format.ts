// Renders diff results: text for people (breaking first, one line per change) and JSON lines for tools.
import type { ApiChange } from './diff-change';
import { sortChanges } from './diff';

export function formatChangesText(changes: readonly ApiChange[]): string {
  if (changes.length === 0) return 'No API changes.\n';
  const sorted = sortChanges([...changes]);
  const breaking = sorted.filter((c) => c.severity === 'breaking');
  const compatible = sorted.filter((c) => c.severity === 'compatible');
  const lines: string[] = [];
  if (breaking.length) lines.push(`Breaking changes (${breaking.length}):`, ...breaking.map(formatLine));
  if (compatible.length) {
    if (lines.length) lines.push('');
    lines.push(`Compatible changes (${compatible.length}):`, ...compatible.map(formatLine));
  }
  lines.push('', `${breaking.length} breaking, ${compatible.length} compatible.`);
  return `${lines.join('\n')}\n`;
}

export function formatLine(c: ApiChange): string {
  const where = c.class ? `${c.class}.${c.member}` : c.member;
  return `  ${c.severity.padEnd(10)} ${where}  ${c.message}  [${c.kind}]  old: ${c.old ?? '-'}  new: ${c.new ?? '-'}`;
}

export function formatChangesJson(changes: readonly ApiChange[]): string {
  return sortChanges([...changes]).map((c) => `${JSON.stringify(c)}\n`).join('');
}
