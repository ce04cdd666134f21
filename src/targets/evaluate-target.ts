import { assertNever } from '../core/sectors.ts';
import type { Projection } from '../model/projection.ts';
import type { Target } from '../schema/target.ts';
import { compare, worse, type Status, type TargetStatus } from './compare.ts';
import { displayScale, readSeries } from './series.ts';

export interface YearOutcome {
  year: number;
  value: number;
  status: Status;
}

/** The outcome of one target under one projection (values in the target's unit). */
export interface TargetOutcome {
  status: TargetStatus;
  /** The value compared with the target; null when not modelled. */
  projected: number | null;
  gap: number | null;
  relGap: number | null;
  /** For annual and change targets: each plan year. */
  perYear: YearOutcome[] | null;
  yearsMet: number | null;
  /** A bounded indicator sat on its bound (e.g. poverty at 0 cannot fall further). */
  atBound: boolean;
}

const NOT_MODELLED: TargetOutcome = {
  status: 'not-modelled',
  projected: null,
  gap: null,
  relGap: null,
  perYear: null,
  yearsMet: null,
  atBound: false,
};

/**
 * Evaluates one target against a projection, MODEL.md §4-§5.2: reads its series, reduces it by
 * the target's kind (level, geometric average growth, sum, every year, yearly change, period
 * figure), converts to the target's unit and compares.
 */
export function evaluateTarget(
  t: Target,
  p: Projection,
  bounds?: { min: number; max: number },
): TargetOutcome {
  if (t.modelled === 'no' || !t.series) return NOT_MODELLED;
  const series = readSeries(p, t.series);
  if (!series) return NOT_MODELLED;
  const scale = t.kind === 'avgGrowth' ? 100 : displayScale(t.series);
  if (series.kind === 'scalar') return single(t, series.value * scale);
  const v = series.values;
  const last = v.length - 1;
  switch (t.kind) {
    case 'level': {
      const idx = t.year !== undefined ? p.years.indexOf(t.year) : last;
      return single(t, v[idx < 0 ? last : idx]! * scale);
    }
    case 'avgGrowth':
      return single(t, (Math.pow(v[last]! / v[0]!, 1 / last) - 1) * scale);
    case 'cumulative': {
      let sum = 0;
      for (let i = 1; i <= last; i++) sum += v[i]!;
      return single(t, sum * scale);
    }
    case 'mean': {
      let sum = 0;
      for (let i = 1; i <= last; i++) sum += v[i]!;
      return single(t, (sum / last) * scale);
    }
    case 'period':
      return single(t, v[last]! * scale);
    case 'annual':
      return everyYear(t, p.years, (i) => v[i]! * scale, false);
    case 'change': {
      // "Reduce by 1-1.5 pp a year": the reduction is measured as a positive number, so once
      // flipped a bigger value is better whatever the indicator's own direction.
      const sign = t.direction === 'down' ? -1 : 1;
      const asReduction: Target = { ...t, direction: t.direction === 'neutral' ? 'neutral' : 'up' };
      const outcome = everyYear(asReduction, p.years, (i) => sign * (v[i]! - v[i - 1]!) * scale, true);
      const atBound = bounds ? v.some((x, i) => i > 0 && (x <= bounds.min || x >= bounds.max)) : false;
      return { ...outcome, atBound };
    }
    default:
      return assertNever(t.kind);
  }
}

function single(t: Target, value: number): TargetOutcome {
  // A value the model cannot compute (growth from a zero base) is not scored.
  if (!Number.isFinite(value)) return NOT_MODELLED;
  const { status, gap } = compare(t, value);
  return {
    status,
    projected: value,
    gap,
    relGap: relative(t, gap),
    perYear: null,
    yearsMet: null,
    atBound: false,
  };
}

function relative(t: Target, gap: number): number | null {
  const ref = t.comparator === 'range' ? (gap < 0 ? t.min! : t.max!) : t.value!;
  return ref !== 0 ? gap / Math.abs(ref) : null;
}

/**
 * Every plan year must meet; the overall status is the worst year's. The value and gap reported
 * are the worst year's (its most adverse value among equally bad years), or the mean for "change".
 */
function everyYear(
  t: Target,
  years: readonly number[],
  valueAt: (i: number) => number,
  mean: boolean,
): TargetOutcome {
  const perYear: YearOutcome[] = [];
  let worst: { status: Status; gap: number; value: number } | null = null;
  let sum = 0;
  for (let i = 1; i < years.length; i++) {
    const value = valueAt(i);
    const { status, gap } = compare(t, value);
    perYear.push({ year: years[i]!, value, status });
    sum += value;
    if (!worst || isWorse({ status, gap, value }, worst, t.direction)) worst = { status, gap, value };
  }
  const w = worst ?? { status: 'met' as Status, gap: 0, value: 0 };
  return {
    status: w.status,
    projected: mean ? sum / Math.max(1, perYear.length) : w.value,
    gap: w.gap,
    relGap: relative(t, w.gap),
    perYear,
    yearsMet: perYear.filter((y) => y.status === 'met' || y.status === 'exceeded').length,
    atBound: false,
  };
}

function isWorse(
  a: { status: Status; gap: number; value: number },
  b: { status: Status; gap: number; value: number },
  direction: Target['direction'],
): boolean {
  const w = worse(a.status, b.status);
  if (a.status !== b.status) return w === a.status && w !== b.status;
  if (Math.abs(a.gap) !== Math.abs(b.gap)) return Math.abs(a.gap) > Math.abs(b.gap);
  return direction === 'down' ? a.value > b.value : a.value < b.value;
}
