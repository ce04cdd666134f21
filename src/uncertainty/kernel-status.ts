import type { Target } from '../schema/target.ts';
import { aboutTolerance, nearTolerance } from '../targets/compare.ts';
import type { ProjectionKernel } from './kernel.ts';

/**
 * A compiled target as plain data, scored by `statusOf` with the same arithmetic as the closures
 * of kernel-targets.ts (`CompiledTarget.status()`), but without any call through a closure: the
 * Monte Carlo scores every target of every draw, and one switch is several times cheaper.
 */
export interface TargetOp {
  /** 0 scalar period figure, 1 one index (level/period), 2 avgGrowth, 3 cumulative, 4 mean, 5 annual, 6 change. */
  reduce: number;
  arr: Float64Array;
  off: number;
  idx: number;
  scalar: 'tfpShare' | 'tfpShareSum' | null;
  scale: number;
  sign: number;
  /** Comparator: 0 atLeast, 1 atMost, 2 range, 3 about, 4 other (always missed). */
  cmp: number;
  value: number;
  min: number;
  max: number;
  near: number;
  tol: number;
  up: boolean;
  down: boolean;
  /** avgGrowth only (else empty): ratio cut-points, see `growthCuts`. */
  cutLo: Float64Array;
  cutHi: Float64Array;
  /** The status code of every value in each of the cutLo.length + 1 intervals between the thresholds. */
  intervalCode: Int8Array;
}

const CMP: Record<string, number> = { atLeast: 0, atMost: 1, range: 2, about: 3 };
const RANK = [2, 3, 1, 0];
const EMPTY = new Float64Array(0);
const NO_CODES = new Int8Array(0);

/** The op of a target; `t` is the target whose comparator classifies (the asReduction one for changes). */
export function targetOp(
  t: Target,
  reduce: number,
  ref: { arr: Float64Array; off: number; idx: number; scalar: 'tfpShare' | 'tfpShareSum' | null },
  scale: number,
  sign: number,
  last: number,
): TargetOp {
  const cmp = CMP[t.comparator] ?? 4;
  const op: TargetOp = {
    reduce,
    arr: ref.arr.length > 0 ? ref.arr : EMPTY,
    off: ref.off,
    idx: ref.idx,
    scalar: ref.scalar,
    scale,
    sign,
    cmp,
    value: t.value ?? 0,
    min: t.min ?? 0,
    max: t.max ?? 0,
    near: nearTolerance(t),
    tol: cmp === 3 ? aboutTolerance(t) : 0,
    up: t.direction === 'up',
    down: t.direction === 'down',
    cutLo: EMPTY,
    cutHi: EMPTY,
    intervalCode: NO_CODES,
  };
  // Assigned into the same literal: every op keeps one hidden class, so statusOf's reads stay monomorphic.
  if (reduce === 2) {
    const { cutLo, cutHi, rep } = growthCuts(op, scale, last);
    // Each interval's code, once: codeOf of any value inside it (`rep`) is the code of all of them.
    Object.assign(op, { cutLo, cutHi, intervalCode: Int8Array.from(rep, (v) => codeOf(op, v)) });
  }
  return op;
}

/** The values where codeOf's answer can change (its comparisons' right-hand sides). */
function thresholds(o: TargetOp): number[] {
  switch (o.cmp) {
    case 0:
      return [o.value, o.value - o.near];
    case 1:
      return [o.value, o.value + o.near];
    case 2:
      return [o.min, o.max, o.max + o.near, o.min - o.near];
    case 3:
      return [o.value, o.value - o.tol, o.value + o.tol, o.value - o.tol - o.near, o.value + o.tol + o.near];
    default:
      return [];
  }
}

/** Relative margin around each cut: far wider than the few ulps by which pow and its inverse disagree. */
const MARGIN = 1e-9;
/** Below this base 1 + θ/scale the rounding of the base itself could exceed the margin: no shortcut. */
const MIN_BASE = 1e-3;

/**
 * An average growth v = ((y_last/y_0)^(1/last) − 1)·scale costs a Math.pow per draw (~80 ns here)
 * although only its position among the comparator's thresholds θ matters. v is increasing in the
 * ratio r = y_last/y_0, so each θ maps to r_θ = (1 + θ/scale)^last; outside r_θ·(1 ± m) the side of
 * θ that v falls on is certain, and codeOf of any value in the same interval gives the same code.
 * The margin m covers pow's error and the rounding of 1 + θ/scale (relative ε/base, times `last`).
 * Draws inside a margin (and non-finite ratios) take the exact path; thresholds at or near −100 %
 * disable the shortcut.
 */
function growthCuts(
  o: TargetOp,
  scale: number,
  last: number,
): { cutLo: Float64Array; cutHi: Float64Array; rep: Float64Array } {
  const none = { cutLo: EMPTY, cutHi: EMPTY, rep: EMPTY };
  const th = [...new Set(thresholds(o))].sort((a, b) => a - b);
  const base = th.map((v) => 1 + v / scale);
  if (!(scale > 0) || last < 1 || th.length === 0 || !base.every((b) => b >= MIN_BASE && b < Infinity))
    return none;
  const r = base.map((b) => Math.pow(b, last));
  if (!r.every((x) => Number.isFinite(x) && x > 0)) return none;
  const margin = base.map((b) => MARGIN + (8 * last * Number.EPSILON) / b);
  const rep = [th[0]! - 1 - Math.abs(th[0]!)];
  for (let i = 1; i < th.length; i++) rep.push((th[i - 1]! + th[i]!) / 2);
  rep.push(th[th.length - 1]! + 1 + Math.abs(th[th.length - 1]!));
  return {
    cutLo: Float64Array.from(r, (x, i) => x * (1 - margin[i]!)),
    cutHi: Float64Array.from(r, (x, i) => x * (1 + margin[i]!)),
    rep: Float64Array.from(rep),
  };
}

/**
 * codeOf the average growth with ratio r from the interval r falls in, or −1 when r is within a
 * margin of a cut (or ≤ 0, infinite, NaN) and the exact value must decide.
 */
function growthCode(o: TargetOp, r: number): number {
  if (!(r > 0 && r < Infinity)) return -1;
  const lo = o.cutLo;
  const hi = o.cutHi;
  let i = 0;
  while (i < lo.length && r > hi[i]!) i++;
  // Clearly above cut i − 1 and clearly below cut i (or above the last): interval i.
  return i === lo.length || r < lo[i]! ? o.intervalCode[i]! : -1;
}

/** statusCoder(t)(v) of kernel-targets.ts, branch for branch. */
function codeOf(o: TargetOp, v: number): number {
  switch (o.cmp) {
    case 0: {
      const T = o.value;
      return v >= T ? 0 : v >= T - o.near ? 2 : 3;
    }
    case 1: {
      const T = o.value;
      return v <= T ? 0 : v <= T + o.near ? 2 : 3;
    }
    case 2: {
      const a = o.min;
      const b = o.max;
      if (v >= a && v <= b) return 0;
      if (v > b) return o.up ? 1 : v <= b + o.near ? 2 : 3;
      if (o.down) return 1;
      return v >= a - o.near ? 2 : 3;
    }
    case 3: {
      const d = v - o.value;
      if (Math.abs(d) <= o.tol) return 0;
      if ((d > 0 && o.up) || (d < 0 && o.down)) return 1;
      return Math.abs(d) <= o.tol + o.near ? 2 : 3;
    }
    default:
      return 3;
  }
}

/** Status code of one target on the kernel's current state (same as `CompiledTarget.status()`). */
export function statusOf(o: TargetOp, k: ProjectionKernel): number {
  const arr = o.arr;
  const off = o.off;
  const last = k.n - 1;
  let v: number;
  switch (o.reduce) {
    case 0:
      v = k.period[o.scalar!] * o.scale;
      break;
    case 1:
      v = arr[off + o.idx]! * o.scale;
      break;
    case 2: {
      const r = arr[off + last]! / arr[off]!;
      const code = o.cutLo.length > 0 ? growthCode(o, r) : -1;
      if (code >= 0) return code;
      v = (Math.pow(r, 1 / last) - 1) * o.scale;
      break;
    }
    case 3:
    case 4: {
      let sum = 0;
      for (let i = 1; i <= last; i++) sum += arr[off + i]!;
      v = o.reduce === 3 ? sum * o.scale : (sum / last) * o.scale;
      break;
    }
    default: {
      // annual (5) and change (6): the worst year's status.
      let worst = -1;
      for (let i = 1; i <= last; i++) {
        const x =
          o.reduce === 5 ? arr[off + i]! * o.scale : o.sign * (arr[off + i]! - arr[off + i - 1]!) * o.scale;
        const c = codeOf(o, x);
        worst = worst < 0 || RANK[c]! < RANK[worst]! ? c : worst;
      }
      return worst < 0 ? 0 : worst;
    }
  }
  return v - v === 0 ? codeOf(o, v) : 4;
}
