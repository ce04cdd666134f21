import { detExp, detLog } from './detmath.ts';

/** Largest seed accepted (seeds are unsigned 32-bit integers). */
export const MAX_SEED = 0xffffffff;

/** MurmurHash3's 32-bit finaliser: spreads (seed, index) into stream state. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

const TWO_M26 = 1.4901161193847656e-8; // 2^-26
const TWO_M53 = 1.1102230246251565e-16; // 2^-53
const HALF_ULP = 5.551115123125783e-17; // 2^-54

// Ziggurat tables (Marsaglia & Tsang 2000, 128 layers), built with the deterministic exp/log.
const ZN = 128;
const M = 16777216; // 2^24: the value uses the 25 high bits (sign included), the layer the 7 low bits
const KN = new Int32Array(ZN);
const WN = new Float64Array(ZN);
const FN = new Float64Array(ZN);
const R = 3.442619855899;
{
  const vn = 9.91256303526217e-3;
  let dn = R;
  let tn = dn;
  const q = vn / detExp(-0.5 * dn * dn);
  KN[0] = Math.floor((dn / q) * M);
  KN[1] = 0;
  WN[0] = q / M;
  WN[ZN - 1] = dn / M;
  FN[0] = 1;
  FN[ZN - 1] = detExp(-0.5 * dn * dn);
  for (let i = ZN - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * detLog(vn / dn + detExp(-0.5 * dn * dn)));
    KN[i + 1] = Math.floor((dn / tn) * M);
    tn = dn;
    FN[i] = detExp(-0.5 * dn * dn);
    WN[i] = dn / M;
  }
}

/**
 * The random stream of draw `index` under `seed` (docs/model.md eq. 62), the one generator of the
 * Monte Carlo: xoroshiro128+ (Blackman & Vigna; the steps of pure-rand's XoroShiro128Plus, in
 * 32-bit integer lanes) from a 128-bit state hashed from (seed, index). Every draw owns its stream,
 * so the numbers of draw i do not depend on how the draws are split into chunks or workers. One
 * object is reset per draw (`reset`), so a run allocates nothing; `normal()` is an exact ziggurat,
 * `uniform()` 53 bits in (0, 1). The ziggurat tables are held as fields: hot code reads them
 * without module-scope checks.
 */
export class DrawStream {
  /** [s01, s00, s11, s10]: int32 lanes (object fields would box values beyond the 31-bit small ints). */
  private readonly st = new Int32Array(4);
  private readonly kn: Int32Array = KN;
  private readonly wn: Float64Array = WN;
  private readonly fn: Float64Array = FN;

  /** Positions the stream at draw `index` of `seed`, then takes 4 warm-up steps that spread the hashed state. */
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

  /** The state in pure-rand's order (`xoroshiro128plusFromState` continues the same stream from it). */
  getState(): number[] {
    return Array.from(this.st);
  }

  /** The next signed 32-bit output (pure-rand's XoroShiro128Plus.next()). */
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

  /** A uniform number in the open interval (0, 1) with 53 random bits (never 0, never 1). */
  uniform(): number {
    const a = this.next() & 0x3ffffff;
    const b = this.next() & 0x7ffffff;
    return a * TWO_M26 + b * TWO_M53 + HALF_ULP;
  }

  /**
   * A standard normal: the ziggurat method (Marsaglia & Tsang 2000; one 32-bit output for ~99 % of
   * draws: 7 bits pick the layer, the other 25 bits the signed value) with the exact tail and wedge
   * tests. Bit-identical in every engine (no Math.exp/log).
   */
  normal(): number {
    const u = this.next();
    const iz = u & 127;
    const hz = u >> 7;
    if ((hz < 0 ? -hz : hz) < this.kn[iz]!) return hz * this.wn[iz]!;
    return this.normalSlow(hz, iz);
  }

  private normalSlow(hz: number, iz: number): number {
    const wn = this.wn;
    const fn = this.fn;
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
      const x = hz * wn[iz]!;
      if (fn[iz]! + this.uniform() * (fn[iz - 1]! - fn[iz]!) < detExp(-0.5 * x * x)) return x;
      const u = this.next();
      iz = u & 127;
      hz = u >> 7;
      if ((hz < 0 ? -hz : hz) < this.kn[iz]!) return hz * wn[iz]!;
    }
  }
}

/** A new stream at draw `index` of `seed` (the Monte Carlo resets one stream per draw instead). */
export function drawStream(seed: number, index: number): DrawStream {
  const s = new DrawStream();
  s.reset(seed, index);
  return s;
}
