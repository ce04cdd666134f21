import { fitLogLinear, forecastLogLinear } from '../forecast/fits.ts';
import type { ModelPack } from '../schema/model-pack.ts';

/**
 * The GRDP growth spread from the province's own record (docs/model.md §9.2): a rolling-origin
 * evaluation of the engine's trend forecast (src/forecast, log-linear trend on the real GRDP level)
 * on the pack's growth history. At each origin the trend is fitted on the years up to it and
 * forecasts the next year's growth; σ is the root mean square of those one-step errors (bias
 * included: a forecast that is too high every year is as uncertain as one that scatters), φ their
 * lag-1 autocorrelation, bounded to [0, PHI_MAX]. Pure.
 */

/** Growth years a trend is fitted on before its first forecast (5 levels: the fit's 3 points and 2 degrees of freedom). */
export const MIN_FIT_YEARS = 4;
/** One-step errors needed before the record replaces the design spread. */
export const MIN_ERRORS = 5;
/** Upper bound of φ: a short record cannot tell persistence from a level shift; 0.9 keeps the AR(1) stationary. */
export const PHI_MAX = 0.9;

/** One yearly growth figure of the record (fraction) and the series it comes from. */
export interface GrowthPoint {
  year: number;
  value: number;
  source: string;
}

/** One one-step-ahead forecast of the rolling origin. */
export interface OneStepError {
  /** The year forecast (the origin is the year before). */
  year: number;
  forecast: number;
  actual: number;
  /** actual − forecast (fraction). */
  error: number;
}

/** What the rolling origin recovers from a growth record. */
export interface RecordFit {
  sigma: number;
  phi: number;
  /** One-step errors behind σ. */
  n: number;
  /** Consecutive error pairs behind φ. */
  phiPairs: number;
  /** Mean error (fraction): negative when the trend forecast ran ahead of the outcome. */
  bias: number;
  errors: OneStepError[];
  /** Share of the one-step errors within ±z·σ for the 50 % and 80 % normal bands (in-sample). */
  coverage: { p50: number; p80: number };
}

/**
 * The growth record of a pack up to `upTo` (fractions): growth of the GSO constant-price level
 * (`history.grdpRealBn`) where it has consecutive years, then the published provincial growth
 * (`actuals.grdpGrowthPct`, then `history.grdpGrowthPct`) for the later years. Only consecutive
 * years from the first one are kept.
 * @example growthRecord(benTre).map((p) => p.year) // => [2013, …, 2024]
 */
export function growthRecord(pack: Pick<ModelPack, 'history' | 'actuals'>, upTo = Infinity): GrowthPoint[] {
  const byYear = new Map<number, GrowthPoint>();
  const real = pack.history.grdpRealBn?.values ?? {};
  for (const [k, v] of Object.entries(real)) {
    const prev = real[String(Number(k) - 1)];
    if (prev !== undefined && prev > 0 && v > 0)
      byYear.set(Number(k), { year: Number(k), value: v / prev - 1, source: 'history.grdpRealBn' });
  }
  for (const key of ['actuals', 'history'] as const)
    for (const [k, v] of Object.entries(pack[key].grdpGrowthPct?.values ?? {})) {
      const y = Number(k);
      if (!byYear.has(y) && Number.isFinite(v))
        byYear.set(y, { year: y, value: v / 100, source: `${key}.grdpGrowthPct` });
    }
  const years = [...byYear.keys()].filter((y) => y <= upTo).sort((a, b) => a - b);
  const out: GrowthPoint[] = [];
  for (const y of years) {
    if (out.length > 0 && out[out.length - 1]!.year !== y - 1) out.length = 0; // keep the latest run
    out.push(byYear.get(y)!);
  }
  return out;
}

/**
 * One-step-ahead errors of the trend forecast over a growth record: for each origin with at least
 * MIN_FIT_YEARS growth years before it, the log-linear trend (src/forecast/fits.ts) is fitted on
 * the level index those years imply and its first-year growth is compared with the outcome.
 */
export function rollingOriginErrors(record: readonly GrowthPoint[]): OneStepError[] {
  const levels = [1];
  for (const p of record) levels.push(levels[levels.length - 1]! * (1 + p.value));
  const t = levels.map((_, i) => i);
  const out: OneStepError[] = [];
  for (let o = MIN_FIT_YEARS; o < record.length; o++) {
    // Levels 0..o are known at the origin (growth years 1..o of the record).
    const f = forecastLogLinear(fitLogLinear(t.slice(0, o + 1), levels.slice(0, o + 1)), 1);
    const forecast = f.mean[0]! / f.base - 1;
    const actual = record[o]!.value;
    out.push({ year: record[o]!.year, forecast, actual, error: actual - forecast });
  }
  return out;
}

/** z of the central 50 % and 80 % normal bands. */
const Z50 = 0.6744897501960817;
const Z80 = 1.2815515655446004;

/**
 * σ, φ, bias and in-sample band coverage of a record's one-step errors; null with fewer than
 * MIN_ERRORS errors or σ = 0.
 * @example fitRecord(growthRecord(benTre))?.n // => 8
 */
export function fitRecord(record: readonly GrowthPoint[]): RecordFit | null {
  const errors = rollingOriginErrors(record);
  const n = errors.length;
  if (n < MIN_ERRORS) return null;
  const e = errors.map((x) => x.error);
  const ss = e.reduce((s, x) => s + x * x, 0);
  const sigma = Math.sqrt(ss / n);
  if (!(sigma > 0)) return null;
  let cross = 0;
  let pairs = 0;
  for (let i = 1; i < n; i++)
    if (errors[i]!.year === errors[i - 1]!.year + 1) {
      cross += e[i]! * e[i - 1]!;
      pairs += 1;
    }
  const phi = Math.min(PHI_MAX, Math.max(0, pairs > 0 ? cross / ss : 0));
  const within = (z: number) => e.filter((x) => Math.abs(x) <= z * sigma).length / n;
  return {
    sigma,
    phi,
    n,
    phiPairs: pairs,
    bias: e.reduce((s, x) => s + x, 0) / n,
    errors,
    coverage: { p50: within(Z50), p80: within(Z80) },
  };
}
