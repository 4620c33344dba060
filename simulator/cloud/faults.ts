/**
 * Planned cloud failures: `world.server.failNext('sendMessage', 30003, { times: 2, userId: 'alice' })`
 * makes the next matching requests answer that real code instead of doing the work.
 */
export interface PlannedFailure {
  readonly operation: string;
  readonly code: number;
  remaining: number;
  readonly userId?: string;
}

export class FaultPlan {
  private readonly planned: PlannedFailure[] = [];

  failNext(operation: string, code: number, options: { times?: number; userId?: string } = {}): void {
    if (typeof operation !== 'string' || operation.length === 0) throw new TypeError('failNext(operation, code): operation must be a non-empty string');
    if (!Number.isInteger(code)) throw new TypeError(`failNext(${operation}, code): code must be an integer, got ${String(code)}`);
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`failNext(${operation}): times must be an integer >= 1, got ${String(times)}`);
    this.planned.push({ operation, code, remaining: times, userId: options.userId });
  }

  /** The code to answer for this request, consuming one planned failure, or null to proceed normally. */
  take(operation: string, userId: string | undefined): number | null {
    const index = this.planned.findIndex((p) => p.operation === operation && (p.userId === undefined || p.userId === userId));
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
