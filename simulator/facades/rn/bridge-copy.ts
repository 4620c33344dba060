import { describe } from '../../describe-value';
import { isPlainObject } from './args';

/**
 * A native call's arguments as they crossed the bridge, for the device log: a copy taken at the call, so
 * an app that changes an object after passing it (a message it sends again, say) does not rewrite what
 * the log says was sent. What no bridge can carry (functions, class instances, cycles) is recorded as a
 * description; the call itself is refused elsewhere.
 */
export function bridgeCopy(value: unknown): unknown {
  return copy(value, []);
}

function copy(value: unknown, ancestors: object[]): unknown {
  switch (typeof value) {
    case 'function':
    case 'symbol':
    case 'bigint':
      return `[${describe(value)}]`;
    case 'object':
      break;
    default:
      return value;
  }
  if (value === null) return null;
  if (ancestors.includes(value) || ancestors.length > 64) return '[cycle]';
  if (!Array.isArray(value) && !isPlainObject(value)) return `[${value.constructor?.name ?? 'object'}]`;
  ancestors.push(value);
  let out: unknown;
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) list[i] = copy(value[i], ancestors);
    out = list;
  } else {
    // A spread copies a flat object in one step (one allocation of the right size, where keyed stores
    // into {} grow it several times); only values that are objects, or that no bridge carries, are then
    // replaced. Symbol keys do not cross a bridge: they are dropped.
    const record: Record<string, unknown> = { ...value };
    for (const key in record) {
      const v = record[key];
      if ((typeof v === 'object' && v !== null) || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') record[key] = copy(v, ancestors);
    }
    if (Object.getOwnPropertySymbols(value).length > 0) for (const symbol of Object.getOwnPropertySymbols(record)) delete (record as Record<symbol, unknown>)[symbol];
    out = record;
  }
  ancestors.pop();
  return out;
}
