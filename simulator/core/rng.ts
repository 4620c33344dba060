/**
 * Seeded pseudo-random numbers (sfc32, seeded through splitmix32). The seed is the only source of
 * nondeterminism in the simulator: no Math.random anywhere below simulator/.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next() | 0;
    this.b = next() | 0;
    this.c = next() | 0;
    this.d = next() | 0;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    // State words are kept as signed 32-bit integers (small integers to V8, never boxed); the bits, and so
    // every draw, are the same as with unsigned words.
    const t = (this.a + this.b + this.d) >>> 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) + t | 0;
    return t;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return p > 0 && this.float() < p;
  }

  /** A string of `length` characters drawn from `alphabet`. */
  string(length: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  /** An independent stream derived from this one, so adding draws in one area never shifts another. */
  fork(): Rng {
    return new Rng(this.uint32());
  }

  /** State for snapshots. */
  state(): [number, number, number, number] {
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }

  restore(state: [number, number, number, number]): void {
    [this.a, this.b, this.c, this.d] = state.map((word) => word | 0) as [number, number, number, number];
  }
}
