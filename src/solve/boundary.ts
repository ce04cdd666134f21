import type { Target } from '../schema/target.ts';
import { aboutTolerance } from '../targets/compare.ts';
import type { TargetOutcome } from '../targets/evaluate-target.ts';

/**
 * What a goal seek aims at, docs/model.md §8.1: `f(θ) = m(θ) − boundary`, where `m` is the value
 * (single-valued kinds), the worst year's minimum (`min`, the target binds from below) or the
 * worst year's maximum (`max`, it binds from above). `metSide` is the sign of f on the met side
 * (0: either side, the centre of an "about" target).
 */
export interface Goal {
  boundary: number;
  measure: 'value' | 'min' | 'max';
  metSide: 1 | -1 | 0;
}

/** The satisfying set of a target in its unit; `strict`: exceeding a band counts as a miss. */
export function satisfyingBand(t: Target, strict = false): { lo: number; hi: number } {
  const up = !strict && t.direction === 'up';
  const down = !strict && t.direction === 'down';
  switch (t.comparator) {
    case 'atLeast':
      return { lo: t.value!, hi: Infinity };
    case 'atMost':
      return { lo: -Infinity, hi: t.value! };
    case 'range':
      return { lo: t.min!, hi: up ? Infinity : t.max! };
    case 'about': {
      const tol = aboutTolerance(t);
      return { lo: down ? -Infinity : t.value! - tol, hi: up ? Infinity : t.value! + tol };
    }
  }
}

/**
 * Chooses the boundary that closes a target's gap from its current outcome: min for atLeast and
 * range-below (and for a met range: the lever value where it would stop being met), max for
 * atMost and range-above, the centre T for a single-valued "about" target.
 */
export function goalFor(t: Target, outcome: TargetOutcome): Goal {
  const values = outcome.perYear ? outcome.perYear.map((y) => y.value) : [outcome.projected ?? 0];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  switch (t.comparator) {
    case 'atLeast':
      return { boundary: t.value!, measure: 'min', metSide: 1 };
    case 'atMost':
      return { boundary: t.value!, measure: 'max', metSide: -1 };
    case 'range':
      return hi > t.max! && lo >= t.min!
        ? { boundary: t.max!, measure: 'max', metSide: -1 }
        : { boundary: t.min!, measure: 'min', metSide: 1 };
    case 'about': {
      if (!outcome.perYear) return { boundary: t.value!, measure: 'value', metSide: 0 };
      const tol = aboutTolerance(t);
      return hi > t.value! + tol && lo >= t.value! - tol
        ? { boundary: t.value! + tol, measure: 'max', metSide: -1 }
        : { boundary: t.value! - tol, measure: 'min', metSide: 1 };
    }
  }
}

/** Evaluates `m(θ) − boundary` from an outcome (NaN when the target is not modelled). */
export function goalValue(goal: Goal, outcome: TargetOutcome): number {
  if (outcome.projected === null) return NaN;
  if (goal.measure === 'value' || !outcome.perYear) return outcome.projected - goal.boundary;
  const values = outcome.perYear.map((y) => y.value);
  const m = goal.measure === 'min' ? Math.min(...values) : Math.max(...values);
  return m - goal.boundary;
}

/**
 * How far an outcome lies outside the satisfying set shrunk by `margin` on each finite side, in
 * the target's unit: `max(0, lo + margin − v, v − (hi − margin))`, worst year for yearly kinds.
 */
export function shortfall(t: Target, outcome: TargetOutcome, margin = 0, strict = false): number {
  return Math.max(0, violation(t, outcome, margin, strict));
}

/**
 * The signed violation behind {@link shortfall}: `max(lo + margin − v, v − (hi − margin))` over
 * the years, negative inside the band (−Infinity when the band is unbounded on both sides).
 */
export function violation(t: Target, outcome: TargetOutcome, margin = 0, strict = false): number {
  if (outcome.projected === null) return -Infinity;
  const { lo, hi } = satisfyingBand(t, strict);
  const values = outcome.perYear ? outcome.perYear.map((y) => y.value) : [outcome.projected];
  let worst = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) return Infinity;
    worst = Math.max(worst, lo + margin - v, v - (hi - margin));
  }
  return worst;
}
