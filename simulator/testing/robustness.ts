/**
 * Shared by the robustness tests (simulator, Server API, imsim/jest): what an internal crash looks like,
 * and the check that a refusal is a clear error naming the call.
 */
export const internalCrash = /Cannot read propert|Cannot set propert|is not a function|is not iterable|is not a constructor|Cannot convert|undefined is not|null is not|Maximum call stack|Invalid array length|Cannot destructure|\.map is not|Converting circular/;

/** Checks a thrown value is a clear refusal by `name` (an Error naming it, not a crash) and returns it. */
export function clearRefusal(name: string, error: unknown): Error {
  if (!(error instanceof Error)) throw new Error(`${name} threw a non-Error: ${String(error)}`);
  // A damaged snapshot names the internal failure after a clear lead.
  const message = error.message.replace(/^createWorld\(\{ from \}\): the snapshot cannot be restored \(damaged or edited\?\): .*/s, 'damaged snapshot');
  if (internalCrash.test(message)) throw new Error(`${name} crashed instead of rejecting its input: ${error.message}`);
  if (!error.message.includes(name)) throw new Error(`${name} rejected its input without naming itself: ${error.message}`);
  return error;
}

/** Runs `fn`; returns the clear refusal it threw (see `clearRefusal`), or null when it accepted the input. */
export function outcome(name: string, fn: () => unknown): Error | null {
  try {
    fn();
    return null;
  } catch (error) {
    return clearRefusal(name, error);
  }
}

/** `outcome` for calls that may refuse by rejecting a promise. */
export async function outcomeAsync(name: string, fn: () => unknown): Promise<Error | null> {
  try {
    await fn();
    return null;
  } catch (error) {
    return clearRefusal(name, error);
  }
}
