import type { PeriodFigures } from '../model/projection.ts';
import type { Target } from '../schema/target.ts';

/**
 * The one target scorer (docs/model.md §5): a target compiled once into plain data (`TargetOp`),
 * a reduction of its series to the value compared (`reduceValue`, `yearValue`), and one classifier
 * (`codeOf`). The scorecard, the consistency report, the solver and the Monte Carlo all judge
 * through these functions, so they cannot disagree.
 */

/** Status codes: 0 met, 1 exceeded, 2 near, 3 missed, 4 not computable (a non-finite value). */
export const STATUS_CODES = ['met', 'exceeded', 'near', 'missed', 'undefined'] as const;
export type StatusCode = 0 | 1 | 2 | 3 | 4;

/**
 * Comparison tolerance, relative to max(1, |threshold|) in the target's unit: a value computed as
 * 14.999999999999991 %/yr meets "at least 15 %/yr". Far above floating-point noise (~1e-15), far
 * below any difference a planner could mean.
 */
export const SCORE_TOLERANCE = 1e-9;

const PERCENT_UNITS = new Set(['%', '%/yr', 'pp/yr']);

/** Tolerance of "about" targets: the target's own, else 1 pp for percentages and 2 % of the value for levels. */
export function aboutTolerance(t: Target): number {
  if (t.tol !== undefined) return t.tol;
  return PERCENT_UNITS.has(t.unit) ? 1 : 0.02 * Math.abs(t.value ?? 0);
}

/** Band below (or above) a target still called "near": docs/model.md §5.2 defaults. */
export function nearTolerance(t: Target): number {
  if (t.nearTol !== undefined) return t.nearTol;
  if (PERCENT_UNITS.has(t.unit)) return 0.3;
  const ref = t.comparator === 'range' ? (t.min ?? 0) : (t.value ?? 0);
  return 0.02 * Math.abs(ref);
}

/** Reductions of a series to the value compared, docs/model.md §5.1. */
export const REDUCE = {
  scalar: 0,
  index: 1,
  avgGrowth: 2,
  cumulative: 3,
  mean: 4,
  annual: 5,
  change: 6,
} as const;

/** Where a compiled target reads its series: a yearly path (array + offset) or a period figure. */
export interface SeriesRef {
  arr: Float64Array;
  off: number;
  scalar: 'tfpShare' | 'tfpShareSum' | null;
}

/**
 * A compiled target. The comparator is four thresholds with the tolerance already applied:
 * met on [metLo, metHi], near on [nearLo, nearHi], "exceeded" beyond metHi when `exUp` (beyond
 * metLo when `exDown`). Plain data with one hidden class: the Monte Carlo scores every draw with it.
 */
export interface TargetOp {
  reduce: number;
  arr: Float64Array;
  off: number;
  /** The path index a level target reads (the last plan year unless the target names a year). */
  idx: number;
  scalar: 'tfpShare' | 'tfpShareSum' | null;
  /** Core unit → target unit (100 for fractions shown in percent). */
  scale: number;
  /** −1 for "change" targets on a falling indicator: a reduction is measured as a positive number. */
  sign: number;
  metLo: number;
  metHi: number;
  nearLo: number;
  nearHi: number;
  exUp: boolean;
  exDown: boolean;
  /** avgGrowth only (else empty): ratio cut-points, see `growthCuts`. */
  cutLo: Float64Array;
  cutHi: Float64Array;
  /** The status code of every value in each of the cutLo.length + 1 intervals between the thresholds. */
  intervalCode: Int8Array;
}

const EMPTY = new Float64Array(0);
const NO_CODES = new Int8Array(0);
const NO_SERIES: SeriesRef = { arr: EMPTY, off: 0, scalar: null };
const widen = (x: number) => SCORE_TOLERANCE * Math.max(1, Math.abs(x));

/** The comparator a "change" target classifies with: the reduction, bigger is better unless neutral. */
export function comparatorTarget(t: Target): Target {
  return t.kind === 'change' ? { ...t, direction: t.direction === 'neutral' ? 'neutral' : 'up' } : t;
}

/** The reduction of a target's kind. */
export function reduceOf(t: Target, isScalar: boolean): number {
  return isScalar ? REDUCE.scalar : t.kind === 'level' || t.kind === 'period' ? REDUCE.index : REDUCE[t.kind];
}

/**
 * Compiles a target: its comparator thresholds and, given where its series lives and the index of
 * the last plan year, its reduction. Without `ref` it only classifies (`compare`).
 */
export function compileTarget(
  target: Target,
  scale: number,
  last: number,
  ref: SeriesRef = NO_SERIES,
  years?: readonly number[],
): TargetOp {
  const t = comparatorTarget(target);
  const near = nearTolerance(t);
  let lo = -Infinity;
  let hi = Infinity;
  let nLo = -Infinity;
  let nHi = Infinity;
  const v = t.value ?? 0;
  switch (t.comparator) {
    case 'atLeast':
      lo = v - widen(v);
      nLo = v - near - widen(v - near);
      break;
    case 'atMost':
      hi = v + widen(v);
      nHi = v + near + widen(v + near);
      break;
    case 'range': {
      const a = t.min ?? 0;
      const b = t.max ?? 0;
      lo = a - widen(a);
      hi = b + widen(b);
      nLo = a - near - widen(a - near);
      nHi = b + near + widen(b + near);
      break;
    }
    case 'about': {
      const tol = aboutTolerance(t);
      lo = v - tol - widen(v - tol);
      hi = v + tol + widen(v + tol);
      nLo = v - tol - near - widen(v - tol - near);
      nHi = v + tol + near + widen(v + tol + near);
      break;
    }
    default:
      // An unknown comparator is never met.
      lo = nLo = Infinity;
      hi = nHi = -Infinity;
  }
  const twoSided = t.comparator === 'range' || t.comparator === 'about';
  let idx = last;
  if (target.kind === 'level' && target.year !== undefined && years) {
    const found = years.indexOf(target.year);
    if (found >= 0) idx = found;
  }
  const op: TargetOp = {
    reduce: reduceOf(target, ref.scalar !== null),
    arr: ref.arr,
    off: ref.off,
    idx,
    scalar: ref.scalar,
    scale,
    sign: target.kind === 'change' && target.direction === 'down' ? -1 : 1,
    metLo: lo,
    metHi: hi,
    nearLo: nLo,
    nearHi: nHi,
    exUp: twoSided && t.direction === 'up',
    exDown: twoSided && t.direction === 'down',
    cutLo: EMPTY,
    cutHi: EMPTY,
    intervalCode: NO_CODES,
  };
  // Assigned into the same literal: every op keeps one hidden class, so statusOf's reads stay monomorphic.
  if (op.reduce === REDUCE.avgGrowth && ref.arr.length > 0) {
    const { cutLo, cutHi, rep } = growthCuts(op, scale, last);
    // Each interval's code, once: codeOf of any value inside it (`rep`) is the code of all of them.
    Object.assign(op, { cutLo, cutHi, intervalCode: Int8Array.from(rep, (x) => codeOf(op, x)) });
  }
  return op;
}

/** The one classifier: the status code of a value in the target's unit. */
export function codeOf(o: TargetOp, v: number): number {
  if (v >= o.metLo && v <= o.metHi) return 0;
  if (v > o.metHi ? o.exUp : o.exDown) return 1;
  return v >= o.nearLo && v <= o.nearHi ? 2 : 3;
}

/**
 * The signed distance from a value to the nearest value that meets the target (0 when met), in the
 * target's unit; measured from the target as written, not from the tolerance-widened thresholds.
 */
export function gapOf(target: Target, o: TargetOp, v: number): number {
  if (codeOf(o, v) === 0) return 0;
  const t = comparatorTarget(target);
  switch (t.comparator) {
    case 'range':
      return v > t.max! ? v - t.max! : v - t.min!;
    case 'about': {
      const d = v - t.value!;
      const tol = aboutTolerance(t);
      return d > 0 ? d - tol : d + tol;
    }
    default:
      return v - (t.value ?? 0);
  }
}

/** Rank of a status code for "the worse of two": missed < near < met < exceeded. */
export const RANK = [2, 3, 1, 0, -1];

/** The worse of two status codes (met beats exceeded: every year must meet, none need exceed). */
export function worseCode(a: number, b: number): number {
  if ((a === 1 && b === 0) || (a === 0 && b === 1)) return 0;
  return RANK[a]! <= RANK[b]! ? a : b;
}

/** The value of a yearly target (annual, change) in year index i of a path. */
export function yearValue(o: TargetOp, arr: ArrayLike<number>, off: number, i: number): number {
  return o.reduce === REDUCE.annual
    ? arr[off + i]! * o.scale
    : o.sign * (arr[off + i]! - arr[off + i - 1]!) * o.scale;
}

/** The value a single-valued target compares, docs/model.md eqs. (19)-(21): level, growth, sum, mean. */
export function reduceValue(
  o: TargetOp,
  arr: ArrayLike<number>,
  off: number,
  last: number,
  period: PeriodFigures,
): number {
  switch (o.reduce) {
    case REDUCE.scalar:
      return period[o.scalar!] * o.scale;
    case REDUCE.index:
      return arr[off + o.idx]! * o.scale;
    case REDUCE.avgGrowth:
      return (Math.pow(arr[off + last]! / arr[off]!, 1 / last) - 1) * o.scale;
    case REDUCE.cumulative:
    case REDUCE.mean: {
      let sum = 0;
      for (let i = 1; i <= last; i++) sum += arr[off + i]!;
      return o.reduce === REDUCE.cumulative ? sum * o.scale : (sum / last) * o.scale;
    }
    default:
      return NaN;
  }
}

/** The worst year's code of a yearly target (annual, change). */
function everyYearCode(o: TargetOp, arr: Float64Array, off: number, last: number): number {
  let worst = -1;
  for (let i = 1; i <= last; i++) {
    const c = codeOf(o, yearValue(o, arr, off, i));
    worst = worst < 0 ? c : worseCode(c, worst);
  }
  return worst < 0 ? 0 : worst;
}

/** Status code of a compiled target on the current state of the arrays it is bound to. */
export function statusOf(o: TargetOp, last: number, period: PeriodFigures): number {
  if (o.reduce >= REDUCE.annual) return everyYearCode(o, o.arr, o.off, last);
  if (o.reduce === REDUCE.avgGrowth && o.cutLo.length > 0) {
    const code = growthCode(o, o.arr[o.off + last]! / o.arr[o.off]!);
    if (code >= 0) return code;
  }
  const v = reduceValue(o, o.arr, o.off, last, period);
  return v - v === 0 ? codeOf(o, v) : 4;
}

/** The values where codeOf's answer can change. */
function thresholds(o: TargetOp): number[] {
  return [o.metLo, o.metHi, o.nearLo, o.nearHi].filter((x) => Number.isFinite(x));
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
