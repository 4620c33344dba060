// Pretty JSON that keeps small objects and arrays on one line (like prettier): the committed manifest stays
// readable and diffable at a fraction of JSON.stringify(x, null, 2)'s size.
const WIDTH = 110;

export function jsonText(value: unknown): string {
  return `${render(value, '', 0)}\n`;
}

function render(value: unknown, indent: string, used: number): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (value === null || typeof value !== 'object' || used + flat.length <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${render(v, inner, inner.length)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => {
    const head = `${inner}${JSON.stringify(k)}: `;
    return `${head}${render(v, inner, head.length)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
