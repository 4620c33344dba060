import { describe } from '../describe-value';

/**
 * Planned cloud failures: `world.server.failNext('sendMessage', 30003, { times: 2, userId: 'alice' })`
 * makes the next matching requests answer that real code instead of doing the work;
 * `world.server.failFor(operation, code, ms)` makes every matching request fail until a virtual time.
 */
export interface PlannedFailure {
  readonly operation: string;
  readonly code: number;
  remaining: number;
  readonly userId?: string;
  /** A time window (`failFor`, outages): matches every request until this virtual time, consuming nothing. */
  readonly until?: number;
}

export class FaultPlan {
  private readonly planned: PlannedFailure[] = [];

  constructor(private readonly now: () => number = () => 0) {}

  failNext(operation: string, code: number, options: { times?: number; userId?: string } = {}): void {
    check(operation, code);
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`failNext(${operation}): times must be an integer >= 1, got ${describe(times)}`);
    this.planned.push({ operation, code, remaining: times, userId: options.userId });
  }

  /** Every matching request answers `code` until virtual time `until`. */
  failUntil(operation: string, code: number, until: number, options: { userId?: string } = {}): void {
    check(operation, code);
    if (!Number.isFinite(until)) throw new RangeError(`failFor(${operation}): the window must end at a finite time`);
    this.planned.push({ operation, code, remaining: 1, userId: options.userId, until });
  }

  /** The code to answer for this request, consuming one planned failure, or null to proceed normally. */
  take(operation: string, userId: string | undefined): number | null {
    if (this.planned.length === 0) return null;
    // Windows first: an outage must not eat the failures a test planned for after it.
    const now = this.now();
    for (let i = 0; i < this.planned.length; i++) {
      const plan = this.planned[i];
      if (plan.until === undefined) continue;
      if (now >= plan.until) this.planned.splice(i--, 1);
      else if (matches(plan, operation, userId)) return plan.code;
    }
    const index = this.planned.findIndex((p) => p.until === undefined && matches(p, operation, userId));
    if (index < 0) return null;
    const plan = this.planned[index];
    plan.remaining--;
    if (plan.remaining <= 0) this.planned.splice(index, 1);
    return plan.code;
  }

  pending(): readonly PlannedFailure[] {
    return this.planned;
  }

  clear(): void {
    this.planned.length = 0;
  }
}

function matches(plan: PlannedFailure, operation: string, userId: string | undefined): boolean {
  return plan.operation === operation && (plan.userId === undefined || plan.userId === userId);
}

function check(operation: string, code: number): void {
  if (typeof operation !== 'string' || operation.length === 0) throw new TypeError('failNext(operation, code): operation must be a non-empty string');
  if (!Number.isInteger(code) || code === 0) throw new TypeError(`failNext(${operation}, code): code must be a non-zero integer (a RongCloud code), got ${describe(code)}`);
}
