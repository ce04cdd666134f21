import type { Projection } from '../model/projection.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';
import { isMet } from '../targets/compare.ts';
import { evaluateTarget, type TargetOutcome } from '../targets/evaluate-target.ts';
import { displayScale, readSeries } from '../targets/series.ts';
import { goalFor } from './boundary.ts';
import { brent } from './brent.ts';

/**
 * How far the years up to `asOf` carried a target and what the remaining years must deliver,
 * docs/model.md §8.1 closed forms. Values in the target's unit unless the field says %/yr.
 */
export interface AsOfProgress {
  asOf: number;
  /** Plan years left after asOf up to the target's year. */
  remainingYears: number;
  /** The value aimed at (the boundary that closes the gap). */
  boundary: number;
  /** level: value in asOf; avgGrowth: average growth so far (%/yr); cumulative: sum so far; yearly kinds: years met so far. */
  soFar: number | null;
  soFarKind: 'level' | 'avgGrowth' | 'cumulative' | 'yearsMet';
  /** Share of the way from the base-year value (level, avgGrowth) or of the total (cumulative). */
  progress: number | null;
  /** What the remaining years must deliver: a constant growth rate, a yearly amount, a total. */
  need: { growthPct?: number; perYear?: number; total?: number } | null;
}

const ADDITIVE = /^(share\.|indicator\.)|^(selfBalance|growth|balance)$/;

/**
 * Builds the as-of progress of every target of a projection that has `asOf` set (null for the
 * others, for targets not modelled and for period figures such as the TFP share).
 * @example asOfReport(pack, project(pack, resolveScenarioOrThrow(pack, { model, asOf: 2023 })))
 */
export function asOfReport(pack: ModelPack, p: Projection): { id: string; asOf: AsOfProgress | null }[] {
  return pack.targets.map((t) => ({ id: t.id, asOf: asOfProgress(t, p, evaluateTarget(t, p)) }));
}

/**
 * The as-of progress of one target. Closed forms (a = asOf offset, T = target year offset):
 * level `g* = (V★/V[a])^(1/(T−a)) − 1` (additive series: `(V★ − V[a])/(T−a)` per year);
 * avgGrowth `g_rem = ((1+ḡ*)^T · V[0]/V[a])^(1/(T−a)) − 1`; cumulative: the remaining total
 * `V★ − Σ_{t≤a} V[t]`, its yearly mean, and the constant growth g with `Σ_{i=1..n} V[a](1+g)^i`
 * equal to it (Brent; no closed form).
 */
export function asOfProgress(t: Target, p: Projection, outcome: TargetOutcome): AsOfProgress | null {
  if (p.asOf === null || outcome.status === 'not-modelled' || !t.series || t.kind === 'period') return null;
  const series = readSeries(p, t.series);
  if (!series || series.kind !== 'path') return null;
  const a = Math.max(0, p.years.indexOf(p.asOf));
  const last = p.years.length - 1;
  const scale = displayScale(t.series);
  const V = series.values.map((v) => v * scale);
  const goal = goalFor(t, outcome);
  const B = goal.boundary;
  const head = { asOf: p.asOf, boundary: B };
  switch (t.kind) {
    case 'level': {
      const T = t.year !== undefined && p.years.includes(t.year) ? p.years.indexOf(t.year) : last;
      const n = T - a;
      const Va = V[Math.min(a, T)]!;
      const progress = V[T] !== undefined && B !== V[0] ? (Va - V[0]!) / (B - V[0]!) : null;
      const base = {
        ...head,
        remainingYears: Math.max(0, n),
        soFar: Va,
        soFarKind: 'level' as const,
        progress,
      };
      if (n <= 0) return { ...base, need: null };
      if (ADDITIVE.test(t.series) || Va <= 0 || B <= 0)
        return { ...base, need: { perYear: (B - Va) / n, total: B - Va } };
      return { ...base, need: { growthPct: (Math.pow(B / Va, 1 / n) - 1) * 100 } };
    }
    case 'avgGrowth': {
      const n = last - a;
      const soFar = a > 0 ? (Math.pow(V[a]! / V[0]!, 1 / a) - 1) * 100 : null;
      const progress = a > 0 ? Math.log(V[a]! / V[0]!) / (last * Math.log(1 + B / 100)) : 0;
      const base = { ...head, remainingYears: n, soFar, soFarKind: 'avgGrowth' as const, progress };
      if (n <= 0) return { ...base, need: null };
      const gRem = Math.pow((Math.pow(1 + B / 100, last) * V[0]!) / V[a]!, 1 / n) - 1;
      return { ...base, need: { growthPct: gRem * 100 } };
    }
    case 'cumulative': {
      let soFar = 0;
      for (let i = 1; i <= a; i++) soFar += V[i]!;
      const n = last - a;
      const total = B - soFar;
      const base = {
        ...head,
        remainingYears: n,
        soFar,
        soFarKind: 'cumulative' as const,
        progress: B !== 0 ? soFar / B : null,
      };
      if (n <= 0) return { ...base, need: null };
      const need: NonNullable<AsOfProgress['need']> = { total, perYear: total / n };
      const g = constantGrowthForSum(V[a]!, n, total);
      if (g !== null) need.growthPct = g * 100;
      return { ...base, need };
    }
    case 'annual':
    case 'change': {
      const yearsMet = (outcome.perYear ?? []).filter((y) => y.year <= p.asOf! && isMet(y.status)).length;
      const n = last - a;
      return {
        ...head,
        remainingYears: n,
        soFar: yearsMet,
        soFarKind: 'yearsMet',
        progress: null,
        need: n > 0 ? { perYear: B } : null,
      };
    }
    default:
      return null;
  }
}

/** Solves `Σ_{i=1..n} v·(1+g)^i = total` for g (Brent on g ∈ [−0.99, 10]); null when out of reach. */
function constantGrowthForSum(v: number, n: number, total: number): number | null {
  if (!(v > 0) || !(total > 0)) return null;
  const f = (g: number) => {
    let s = 0;
    let x = v;
    for (let i = 0; i < n; i++) {
      x *= 1 + g;
      s += x;
    }
    return s - total;
  };
  const lo = -0.99;
  const hi = 10;
  const flo = f(lo);
  const fhi = f(hi);
  if (flo * fhi > 0) return null;
  return brent(f, lo, flo, hi, fhi, { xtol: 1e-12, ftol: 1e-9 * total, maxEvaluations: 200 }).x;
}
