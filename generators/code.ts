// A tiny expression tree and printer for generated source: an expression prints on one line when it fits
// in WIDTH columns and breaks one level at a time otherwise, so output is readable and byte-for-byte stable.
export type Code =
  | string
  | { call: string; args: Code[] }
  | { chain: Code; method: string; args: Code[] }
  | { obj: [string, Code][]; multiline?: boolean }
  | { arr: Code[] }
  | { arrow: Code };

const WIDTH = 110;
const INDENT = '  ';

export const call = (callee: string, ...args: Code[]): Code => ({ call: callee, args });
export const chain = (target: Code, method: string, ...args: Code[]): Code => ({ chain: target, method, args });
export const obj = (entries: [string, Code][], multiline = false): Code => ({ obj: entries, multiline });
export const arr = (items: Code[]): Code => ({ arr: items });
export const arrow = (body: Code): Code => ({ arrow: body });

/** A string literal in the generated source (single quotes, like the rest of the project). */
export function str(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** An object key: bare when it is an identifier, quoted otherwise. */
export function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : str(name);
}

export function inline(c: Code): string {
  if (typeof c === 'string') return c;
  if ('call' in c) return `${c.call}(${c.args.map(inline).join(', ')})`;
  if ('chain' in c) return `${inline(c.chain)}.${c.method}(${c.args.map(inline).join(', ')})`;
  if ('obj' in c) return c.obj.length ? `{ ${c.obj.map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }` : '{}';
  if ('arr' in c) return `[${c.arr.map(inline).join(', ')}]`;
  return `() => ${inline(c.arrow)}`;
}

function forced(c: Code): boolean {
  if (typeof c === 'string') return false;
  if ('obj' in c) return !!c.multiline || c.obj.some(([, v]) => forced(v));
  if ('call' in c) return c.args.some(forced);
  if ('chain' in c) return forced(c.chain) || c.args.some(forced);
  if ('arr' in c) return c.arr.some(forced);
  return forced(c.arrow);
}

/** Prints `c` starting at column `used` on a line indented by `depth` levels. */
export function print(c: Code, depth = 0, used = depth * INDENT.length): string {
  const flat = inline(c);
  if (typeof c === 'string' || (!forced(c) && used + flat.length <= WIDTH)) return flat;
  const pad = INDENT.repeat(depth);
  const inner = INDENT.repeat(depth + 1);
  const items = (list: Code[]) => list.map((a) => `${inner}${print(a, depth + 1)},\n`).join('');
  if ('obj' in c) {
    const entry = ([k, v]: [string, Code]) => `${inner}${k}: ${print(v, depth + 1, inner.length + k.length + 2)},\n`;
    return `{\n${c.obj.map(entry).join('')}${pad}}`;
  }
  if ('arr' in c) return `[\n${items(c.arr)}${pad}]`;
  if ('arrow' in c) return `() => ${print(c.arrow, depth, used + 6)}`;
  const head = 'call' in c ? c.call : `${print(c.chain, depth, used)}.${c.method}`;
  const lastLine = head.slice(head.lastIndexOf('\n') + 1);
  const col = head.includes('\n') ? lastLine.length : used + head.length;
  const [only] = c.args;
  // Hug a lone object/array/arrow argument: `z.looseObject({` ... `})`.
  if (c.args.length === 1 && typeof only !== 'string' && ('obj' in only || 'arr' in only || 'arrow' in only)) {
    return `${head}(${print(only, depth, col + 1)})`;
  }
  if (c.args.length === 0) return `${head}()`;
  return `${head}(\n${items(c.args)}${pad})`;
}
