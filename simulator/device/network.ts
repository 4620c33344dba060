import type { Rng } from '../core/rng';
import type { Scheduler } from '../core/scheduler';
import { describe } from '../describe-value';

/**
 * How long the SDK waits for an answer (a send's ack, a login's reply, a request's result) before giving
 * up on it: a packet lost to `loss(p)` is noticed only then, in virtual time. The references give no
 * number; 15 s is the simulator's choice (see docs/fault-injection.md).
 */
export const ACK_TIMEOUT_MS = 15_000;

/** Why a packet did not arrive: lost to `loss(p)` (noticed at the ack timeout) or cut by `down()`. */
export type LossReason = 'dropped' | 'down';

/** Packets of a link still on their way in virtual time, and when the last of them lands (kept off the class, which snapshots list field by field). */
const inFlight = new WeakMap<DeviceNetwork, { count: number; lastAt: number }>();

/**
 * A device's link to the cloud. Everything the device and the cloud say to each other crosses it:
 * `down()` cuts it (in-flight traffic is lost), `latency(ms)` delays it in virtual time, `loss(p)` drops
 * packets with a seeded probability.
 */
export class DeviceNetwork {
  private upNow = true;
  private latencyMs = 0;
  private lossRate = 0;
  private generation = 0;
  private readonly listeners: Array<(up: boolean) => void> = [];

  constructor(private readonly scheduler: Scheduler, private readonly rng: Rng, private readonly trace: (name: string, data?: unknown) => void) {}

  get isUp(): boolean {
    return this.upNow;
  }

  up(): void {
    if (this.upNow) return;
    this.upNow = true;
    this.trace('network up');
    for (const listener of [...this.listeners]) listener(true);
  }

  down(): void {
    if (!this.upNow) return;
    this.upNow = false;
    this.generation++;
    this.trace('network down');
    for (const listener of [...this.listeners]) listener(false);
  }

  /** Sets the one-way delay, in virtual milliseconds. */
  latency(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`network.latency(ms) needs a finite ms >= 0, got ${describe(ms)}`);
    this.latencyMs = ms;
    this.trace('network latency', { ms });
  }

  /** Sets the probability that a packet is lost, 0..1. */
  loss(p: number): void {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`network.loss(p) needs 0 <= p <= 1, got ${describe(p)}`);
    this.lossRate = p;
    this.trace('network loss', { p });
  }

  get currentLatency(): number {
    return this.latencyMs;
  }

  get currentLoss(): number {
    return this.lossRate;
  }

  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /**
   * Carries one packet across the link. `arrive` runs on the far side after the latency, only if the link
   * stayed up the whole way and the packet was not lost. Otherwise `lost` runs (when given): for a cut link
   * when the packet would have landed (`'down'`); for a packet lost to `loss(p)` only when the sender's
   * ack timeout runs out, `ACK_TIMEOUT_MS` after it was sent (`'dropped'`), as a real SDK only notices then.
   * Returns false when the link is down right now (nothing was sent).
   */
  carry(arrive: () => void, lost?: (reason: LossReason) => void): boolean {
    if (!this.upNow) return false;
    const generation = this.generation;
    if (this.lossRate > 0 && this.rng.chance(this.lossRate)) {
      this.trace('packet lost');
      if (lost) this.scheduler.after(ACK_TIMEOUT_MS, () => lost('dropped'));
      return true;
    }
    const now = this.scheduler.now();
    const flight = inFlight.get(this);
    // A link is FIFO: after a latency drop, a packet waits behind the slower ones still on their way.
    const busy = flight !== undefined && flight.count > 0;
    const at = busy ? Math.max(now + this.latencyMs, flight.lastAt) : now + this.latencyMs;
    if (at === now && !busy) {
      this.scheduler.defer(() => (generation !== this.generation || !this.upNow ? lost?.('down') : arrive()));
      return true;
    }
    const timed = flight ?? { count: 0, lastAt: 0 };
    if (!flight) inFlight.set(this, timed);
    timed.count++;
    timed.lastAt = at;
    this.scheduler.at(at, () => {
      timed.count--;
      if (generation !== this.generation || !this.upNow) lost?.('down');
      else arrive();
    });
    return true;
  }
}
