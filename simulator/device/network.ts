import type { Rng } from '../core/rng';
import type { Scheduler } from '../core/scheduler';

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
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`network.latency(ms) needs a finite ms >= 0, got ${String(ms)}`);
    this.latencyMs = ms;
    this.trace('network latency', { ms });
  }

  /** Sets the probability that a packet is lost, 0..1. */
  loss(p: number): void {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`network.loss(p) needs 0 <= p <= 1, got ${String(p)}`);
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
   * stayed up the whole way and the packet was not lost; otherwise `lost` runs (when given) at that moment.
   * Returns false when the link is down right now (nothing was sent).
   */
  carry(arrive: () => void, lost?: () => void): boolean {
    if (!this.upNow) return false;
    const generation = this.generation;
    const dropped = this.rng.chance(this.lossRate);
    const land = () => {
      if (dropped || generation !== this.generation || !this.upNow) {
        if (dropped) this.trace('packet lost');
        lost?.();
      } else arrive();
    };
    if (this.latencyMs === 0) this.scheduler.defer(land);
    else this.scheduler.after(this.latencyMs, land);
    return true;
  }
}
