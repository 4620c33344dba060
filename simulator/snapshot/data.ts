/**
 * Plain data to JSON and back, for snapshots: plain objects, arrays, Map and Set (tagged), and JSON
 * primitives. Anything else (functions, timers, class instances) is not data: encoding it fails with the
 * path, so a snapshot refuses what it could not restore instead of dropping it.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class NotDataError extends Error {}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function encodeData(value: unknown, path = 'value'): Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new NotDataError(`${path} is ${String(value)}`);
      return value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return value.map((v, i) => encodeData(v, `${path}[${i}]`));
      if (value instanceof Map) return { $type: 'Map', entries: [...value].map(([k, v], i) => [encodeData(k, `${path}.key${i}`), encodeData(v, `${path}.get(${String(k)})`)]) };
      if (value instanceof Set) return { $type: 'Set', values: [...value].map((v, i) => encodeData(v, `${path}.value${i}`)) };
      if (!isPlainObject(value)) throw new NotDataError(`${path} is a ${value.constructor?.name ?? 'non-plain object'}`);
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeData(v, `${path}.${k}`);
      // A plain object that happens to have a `$type` key is wrapped, so decoding never mistakes it for a tag.
      return '$type' in out ? { $type: 'Object', value: out } : out;
    }
    default:
      if (value === undefined) return null;
      throw new NotDataError(`${path} is a ${typeof value}`);
  }
}

export function decodeData(json: Json): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map(decodeData);
  switch (json.$type) {
    case 'Map':
      return new Map((json.entries as Json[][]).map(([k, v]) => [decodeData(k), decodeData(v)]));
    case 'Set':
      return new Set((json.values as Json[]).map(decodeData));
    case 'Object':
      return decodeObject(json.value as Record<string, Json>);
    default:
      return decodeObject(json);
  }
}

function decodeObject(json: Record<string, Json>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) out[k] = decodeData(v);
  return out;
}

/** Whether `value` is plain data (encodable). */
export function isData(value: unknown): boolean {
  try {
    encodeData(value);
    return true;
  } catch (error) {
    if (error instanceof NotDataError) return false;
    throw error;
  }
}

/**
 * Puts decoded data into an existing Map, Set, array or plain object, keeping its identity (code elsewhere
 * may hold a reference to it).
 */
export function restoreInPlace(target: unknown, data: unknown): void {
  if (target instanceof Map && data instanceof Map) {
    target.clear();
    for (const [k, v] of data) target.set(k, v);
  } else if (target instanceof Set && data instanceof Set) {
    target.clear();
    for (const v of data) target.add(v);
  } else if (Array.isArray(target) && Array.isArray(data)) {
    target.splice(0, target.length, ...data);
  } else if (isPlainObject(target) && isPlainObject(data)) {
    for (const key of Object.keys(target)) delete target[key];
    Object.assign(target, data);
  } else {
    throw new TypeError('restoreInPlace: the snapshot data does not fit the object it restores');
  }
}

/**
 * A structural fingerprint of any object graph (class instances included, functions skipped), with the
 * objects in `externals` written as their names: compares an area with a freshly built one.
 */
export function fingerprint(value: unknown, externals: ReadonlyMap<object, string>): string {
  const seen = new Set<object>();
  const walk = (v: unknown, depth: number): unknown => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
    if (typeof v === 'function') return '#fn';
    const external = externals.get(v as object);
    if (external) return `#${external}`;
    if (seen.has(v as object) || depth > 32) return '#seen';
    seen.add(v as object);
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    if (v instanceof Map) return ['#Map', [...v].map(([k, x]) => [walk(k, depth + 1), walk(x, depth + 1)])];
    if (v instanceof Set) return ['#Set', [...v].map((x) => walk(x, depth + 1))];
    const out: Record<string, unknown> = { '#class': (v as object).constructor?.name ?? null };
    for (const [k, x] of Object.entries(v as object)) out[k] = walk(x, depth + 1);
    return out;
  };
  return JSON.stringify(walk(value, 0));
}

/** Fails loudly when a class grew state a snapshot does not know about yet. */
export function expectFields(object: object, known: readonly string[], what: string): void {
  const unknown = Object.keys(object).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    throw new Error(`world.snapshot(): ${what} has field(s) ${unknown.join(', ')} that simulator/snapshot does not capture yet; add them there`);
  }
}
