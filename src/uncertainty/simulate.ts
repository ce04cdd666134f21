import { PlancastError, type Problem } from '../core/problems.ts';
import { project } from '../model/project.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { TargetStatus } from '../targets/compare.ts';
import { evaluate } from '../targets/scorecard.ts';
import { displayScale, readSeries } from '../targets/series.ts';
import { STATUS_CODES } from '../targets/scorer.ts';
import type { CountMet, JointOutcome } from './joint.ts';
import type { Calibration } from './calibration.ts';
import { MC_SERIES, McPlan, type McSeries, type McStore, type SpreadChoice } from './plan.ts';
import { QUANTILE_LEVELS, wilsonInterval, type Histogram } from './quantile.ts';
import { MAX_SEED } from './rng.ts';
import { BINS_PER_BINADE, QUANTILE_RELATIVE_ERROR } from './sketch.ts';
import type { SpreadSources, Spreads } from './spreads.ts';

/** Draws allowed in the library and the CLI. */
export const DRAW_LIMITS = { min: 100, max: 1_000_000, default: 2_000 } as const;

export interface SimulateOptions {
  draws: number;
  /** Unsigned 32-bit integer; the same seed gives the same numbers everywhere. */
  seed: number;
  /** Overrides of the docs/model.md §9 spreads (core units: fractions). */
  spreads?: Partial<Spreads>;
  /** Record or design spreads, the record's last year, a multiplier (docs/model.md §9.2). */
  spreadChoice?: SpreadChoice;
  /** Called between blocks of draws. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between blocks; an aborted signal stops the run with its reason. */
  signal?: AbortSignal;
}

/** P(met) of one target. A range or "about" target counts as met only inside its band (docs/model.md §9). */
export interface TargetProbability {
  id: string;
  clause: string;
  name: LocalizedText;
  unit: string;
  modelled: 'model' | 'trend';
  deterministic: { status: TargetStatus; value: number | null };
  /** False when the target rests on a placeholder base figure: pMet is then no verdict (docs/model.md §5.5). */
  assessable: boolean;
  pMet: number;
  /** 95 % Wilson interval of pMet. */
  interval: { lo: number; hi: number };
  /** Share of draws beyond the band on the good side (not counted in pMet). */
  pExceeded: number;
  counts: Record<(typeof STATUS_CODES)[number], number>;
}

/** Type-7 quantiles of one series per year (core units; multiply by `scale` for display), within `quantileError`. */
export interface SeriesQuantiles {
  key: McSeries;
  unit: string;
  scale: number;
  years: {
    year: number;
    p05: number;
    p25: number;
    p50: number;
    p75: number;
    p95: number;
    deterministic: number;
  }[];
}

/** Monte Carlo result. Every result echoes its seed and draws. */
export interface SimulationResult {
  modelId: string;
  scenario: LocalizedText | null;
  seed: number;
  draws: number;
  years: number[];
  quantileDefinition: 'type-7';
  quantileError: QuantileError;
  spreads: Spreads;
  spreadSources: SpreadSources;
  /** Where the growth spread comes from: the record or the design (docs/model.md §9.2). */
  calibration: Calibration;
  targets: TargetProbability[];
  /** Joint odds of the headline targets (docs/model.md §9.1). */
  joint: JointOutcome;
  /** P(k of n assessable targets met), k = 0..n (docs/model.md §9.1). */
  countMet: CountMet;
  series: SeriesQuantiles[];
  /** Distribution of the final-year value of each series (core units; counts exact for the edges). */
  histograms: ({ key: McSeries; year: number } & Histogram)[];
}

/**
 * The stated error of every reported quantile. The draws are not stored: each output value is
 * counted, as it is drawn, into fixed log-linear bins (`binsPerBinade` per power of two) with the
 * exact min and max kept, and each order statistic is read as the middle of its bin. So for the
 * exact type-7 quantile q of all draws, interpolating the order statistics x₍k₎ ≤ q ≤ x₍k+1₎, the
 * reported q̂ satisfies |q̂ − q| ≤ relative · max(|x₍k₎|, |x₍k+1₎|), i.e. ≤ relative · |q| when
 * both have the same sign (rates and shares: fractions, so relative to the fraction).
 */
export interface QuantileError {
  method: 'log-linear-bins';
  binsPerBinade: number;
  relative: number;
}

/** The bound every SimulationResult states. */
export const QUANTILE_ERROR: QuantileError = {
  method: 'log-linear-bins',
  binsPerBinade: BINS_PER_BINADE,
  relative: QUANTILE_RELATIVE_ERROR,
};

/** Problems with draws or seed (empty when valid). */
export function checkSimulateOptions(o: { draws: unknown; seed: unknown }): Problem[] {
  const out: Problem[] = [];
  const { min, max } = DRAW_LIMITS;
  if (typeof o.draws !== 'number' || !Number.isInteger(o.draws) || o.draws < min || o.draws > max)
    out.push({
      code: 'out_of_range',
      path: ['draws'],
      value: o.draws,
      allowed: `an integer from ${min} to ${max}`,
      message: `draws is ${String(o.draws)}; allowed an integer from ${min} to ${max}`,
    });
  if (typeof o.seed !== 'number' || !Number.isInteger(o.seed) || o.seed < 0 || o.seed > MAX_SEED)
    out.push({
      code: 'out_of_range',
      path: ['seed'],
      value: o.seed,
      allowed: `an integer from 0 to ${MAX_SEED}`,
      message: `seed is ${String(o.seed)}; allowed an integer from 0 to ${MAX_SEED}`,
    });
  return out;
}

const BLOCK = 5_000;

/**
 * Monte Carlo over the uncertain inputs of docs/model.md §9: correlated AR(1) sector growth and
 * deflator shocks, population, revenue ratio (truncated ≥ 0), lognormal ICOR, exports and
 * indicator changes. Pure and synchronous; draw i uses its own random stream from (seed, i),
 * so the numbers do not depend on chunking. Throws PlancastError for draws or seed out of range.
 * @example simulate(pack, input, { draws: 2000, seed: 42 }).targets[0].pMet
 */
export function simulate(pack: ModelPack, input: RunInput, opts: SimulateOptions): SimulationResult {
  const problems = checkSimulateOptions(opts);
  if (problems.length > 0) throw new PlancastError('simulate', problems);
  const plan = new McPlan(pack, input, opts.spreads, opts.spreadChoice);
  const store = plan.allocate(opts.draws);
  for (let from = 0; from < opts.draws; from += BLOCK) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('aborted');
    const to = Math.min(opts.draws, from + BLOCK);
    plan.runRange(opts.seed, from, to, store);
    opts.onProgress?.(to, opts.draws);
  }
  return summarize(
    pack,
    input,
    plan,
    store,
    opts.seed,
    plan.slots.map((_, s) => summarizeSlot(plan, store, s)),
  );
}

/** Quantiles (and, for the final year, a histogram) of one slot. */
export interface SlotSummary {
  q: number[];
  hist: Histogram | null;
}

/** Summarises slot `s` of a filled store from its streamed bins (the store is not changed). */
export function summarizeSlot(plan: McPlan, store: McStore, s: number): SlotSummary {
  const final = plan.slots[s]!.t === plan.kernel.T;
  return {
    q: store.sketch.quantiles(s, QUANTILE_LEVELS),
    hist: final ? store.sketch.histogram(s, HISTOGRAM_BINS) : null,
  };
}

/** Bins of the final-year histograms (fewer when the values span only a few fine bins). */
const HISTOGRAM_BINS = 20;

/** Assembles the result from the met counts and the slot summaries (deterministic, order-free). */
export function summarize(
  pack: ModelPack,
  input: RunInput,
  plan: McPlan,
  store: McStore,
  seed: number,
  slots: readonly SlotSummary[],
): SimulationResult {
  const draws = store.draws;
  const projection = project(pack, input);
  const card = new Map(evaluate(pack, projection).rows.map((r) => [r.id, r]));
  const nStatus = STATUS_CODES.length;
  const targets = plan.targets.map((c, j): TargetProbability => {
    const t = c.target;
    const counts = Object.fromEntries(
      STATUS_CODES.map((code, i) => [code, store.counts[j * nStatus + i]!]),
    ) as TargetProbability['counts'];
    const row = card.get(t.id);
    return {
      id: t.id,
      clause: t.clause,
      name: t.name,
      unit: t.unit,
      modelled: t.modelled === 'trend' ? 'trend' : 'model',
      deterministic: { status: row?.status ?? 'not-modelled', value: row?.projected ?? null },
      assessable: c.assessable,
      pMet: counts.met / draws,
      interval: wilsonInterval(counts.met, draws),
      pExceeded: counts.exceeded / draws,
      counts,
    };
  });
  const years = [...projection.years];
  const T = plan.kernel.T;
  const series = MC_SERIES.map((key, si): SeriesQuantiles => {
    const path = readSeries(projection, key);
    const det = path?.kind === 'path' ? path.values : [];
    const rows = years.map((year, t) => {
      const q = t === 0 ? [0, 0, 0, 0, 0].map(() => det[0]!) : slots[si * T + t - 1]!.q;
      return { year, p05: q[0]!, p25: q[1]!, p50: q[2]!, p75: q[3]!, p95: q[4]!, deterministic: det[t]! };
    });
    return { key, unit: UNITS[key], scale: displayScale(key), years: rows };
  });
  const histograms = MC_SERIES.map((key, si) => ({ key, year: years[T]!, ...slots[si * T + T - 1]!.hist! }));
  return {
    modelId: pack.model.id,
    scenario: input.name,
    seed,
    draws,
    years,
    quantileDefinition: 'type-7',
    quantileError: { ...QUANTILE_ERROR },
    spreads: plan.spreads,
    spreadSources: plan.sources,
    calibration: plan.calibration,
    targets,
    ...plan.joint.summarize(store.joint, draws),
    series,
    histograms,
  };
}

const UNITS: Record<McSeries, string> = {
  growth: '%',
  grdpNominal: 'bn VND',
  'share.I': '%',
  'share.II': '%',
  'share.III': '%',
  'share.T': '%',
  perCapita: 'mn VND',
  revenue: 'bn VND',
  investment: 'bn VND',
  exports: 'mn USD',
};

/** Fan-chart rows of one series in display units (percent for rates and shares). */
export function fanRows(
  r: SimulationResult,
  key: McSeries,
): { year: number; p05: number; p25: number; p50: number; p75: number; p95: number }[] {
  const s = r.series.find((x) => x.key === key);
  if (!s) return [];
  return s.years.map((y) => ({
    year: y.year,
    p05: y.p05 * s.scale,
    p25: y.p25 * s.scale,
    p50: y.p50 * s.scale,
    p75: y.p75 * s.scale,
    p95: y.p95 * s.scale,
  }));
}
