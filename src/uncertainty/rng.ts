import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
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

/**
 * The random stream of draw `index` under `seed`: a pure-rand xoroshiro128+ generator whose
 * 128-bit state is a hash of (seed, index). Every draw owns its stream, so the numbers of draw
 * i do not depend on how the draws are split into chunks or workers.
 */
export function drawStream(seed: number, index: number): RandomGenerator {
  const x = fmix32((seed >>> 0) ^ 0x9e3779b9);
  const y = fmix32((index >>> 0) + 0x632be5ab) ^ fmix32(Math.floor(index / 4294967296) + 0x7f4a7c15);
  const state = [0, 0, 0, 0];
  for (let j = 0; j < 4; j++)
    state[j] = fmix32(fmix32(x ^ Math.imul(j + 1, 0x27d4eb2f)) ^ Math.imul(y ^ j, 0x165667b1));
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
  const rng = xoroshiro128plusFromState(state);
  // A few steps of warm-up spread the hashed state over the whole generator.
  for (let i = 0; i < 4; i++) rng.next();
  return rng;
}

const TWO_M26 = 1.4901161193847656e-8; // 2^-26
const TWO_M53 = 1.1102230246251565e-16; // 2^-53
const HALF_ULP = 5.551115123125783e-17; // 2^-54

/** A uniform number in the open interval (0, 1) with 53 random bits (never 0, never 1). */
export function uniformOpen(rng: RandomGenerator): number {
  const a = rng.next() & 0x3ffffff;
  const b = rng.next() & 0x7ffffff;
  return a * TWO_M26 + b * TWO_M53 + HALF_ULP;
}

/**
 * Inverse of the standard normal CDF, Wichura's AS 241 (PPND16, relative accuracy ~1e-16).
 * The central region (85 % of draws) uses arithmetic only; the tails use `detLog`, so the
 * result is bit-identical in every JavaScript engine.
 */
/* eslint-disable no-loss-of-precision -- AS 241's published coefficients, kept verbatim (each rounds to the nearest double) */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) *
          r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((5226.495278852854561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) *
        r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-detLog(r));
  let val: number;
  if (r <= 5) {
    r -= 1.6;
    val =
      (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
        1.27045825245236838258) *
        r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
        0.14810397642748007459) *
        r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    val =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
        0.026532189526576123093) *
        r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) *
        r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -val : val;
}
/* eslint-enable no-loss-of-precision */

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

/** The ziggurat tables (read-only; for the allocation-free stream of rng-fast.ts). */
export const ZIGGURAT = { KN, WN, FN, R } as const;

/**
 * A standard normal draw from a stream: the ziggurat method (one 32-bit output for ~99 % of
 * draws: 7 bits pick the layer, the other 25 bits the signed value), with the exact tail and
 * wedge tests of Marsaglia & Tsang. Bit-identical in every engine (no Math.exp/log).
 */
export function standardNormal(rng: RandomGenerator): number {
  const u = rng.next();
  const iz = u & 127;
  const hz = u >> 7;
  if ((hz < 0 ? -hz : hz) < KN[iz]!) return hz * WN[iz]!;
  return normalSlow(rng, hz, iz);
}

function normalSlow(rng: RandomGenerator, hz: number, iz: number): number {
  for (;;) {
    if (iz === 0) {
      // The tail beyond R (Marsaglia 1964).
      let x: number;
      let y: number;
      do {
        x = -detLog(uniformOpen(rng)) / R;
        y = -detLog(uniformOpen(rng));
      } while (y + y < x * x);
      return hz > 0 ? R + x : -R - x;
    }
    const x = hz * WN[iz]!;
    if (FN[iz]! + uniformOpen(rng) * (FN[iz - 1]! - FN[iz]!) < detExp(-0.5 * x * x)) return x;
    const u = rng.next();
    iz = u & 127;
    hz = u >> 7;
    if ((hz < 0 ? -hz : hz) < KN[iz]!) return hz * WN[iz]!;
  }
}
