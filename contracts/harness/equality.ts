// Structural equality as the rules need it, and a short readable rendering of values for messages.
import { inspect, isDeepStrictEqual } from 'util';

export const same = (a: unknown, b: unknown): boolean => Object.is(a, b) || isDeepStrictEqual(a, b);

/** A Map equal to `new Map(Object.entries(plain))`, entry by entry and in order. */
export function isMapOf(value: unknown, plain: unknown): boolean {
  if (!(value instanceof Map)) return false;
  if (plain === null || typeof plain !== 'object') return false;
  return same([...value.entries()], Object.entries(plain));
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

export function show(value: unknown, width = 160): string {
  const text = typeof value === 'string' && width > 200 ? value : inspect(value, { depth: 4, breakLength: Infinity, maxArrayLength: 10, maxStringLength: Math.max(60, width / 2) });
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
