import { z } from 'zod';
import { SECTORS, perSector } from '../core/sectors.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { planGaps } from './plan-gaps.ts';
import { fitRecord, growthRecord, MIN_ERRORS } from './record-spreads.ts';
import type { SectorSpread } from './spreads.ts';

/**
 * Which spreads a Monte Carlo uses (docs/model.md §9.2): `record` scales the sector growth block
 * so that the spread of total GRDP growth equals the σ of the trend forecast's one-step errors on
 * the pack's own record and takes their persistence φ; `design` keeps the docs/model.md §9
 * defaults. Absent: the record where the pack's history allows (≥ MIN_ERRORS one-step errors),
 * the design otherwise; the result says which and why.
 */
export const SpreadsFrom = z
  .enum(['record', 'design'])
  .describe('spreads from the province record (rolling-origin errors of the trend) or the design defaults');
export type SpreadsFrom = z.infer<typeof SpreadsFrom>;

const ErrorRow = z.object({
  year: z.number().int(),
  forecast: z.number(),
  actual: z.number(),
  error: z.number(),
});

/** Where the growth spread of a run comes from, in `simulate --json` and the API (`calibration`). */
export const CalibrationSchema = z
  .object({
    requested: z.enum(['record', 'design', 'auto']),
    used: SpreadsFrom,
    reason: z.string(),
    growth: z.object({
      source: SpreadsFrom,
      method: z.string(),
      n: z.number().int().describe('one-step errors behind σ (0 for design)'),
      sigma: z.number().describe('sd of total GRDP growth per year (fraction)'),
      phi: z.number().describe('AR(1) persistence of the growth shocks'),
      phiPairs: z.number().int().describe('consecutive error pairs behind φ'),
      factor: z.number().describe('multiplier applied to the design sector sds (1 for design)'),
    }),
    others: z.object({ source: z.literal('design'), method: z.string() }),
    record: z
      .object({
        years: z.array(z.number().int()),
        bias: z.number().describe('mean one-step error (fraction); negative: the trend ran ahead'),
        errors: z.array(ErrorRow),
        coverage: z
          .object({ p50: z.number(), p80: z.number() })
          .describe('in-sample, of the one-step errors'),
      })
      .nullable(),
    planGaps: z.array(
      z.object({
        period: z.string(),
        planned: z.number(),
        achieved: z.number(),
        years: z.array(z.number().int()),
        gapPp: z.number(),
        ratio: z.number(),
        source: z.string(),
      }),
    ),
  })
  .describe('where the growth spread comes from (docs/model.md §9.2)')
  .meta({ id: 'SpreadCalibration' });
export type Calibration = z.infer<typeof CalibrationSchema>;

const DESIGN_METHOD = 'docs/model.md §9 design defaults';
const RECORD_METHOD =
  'rolling-origin one-step errors of the log-linear trend on the GRDP growth record: σ = RMS error, φ = lag-1 autocorrelation in [0, 0.9]; design sector sds scaled to σ at base-year weights';

/** sd of total growth implied by a sector block at weights w: √(wᵀ D C D w). */
export function totalSd(b: SectorSpread, w: readonly number[]): number {
  let v = 0;
  SECTORS.forEach((si, i) =>
    SECTORS.forEach((sj, j) => (v += w[i]! * w[j]! * b.sd[si] * b.sd[sj] * b.corr[i]![j]!)),
  );
  return Math.sqrt(v);
}

/**
 * The growth block of a run and where it comes from. `weights`: base-year real shares of the
 * sectors (I, II, III, T); `upTo`: the last year of the record that may be read (as-of runs and
 * the backtest read no later figure).
 */
export function calibrateGrowth(
  pack: Pick<ModelPack, 'history' | 'actuals' | 'targets' | 'model'>,
  design: SectorSpread,
  weights: readonly number[],
  requested: SpreadsFrom | undefined,
  upTo = Infinity,
): { growth: SectorSpread; calibration: Calibration } {
  const record = growthRecord(pack, upTo);
  const fit = requested === 'design' ? null : fitRecord(record);
  const designSd = totalSd(design, weights);
  const gaps = planGaps(pack).filter((g) => g.years.every((y) => y <= upTo));
  const base = { requested: requested ?? ('auto' as const), planGaps: gaps };
  const others = {
    source: 'design' as const,
    method: `${DESIGN_METHOD} (deflators, population, revenue, ICOR, exports, indicators)`,
  };
  if (!fit) {
    const reason =
      requested === 'design'
        ? 'design spreads asked for'
        : `the growth record has ${record.length} consecutive years: fewer than the ${MIN_ERRORS} one-step errors needed; design spreads used`;
    return {
      growth: design,
      calibration: {
        ...base,
        used: 'design',
        reason,
        growth: {
          source: 'design',
          method: DESIGN_METHOD,
          n: 0,
          sigma: designSd,
          phi: design.phi,
          phiPairs: 0,
          factor: 1,
        },
        others,
        record: null,
      },
    };
  }
  const factor = designSd > 0 ? fit.sigma / designSd : 1;
  return {
    growth: { sd: perSector((s) => design.sd[s] * factor), corr: design.corr, phi: fit.phi },
    calibration: {
      ...base,
      used: 'record',
      reason: `${record.length} growth years ${record[0]!.year}-${record.at(-1)!.year} give ${fit.n} one-step errors (≥ ${MIN_ERRORS})`,
      growth: {
        source: 'record',
        method: RECORD_METHOD,
        n: fit.n,
        sigma: fit.sigma,
        phi: fit.phi,
        phiPairs: fit.phiPairs,
        factor,
      },
      others,
      record: {
        years: record.map((p) => p.year),
        bias: fit.bias,
        errors: fit.errors,
        coverage: fit.coverage,
      },
    },
  };
}
