/**
 * The virtual clock and the two work queues of a world.
 *
 * - Zero-delay work (`defer`) runs by itself, asynchronously, in FIFO order: the drain loop yields one
 *   promise turn before each task, so a native call's promise settles before the events it caused, as over
 *   a real bridge. Only promise turns are used (never setTimeout/setImmediate/queueMicrotask), so the
 *   simulator keeps working when a test enables jest fake timers.
 * - Timed work (`at`/`after`) waits for the virtual clock: nothing happens until `advance(ms)`.
 */
import { describe } from '../describe-value';

export interface TimerHandle {
  readonly id: number;
  readonly time: number;
}

interface Timer extends TimerHandle {
  readonly seq: number;
  readonly task: () => void;
  cancelled: boolean;
}

export type TaskErrorHandler = (error: unknown) => void;

/** The settled promise each drain step is chained on: one promise turn per step. */
const RESOLVED = Promise.resolve();

export class Scheduler {
  private currentTime: number;
  private readonly ready: Array<(() => void) | undefined> = [];
  private readyHead = 0;
  /** One past the last queued task; slots from here to `ready.length` are free. */
  private readyTail = 0;
  private draining: Promise<void> | null = null;
  private drainEnd: () => void = () => undefined;
  private drainFail: (error: unknown) => void = () => undefined;
  private readonly timers: Timer[] = [];
  private seq = 0;
  private advancing = false;

  constructor(startTime: number, private readonly onTaskError: TaskErrorHandler) {
    this.currentTime = startTime;
  }

  now(): number {
    return this.currentTime;
  }

  /** Queues zero-delay work; it runs on a later promise turn without anyone waiting for it. */
  defer(task: () => void): void {
    // Slots of tasks that ran are reused (see drainStep): the queue keeps its storage between drains.
    if (this.readyTail < this.ready.length) this.ready[this.readyTail] = task;
    else this.ready.push(task);
    this.readyTail++;
    if (!this.draining) this.draining = this.drain();
  }

  at(time: number, task: () => void): TimerHandle {
    const timer: Timer = { id: ++this.seq, seq: this.seq, time: Math.max(time, this.currentTime), task, cancelled: false };
    this.pushTimer(timer);
    return timer;
  }

  after(ms: number, task: () => void): TimerHandle {
    return this.at(this.currentTime + Math.max(0, ms), task);
  }

  cancel(handle: TimerHandle | null | undefined): void {
    if (handle) (handle as Timer).cancelled = true;
  }

  /** Whether zero-delay work is queued or running. */
  busy(): boolean {
    return this.draining !== null || this.readyHead < this.readyTail;
  }

  /** Number of timers still due in the future (cancelled ones excluded). */
  pendingTimers(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }

  /** Time of the next live timer, or undefined. */
  nextTimerTime(): number | undefined {
    this.dropCancelledTop();
    return this.timers[0]?.time;
  }

  /** Resolves once no zero-delay work is pending (work queued by that work included). */
  async settle(): Promise<void> {
    // A few extra turns let promise continuations of user code (e.g. `await native.x()` then a listener
    // registration) run and queue their own work before we declare the world idle.
    for (let idle = 0; idle < 3; ) {
      if (this.draining) {
        await this.draining;
        idle = 0;
      } else {
        await null;
        idle++;
      }
    }
  }

  /**
   * Moves virtual time forward by `ms`, running every timer that falls due in time order, and all
   * zero-delay work each one causes, before the next one.
   */
  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock.advance(ms) needs a finite ms >= 0, got ${describe(ms)}`);
    if (this.advancing) throw new Error('clock.advance() is already running; await it before advancing again');
    this.advancing = true;
    try {
      const target = this.currentTime + ms;
      await this.settle();
      for (;;) {
        this.dropCancelledTop();
        const next = this.timers[0];
        if (!next || next.time > target) break;
        this.popTimer();
        this.currentTime = next.time;
        this.runTask(next.task);
        await this.settle();
      }
      this.currentTime = target;
      await this.settle();
    } finally {
      this.advancing = false;
    }
  }

  /**
   * Starts draining: one promise turn before each task, until the queue is empty. A chain of `then`s on
   * one settled promise rather than an async loop: `await` allocates twice as much per turn, and this
   * runs several times per message sent.
   */
  private drain(): Promise<void> {
    const drained = new Promise<void>((resolve, reject) => {
      this.drainEnd = resolve;
      this.drainFail = reject;
    });
    void RESOLVED.then(this.drainStep);
    return drained;
  }

  private readonly drainStep = (): void => {
    try {
      const task = this.ready[this.readyHead]!;
      // A task that ran must not stay reachable: its closure holds payloads and copies, which would
      // otherwise survive garbage collections (and be copied by them) until the queue is compacted.
      this.ready[this.readyHead++] = undefined;
      if (this.readyHead > 1024 && this.readyHead * 2 > this.readyTail) this.compact();
      this.runTask(task);
    } catch (error) {
      // Only the task error handler itself can throw here: settle() rejects with it, and the tasks
      // still queued run on the next drain.
      this.compact();
      this.draining = null;
      this.drainFail(error);
      return;
    }
    if (this.readyHead < this.readyTail) {
      void RESOLVED.then(this.drainStep);
      return;
    }
    // Every slot is free again (each was cleared when its task ran): the storage is kept for the next
    // drain, unless a burst made it large.
    if (this.ready.length > 65_536) this.ready.length = 0;
    this.readyHead = 0;
    this.readyTail = 0;
    this.draining = null;
    this.drainEnd();
  };

  /** Moves the queued tasks to the front of the queue (a long drain keeps queueing behind itself). */
  private compact(): void {
    this.ready.copyWithin(0, this.readyHead, this.readyTail);
    this.ready.fill(undefined, this.readyTail - this.readyHead, this.readyTail);
    this.readyTail -= this.readyHead;
    this.readyHead = 0;
  }

  private runTask(task: () => void): void {
    try {
      task();
    } catch (error) {
      // User listeners run inside tasks; a throwing listener must not stop the world.
      this.onTaskError(error);
    }
  }

  // Binary min-heap on (time, seq): equal times run in the order they were scheduled.
  private less(x: Timer, y: Timer): boolean {
    return x.time < y.time || (x.time === y.time && x.seq < y.seq);
  }

  private pushTimer(timer: Timer): void {
    const h = this.timers;
    h.push(timer);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private popTimer(): Timer | undefined {
    const h = this.timers;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }

  private dropCancelledTop(): void {
    while (this.timers.length > 0 && this.timers[0].cancelled) this.popTimer();
  }
}
