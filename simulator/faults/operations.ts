import { nativeMethodDefs } from '../facades/rn/define';

/**
 * Names `world.server.failNext` / `failFor` accept: the cloud honours a planned failure where a request
 * reaches it, under the name of the native method that made it ('connect', 'sendMessage', 'joinChatRoom',
 * 'recallMessage' ...), or one of these cloud-side names (media transfers, remote history). A typo would
 * otherwise plan a failure that never fires. operations.test.ts checks the sources use no other name.
 */
export const cloudOperations: readonly string[] = [
  'uploadMedia', 'downloadMedia', 'getRemoteHistoryMessages', 'clearRemoteHistoryMessages', 'deleteRemoteMessages', 'sendReadReceiptMessage',
];

export function isKnownOperation(operation: string): boolean {
  return cloudOperations.includes(operation) || nativeMethodDefs.has(operation);
}

/** Throws a clear error for a name no request uses, suggesting the nearest known one. */
export function checkOperation(where: string, operation: unknown): string {
  if (typeof operation !== 'string' || operation.length === 0) throw new TypeError(`${where}: operation must be a non-empty string (a native method name such as 'sendMessage'), got ${describe(operation)}`);
  if (isKnownOperation(operation)) return operation;
  const near = nearest(operation, [...nativeMethodDefs.keys(), ...cloudOperations]);
  throw new RangeError(`${where}: unknown operation ${JSON.stringify(operation)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}; operations are native method names, or ${cloudOperations.join(' / ')}`);
}

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' || typeof value === 'undefined' ? String(JSON.stringify(value)) : `${typeof value} ${String(value)}`;
  } catch {
    return typeof value;
  }
}

/** The known name with the smallest edit distance, if it is close (at most a third of the name). */
function nearest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
