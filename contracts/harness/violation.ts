// A broken rule, thrown from inside a property: fast-check shrinks on it and the report reads its fields.

export interface ViolationDetails {
  method?: string;
  expected?: unknown;
  actual?: unknown;
  /** The calls of the failing run, filled in by the property before rethrowing. */
  calls?: unknown;
  /** fc.commands' own replay path (model checks): appended to the fast-check path as `path|replayPath`. */
  replayPath?: string;
}

export class Violation extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly details: ViolationDetails = {},
  ) {
    super(`${rule}: ${message}`);
    this.name = 'Violation';
  }
}

/** Throws a Violation unless `ok`. */
export function ensure(ok: boolean, rule: string, message: string, details?: ViolationDetails): void {
  if (!ok) throw new Violation(rule, message, details);
}
