/**
 * Deterministic elementary functions built from IEEE-754 +, −, ×, ÷ and bit manipulation only.
 * `Math.log`/`Math.exp` are not required to be correctly rounded, so engines (V8, SpiderMonkey,
 * JavaScriptCore) may differ in the last bit; the Monte Carlo draws must not. Accuracy: a few ulp.
 */

const buf = new ArrayBuffer(8);
const f64 = new Float64Array(buf);
const u32 = new Uint32Array(buf);
// Which 32-bit half holds the sign and exponent (little-endian on every current platform).
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const SQRT2 = 1.4142135623730951;

/** Natural logarithm of a positive finite normal number. */
export function detLog(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : NaN;
  f64[0] = x;
  let hi = u32[HI]!;
  let e = ((hi >>> 20) & 0x7ff) - 1023;
  if (e === -1023) {
    // Subnormal: scale up by 2^54 first.
    f64[0] = x * 18014398509481984;
    hi = u32[HI]!;
    e = ((hi >>> 20) & 0x7ff) - 1023 - 54;
  }
  u32[HI] = (hi & 0x800fffff) | 0x3ff00000;
  let m = f64[0]!;
  if (m > SQRT2) {
    m *= 0.5;
    e += 1;
  }
  const s = (m - 1) / (m + 1);
  const z = s * s;
  // atanh series: ln m = 2s(1 + z/3 + z²/5 + …); |s| ≤ 0.1716 so 11 terms reach 1e-18.
  const series =
    1 +
    z *
      (1 / 3 +
        z *
          (1 / 5 +
            z *
              (1 / 7 +
                z *
                  (1 / 9 +
                    z * (1 / 11 + z * (1 / 13 + z * (1 / 15 + z * (1 / 17 + z * (1 / 19 + z / 21)))))))));
  return e * LN2_HI + (e * LN2_LO + 2 * s * series);
}

/** e^x by the plain Taylor series (to x^20/20!), for building the table below (|x| ≤ ln 2). */
function taylorExp(x: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i <= 20; i++) {
    term = (term * x) / i;
    sum += term;
  }
  return sum;
}

const STEPS = 64;
/** 2^(j/64), j = 0..63. */
const EXP2_FRACTION = Float64Array.from({ length: STEPS }, (_, j) =>
  taylorExp(j * ((LN2_HI + LN2_LO) / STEPS)),
);
/** 2^m for m = −1074..1023 (index m + 1074), exact: built by halving and doubling 1. */
const EXP2_INT = (() => {
  const a = new Float64Array(1074 + 1024);
  a[1074] = 1;
  for (let m = 1; m <= 1023; m++) a[1074 + m] = a[1073 + m]! * 2;
  for (let m = -1; m >= -1074; m--) a[1074 + m] = a[1075 + m]! / 2;
  return a;
})();
const STEPS_OVER_LN2 = STEPS / Math.LN2;
const STEP_HI = LN2_HI / STEPS;
const STEP_LO = LN2_LO / STEPS;

/**
 * e^x for x < 709 (0 below −745). x = (64m + j)·ln2/64 + r with |r| ≤ ln2/128, so
 * e^x = 2^m · 2^(j/64) · e^r and a degree-6 Taylor polynomial gives e^r to 3e-20: a few
 * multiplications and two table reads (this sits in the ziggurat's wedge test and the ICOR draw).
 */
export function detExp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709) return Infinity;
  if (x < -745) return 0;
  const k = Math.round(x * STEPS_OVER_LN2);
  const r = x - k * STEP_HI - k * STEP_LO;
  const p = 1 + r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720))))));
  const j = k & (STEPS - 1);
  const m = (k - j) / STEPS;
  // Subnormal results round once, as IEEE does everywhere: at m = −1075 halve first (exact) and
  // scale by 2^-1074; below, the value is under half the smallest subnormal.
  if (m < -1074) return m === -1075 ? p * EXP2_FRACTION[j]! * 0.5 * EXP2_INT[0]! : 0;
  return p * EXP2_FRACTION[j]! * EXP2_INT[m + 1074]!;
}
