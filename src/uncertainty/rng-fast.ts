import { detExp, detLog } from './detmath.ts';
import { fmix32, ZIGGURAT } from './rng.ts';

const TWO_M26 = 1.4901161193847656e-8; // 2^-26
const TWO_M53 = 1.1102230246251565e-16; // 2^-53
const HALF_ULP = 5.551115123125783e-17; // 2^-54

/**
 * The stream of `drawStream(seed, index)` (rng.ts) without allocating: one reusable
 * xoroshiro128+ state (the same steps as pure-rand's), reset per draw, with `normal()` and
 * `uniform()` giving exactly the numbers of `standardNormal` and `uniformOpen` on that stream.
 * The ziggurat tables are held as fields: hot code reads them without module-scope checks.
 */
export class FastStream {
  /** [s01, s00, s11, s10]: int32 lanes (object fields would box values beyond the 31-bit small ints). */
  private readonly st = new Int32Array(4);
  private readonly kn: Int32Array = ZIGGURAT.KN;
  private readonly wn: Float64Array = ZIGGURAT.WN;
  private readonly fn: Float64Array = ZIGGURAT.FN;

  /** Positions the stream at draw `index` of `seed` (same state as drawStream). */
  reset(seed: number, index: number): void {
    const x = fmix32((seed >>> 0) ^ 0x9e3779b9);
    const y = fmix32((index >>> 0) + 0x632be5ab) ^ fmix32(Math.floor(index / 4294967296) + 0x7f4a7c15);
    const a = fmix32(fmix32(x ^ Math.imul(1, 0x27d4eb2f)) ^ Math.imul(y ^ 0, 0x165667b1));
    const b = fmix32(fmix32(x ^ Math.imul(2, 0x27d4eb2f)) ^ Math.imul(y ^ 1, 0x165667b1));
    const c = fmix32(fmix32(x ^ Math.imul(3, 0x27d4eb2f)) ^ Math.imul(y ^ 2, 0x165667b1));
    const d = fmix32(fmix32(x ^ Math.imul(4, 0x27d4eb2f)) ^ Math.imul(y ^ 3, 0x165667b1));
    // xoroshiro128plusFromState([s01, s00, s11, s10]).
    const st = this.st;
    st[0] = (a | b | c | d) === 0 ? 1 : a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
    for (let i = 0; i < 4; i++) this.next();
  }

  /** pure-rand XoroShiro128Plus.next(): a signed 32-bit output. */
  next(): number {
    const st = this.st;
    const s01 = st[0]!;
    const s00 = st[1]!;
    const s11 = st[2]!;
    const s10 = st[3]!;
    const out = (s00 + s10) | 0;
    const a0 = s10 ^ s00;
    const a1 = s11 ^ s01;
    st[1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    st[0] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    st[3] = (a1 << 5) ^ (a0 >>> 27);
    st[2] = (a0 << 5) ^ (a1 >>> 27);
    return out;
  }

  /**
   * The next `n` normals of the stream into out[from..from+n): the same numbers as n calls of normal(),
   * with the generator state in locals (about twice as fast as stepping through the fields).
   */
  fill(out: Float64Array, from: number, n: number): void {
    const st = this.st;
    const kn = this.kn;
    const wn = this.wn;
    let s01 = st[0]!;
    let s00 = st[1]!;
    let s11 = st[2]!;
    let s10 = st[3]!;
    for (let i = from, end = from + n; i < end; i++) {
      const u = (s00 + s10) | 0;
      const a0 = s10 ^ s00;
      const a1 = s11 ^ s01;
      const n00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
      s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s00 = n00;
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      const iz = u & 127;
      const hz = u >> 7;
      // Branch-free |hz|: the sign is a coin flip, a branch on it mispredicts half the time.
      const sign = hz >> 31;
      if ((hz ^ sign) - sign < kn[iz]!) {
        out[i] = hz * wn[iz]!;
        continue;
      }
      st[0] = s01;
      st[1] = s00;
      st[2] = s11;
      st[3] = s10;
      out[i] = this.normalSlow(hz, iz);
      s01 = st[0]!;
      s00 = st[1]!;
      s11 = st[2]!;
      s10 = st[3]!;
    }
    st[0] = s01;
    st[1] = s00;
    st[2] = s11;
    st[3] = s10;
  }

  /** uniformOpen(): 53 random bits in (0, 1). */
  uniform(): number {
    const a = this.next() & 0x3ffffff;
    const b = this.next() & 0x7ffffff;
    return a * TWO_M26 + b * TWO_M53 + HALF_ULP;
  }

  /** standardNormal(): the ziggurat, bit for bit. */
  normal(): number {
    const u = this.next();
    const iz = u & 127;
    const hz = u >> 7;
    if ((hz < 0 ? -hz : hz) < this.kn[iz]!) return hz * this.wn[iz]!;
    return this.normalSlow(hz, iz);
  }

  private normalSlow(hz: number, iz: number): number {
    const R = ZIGGURAT.R;
    const WN = this.wn;
    const FN = this.fn;
    for (;;) {
      if (iz === 0) {
        let x: number;
        let y: number;
        do {
          x = -detLog(this.uniform()) / R;
          y = -detLog(this.uniform());
        } while (y + y < x * x);
        return hz > 0 ? R + x : -R - x;
      }
      const x = hz * WN[iz]!;
      if (FN[iz]! + this.uniform() * (FN[iz - 1]! - FN[iz]!) < detExp(-0.5 * x * x)) return x;
      const u = this.next();
      iz = u & 127;
      hz = u >> 7;
      if ((hz < 0 ? -hz : hz) < this.kn[iz]!) return hz * WN[iz]!;
    }
  }
}
