/**
 * Deterministic elementary functions built from IEEE-754 +, −, ×, ÷ and bit manipulation only.
 * `Math.log`/`Math.exp` are not required to be correctly rounded, so engines (V8, SpiderMonkey,
 * JavaScriptCore) may differ in the last bit; the Monte Carlo draws must not. Accuracy ≈ 1 ulp.
 */

const buf = new ArrayBuffer(8);
const f64 = new Float64Array(buf);
const u32 = new Uint32Array(buf);
// Which 32-bit half holds the sign and exponent (little-endian on every current platform).
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

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

/** 1/i! for i = 0..15 (each the double nearest to the exact value's running product). */
const INV_FACTORIAL = (() => {
  const a = new Float64Array(16);
  a[0] = 1;
  for (let i = 1; i < 16; i++) a[i] = a[i - 1]! / i;
  return a;
})();

/** e^x for |x| < 700. */
export function detExp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709) return Infinity;
  if (x < -745) return 0;
  const k = Math.round(x / (LN2_HI + LN2_LO));
  const r = x - k * LN2_HI - k * LN2_LO;
  // Taylor series to r^15/15! by Horner with reciprocal factorials (no division: this sits in
  // the ziggurat's wedge test and the ICOR draw); |r| ≤ 0.347 so the remainder is below 1e-19.
  let sum = INV_FACTORIAL[15]!;
  for (let i = 14; i >= 0; i--) sum = sum * r + INV_FACTORIAL[i]!;
  return sum * pow2(k);
}

/** 2^k exactly, built from its bits (k in the normal range, else by halves). */
function pow2(k: number): number {
  if (k > 1023) return pow2(1023) * pow2(k - 1023);
  if (k < -1022) return pow2(-1022) * pow2(k + 1022);
  u32[LO] = 0;
  u32[HI] = (k + 1023) << 20;
  return f64[0]!;
}
