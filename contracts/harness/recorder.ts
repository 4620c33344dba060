// A recording proxy over a native module: every call the wrapper makes, its arguments as passed, and how
// native answered. In hold mode the answer reaches the wrapper only on `release()`, so the harness can see
// whether the wrapper's own promise settled before native had answered.

type NativeFn = (...args: any[]) => any;

export type NativeOutcome =
  | { kind: 'pending' }
  | { kind: 'resolved'; value: unknown }
  | { kind: 'rejected'; reason: unknown }
  | { kind: 'returned'; value: unknown }
  | { kind: 'threw'; error: unknown };

export interface RecordedCall {
  seq: number;
  method: string;
  args: unknown[];
  outcome: NativeOutcome;
  /** True once native's answer was handed to the wrapper (always true outside hold mode). */
  released: boolean;
}

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  v !== null && (typeof v === 'object' || typeof v === 'function') && typeof (v as { then?: unknown }).then === 'function';

export class NativeRecorder {
  readonly calls: RecordedCall[] = [];
  /** Held answers wait for `release()`. */
  hold = false;
  readonly native: Record<string, NativeFn>;
  private held: Array<{ call: RecordedCall; deliver: () => void }> = [];
  private seq = 0;

  constructor(private readonly inner: Record<string, NativeFn>) {
    this.native = new Proxy(inner, {
      get: (target, name) => {
        const member = (target as Record<string | symbol, unknown>)[name];
        if (typeof name === 'symbol' || typeof member !== 'function') return member;
        return (...args: unknown[]) => this.invoke(name, member as NativeFn, args);
      },
    });
  }

  private invoke(method: string, fn: NativeFn, args: unknown[]): unknown {
    const call: RecordedCall = { seq: ++this.seq, method, args, outcome: { kind: 'pending' }, released: !this.hold };
    this.calls.push(call);
    let raw: unknown;
    try {
      raw = fn.apply(this.inner, args);
    } catch (error) {
      call.outcome = { kind: 'threw', error };
      call.released = true;
      throw error;
    }
    if (!isThenable(raw)) {
      call.outcome = { kind: 'returned', value: raw };
      call.released = true;
      return raw;
    }
    const answer = Promise.resolve(raw);
    answer.then(
      (value) => void (call.outcome = { kind: 'resolved', value }),
      (reason) => void (call.outcome = { kind: 'rejected', reason }),
    );
    if (!this.hold) return answer;
    return new Promise((resolve, reject) => {
      this.held.push({
        call,
        deliver: () => {
          call.released = true;
          answer.then(resolve, reject);
        },
      });
    });
  }

  /** Hands every held answer to the wrapper, in call order or reversed. */
  release(order: 'fifo' | 'lifo' = 'fifo'): void {
    const batch = this.held.splice(0);
    if (order === 'lifo') batch.reverse();
    for (const h of batch) h.deliver();
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** Forgets recorded calls (held answers are released first so nothing hangs). */
  reset(): void {
    this.release();
    this.calls.length = 0;
  }
}
