import { formulaTargetValue } from '../formula/value.ts';
import type { Projection } from '../model/projection.ts';
import type { Target } from '../schema/target.ts';
import { worse, type Status, type TargetStatus } from './compare.ts';
import { targetScale } from './compile.ts';
import {
  codeOf,
  comparatorTarget,
  compileTarget,
  gapOf,
  REDUCE,
  reduceValue,
  STATUS_CODES,
  yearValue,
  type SeriesRef,
  type TargetOp,
} from './scorer.ts';
import { readSeries } from './series.ts';

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
 * Evaluates one target against a projection, docs/model.md §5: reads its series, reduces it by the
 * target's kind and classifies it, all through the one scorer (src/targets/scorer.ts).
 */
export function evaluateTarget(
  t: Target,
  p: Projection,
  bounds?: { min: number; max: number },
): TargetOutcome {
  // Formula targets (src/formula, docs/model.md §5.4): the compiled formula gives the path or the value.
  const formula = t.formula !== undefined && t.modelled !== 'no' ? formulaTargetValue(t, p) : null;
  if (formula?.kind === 'number')
    return single(t, scoringOp(t, p.years.length - 1, null, p.years), formula.value);
  if (t.modelled === 'no' || (!t.series && !formula)) return NOT_MODELLED;
  const series = formula ?? readSeries(p, t.series!);
  if (!series) return NOT_MODELLED;
  const last = p.years.length - 1;
  const op = scoringOp(t, last, series.kind === 'scalar' ? (t.series as SeriesRef['scalar']) : null, p.years);
  const v = series.kind === 'path' ? series.values : EMPTY;
  if (op.reduce < REDUCE.annual) return single(t, op, reduceValue(op, v, 0, last, p.period));
  const outcome = everyYear(t, op, p.years, (i) => yearValue(op, v, 0, i), t.kind === 'change');
  if (t.kind !== 'change' || !bounds) return outcome;
  let atBound = false;
  for (let i = 1; i <= last; i++) if (v[i]! <= bounds.min || v[i]! >= bounds.max) atBound = true;
  return { ...outcome, atBound };
}

const EMPTY = new Float64Array(0);
const opMemo = new WeakMap<Target, Map<string, TargetOp>>();

/** The target compiled for paths of `last + 1` years (memoized: a pack's targets are compiled once per shape). */
function scoringOp(t: Target, last: number, scalar: SeriesRef['scalar'], years: readonly number[]): TargetOp {
  let byShape = opMemo.get(t);
  if (!byShape) opMemo.set(t, (byShape = new Map()));
  const key = `${last}:${years[0]}:${scalar ?? ''}`;
  let op = byShape.get(key);
  if (!op) {
    op = compileTarget(t, targetScale(t), last, { arr: EMPTY, off: 0, scalar }, years);
    byShape.set(key, op);
  }
  return op;
}

function single(t: Target, op: TargetOp, value: number): TargetOutcome {
  // A value the model cannot compute (growth from a zero base) is not scored.
  if (!Number.isFinite(value)) return NOT_MODELLED;
  const gap = gapOf(t, op, value);
  return {
    status: STATUS_CODES[codeOf(op, value)] as Status,
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
  op: TargetOp,
  years: readonly number[],
  valueAt: (i: number) => number,
  mean: boolean,
): TargetOutcome {
  const perYear: YearOutcome[] = [];
  let worst: { status: Status; gap: number; value: number } | null = null;
  let sum = 0;
  for (let i = 1; i < years.length; i++) {
    const value = valueAt(i);
    const status = STATUS_CODES[codeOf(op, value)] as Status;
    const gap = gapOf(t, op, value);
    perYear.push({ year: years[i]!, value, status });
    sum += value;
    if (!worst || isWorse({ status, gap, value }, worst, comparatorTarget(t).direction))
      worst = { status, gap, value };
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
