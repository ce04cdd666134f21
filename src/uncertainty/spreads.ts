import { SECTORS, perSector, type PerSector } from '../core/sectors.ts';
import { INPUTS, type InputVariable, type SpreadKey } from '../model/input-variables.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack, ObservedSet } from '../schema/model-pack.ts';
import { blend, sampleCorrelation } from './linalg.ts';

/** Spread of one block of correlated sector draws (fractions: 0.015 = 1.5 pp). */
export interface SectorSpread {
  sd: PerSector<number>;
  /** 4×4 correlation matrix, sectors in the order I, II, III, T. */
  corr: number[][];
  /** AR(1) year-to-year persistence φ ∈ [0, 1). */
  phi: number;
}

/**
 * How uncertain each input is, docs/model.md §9 (core units: fractions; ICOR and the investment
 * rate as the sd of their log). The whole-province fields (SpreadKey) default to the variable list.
 */
export interface Spreads extends Record<SpreadKey, number> {
  growth: SectorSpread;
  deflator: SectorSpread;
  /** sd of the yearly change per indicator, in the indicator's unit. */
  indicators: Record<string, number>;
}

/** The whole-province spreads, as the variable list declares them (src/model/input-variables.ts). */
const LISTED = INPUTS.flatMap((v: InputVariable) => (v.spread ? [v.spread] : []));
const SPREAD_KEYS = LISTED.map((s) => s.key);
const LISTED_SPREADS = Object.fromEntries(LISTED.map((s) => [s.key, s.sd])) as Record<SpreadKey, number>;

/** Where each spread came from. */
export interface SpreadSources {
  growth: 'history' | 'default';
  deflator: 'history' | 'default';
  indicators: Record<string, 'history' | 'judgement'>;
  notes: string[];
}

/** Years of history needed before a sector block is estimated rather than defaulted (docs/model.md §9). */
export const MIN_HISTORY_YEARS = 8;

const corrMatrix = (f: (i: number, j: number) => number) =>
  SECTORS.map((_, i) => SECTORS.map((_, j) => (i === j ? 1 : f(i, j))));

/** docs/model.md §9 defaults: ρ(I, others) = 0.1, ρ among II/III/T = 0.4. */
export const DEFAULT_GROWTH: SectorSpread = {
  sd: { I: 0.015, II: 0.03, III: 0.015, T: 0.03 },
  corr: corrMatrix((i, j) => (i === 0 || j === 0 ? 0.1 : 0.4)),
  phi: 0.3,
};

/** docs/model.md §9 defaults: sd 2 pp each, ρ = 0.5, φ = 0.5. */
export const DEFAULT_DEFLATOR: SectorSpread = {
  sd: { I: 0.02, II: 0.02, III: 0.02, T: 0.02 },
  corr: corrMatrix(() => 0.5),
  phi: 0.5,
};

/**
 * The spreads of a pack and scenario: docs/model.md §9 defaults, replaced by the history where it is
 * long enough. Sector blocks read `realBn.<s>` (and `nominalBn.<s>` for deflators) from the
 * history: with ≥ 8 yearly growth observations the sd is the sd of each sector's growth around
 * its linear trend and the correlation is shrunk halfway to the default (C = ½ C_sample + ½ C_default).
 * Indicators: sd of the historical yearly changes of `indicator.<id>` (≥ 3 changes), else — a
 * judgement, docs/model.md eq. (75) — half the scenario's mean yearly change.
 */
export function defaultSpreads(
  pack: ModelPack,
  input: RunInput,
): { spreads: Spreads; sources: SpreadSources } {
  const notes: string[] = [];
  const real = sectorHistory(pack.history, 'realBn');
  const nominal = sectorHistory(pack.history, 'nominalBn');
  const growth = real ? estimateBlock(real.years, real.values, DEFAULT_GROWTH) : null;
  if (!growth)
    notes.push(
      `sector growth: the history has no constant-price split by sector over ${MIN_HISTORY_YEARS}+ years (realBn.I…T); docs/model.md §9 defaults used`,
    );
  let deflator: SectorSpread | null = null;
  if (real && nominal) {
    const years = real.years.filter((y) => nominal.years.includes(y));
    const d = years.map((y) => SECTORS.map((_, i) => nominal.values.get(y)![i]! / real.values.get(y)![i]!));
    deflator = estimateBlock(years, new Map(years.map((y, i) => [y, d[i]!])), DEFAULT_DEFLATOR);
  }
  if (!deflator)
    notes.push('deflators: no sector split at current and constant prices in the history; defaults used');
  const indicators: Record<string, number> = {};
  const indicatorSources: Record<string, 'history' | 'judgement'> = {};
  for (const d of pack.model.indicators) {
    const h = historicalChangeSd(pack.history[`indicator.${d.id}`]?.values);
    if (h !== null) {
      indicators[d.id] = h;
      indicatorSources[d.id] = 'history';
    } else {
      const c = input.indicatorChange[d.id] ?? [];
      const mean = c.length > 0 ? c.reduce((a, b) => a + b, 0) / c.length : 0;
      indicators[d.id] = 0.5 * Math.abs(mean);
      indicatorSources[d.id] = 'judgement';
    }
  }
  if (Object.values(indicatorSources).includes('judgement'))
    notes.push(
      'indicators without a history of yearly changes: sd = half the mean yearly change assumed (judgement)',
    );
  return {
    spreads: {
      growth: growth ?? DEFAULT_GROWTH,
      deflator: deflator ?? DEFAULT_DEFLATOR,
      ...LISTED_SPREADS,
      indicators,
    },
    sources: {
      growth: growth ? 'history' : 'default',
      deflator: deflator ? 'history' : 'default',
      indicators: indicatorSources,
      notes,
    },
  };
}

/** Every spread multiplied by `factor` (0 collapses the Monte Carlo to the deterministic run). */
export function scaleSpreads(s: Spreads, factor: number): Spreads {
  const block = (b: SectorSpread): SectorSpread => ({ ...b, sd: perSector((x) => b.sd[x] * factor) });
  return {
    growth: block(s.growth),
    deflator: block(s.deflator),
    ...(Object.fromEntries(SPREAD_KEYS.map((k) => [k, s[k] * factor])) as Record<SpreadKey, number>),
    indicators: Object.fromEntries(Object.entries(s.indicators).map(([k, v]) => [k, v * factor])),
  };
}

function sectorHistory(
  h: ObservedSet,
  prefix: string,
): { years: number[]; values: Map<number, number[]> } | null {
  const series = SECTORS.map((s) => h[`${prefix}.${s}`]?.values);
  if (series.some((v) => !v)) return null;
  const years = Object.keys(series[0]!)
    .map(Number)
    .filter((y) => series.every((v) => v![String(y)] !== undefined))
    .sort((a, b) => a - b);
  return { years, values: new Map(years.map((y) => [y, series.map((v) => v![String(y)]!)])) };
}

/** Growth of each column year on year (consecutive years only), detrended by OLS on time. */
function estimateBlock(
  years: readonly number[],
  levels: Map<number, number[]>,
  fallback: SectorSpread,
): SectorSpread | null {
  const rows: number[][] = [];
  const times: number[] = [];
  for (let i = 1; i < years.length; i++) {
    const y = years[i]!;
    if (years[i - 1] !== y - 1) continue;
    const a = levels.get(y - 1)!;
    const b = levels.get(y)!;
    rows.push(b.map((v, j) => v / a[j]! - 1));
    times.push(y);
  }
  if (rows.length < MIN_HISTORY_YEARS) return null;
  const resid = detrend(rows, times);
  const sd = SECTORS.map((_, j) =>
    Math.sqrt(resid.reduce((s, r) => s + r[j]! ** 2, 0) / Math.max(1, resid.length - 2)),
  );
  if (sd.some((v) => !(v > 0))) return null;
  return {
    sd: perSector((_, i) => sd[i]!),
    corr: blend(sampleCorrelation(resid), fallback.corr, 0.5),
    phi: fallback.phi,
  };
}

function detrend(rows: readonly number[][], times: readonly number[]): number[][] {
  const n = times.length;
  const tBar = times.reduce((a, b) => a + b, 0) / n;
  const sxx = times.reduce((s, t) => s + (t - tBar) ** 2, 0);
  const cols = rows[0]!.length;
  const fits = Array.from({ length: cols }, (_, j) => {
    const yBar = rows.reduce((s, r) => s + r[j]!, 0) / n;
    const slope = sxx > 0 ? rows.reduce((s, r, i) => s + (times[i]! - tBar) * (r[j]! - yBar), 0) / sxx : 0;
    return { yBar, slope };
  });
  return rows.map((r, i) => r.map((v, j) => v - fits[j]!.yBar - fits[j]!.slope * (times[i]! - tBar)));
}

function historicalChangeSd(values: Record<string, number> | undefined): number | null {
  if (!values) return null;
  const years = Object.keys(values)
    .map(Number)
    .sort((a, b) => a - b);
  const changes: number[] = [];
  for (let i = 1; i < years.length; i++)
    if (years[i] === years[i - 1]! + 1)
      changes.push(values[String(years[i])]! - values[String(years[i - 1])]!);
  if (changes.length < 3) return null;
  const mean = changes.reduce((a, b) => a + b, 0) / changes.length;
  return Math.sqrt(changes.reduce((s, c) => s + (c - mean) ** 2, 0) / (changes.length - 1));
}
