import { z } from 'zod';
import { LocalizedText } from '../schema/common.ts';

/**
 * The answer of `plancast backtest --json` and GET /api/backtest (docs/model.md §11.1): one zod schema,
 * the type derived from it. Values in display units (growth in %, levels in the series' unit).
 */

const Band = z.object({
  p10: z.number(),
  p25: z.number(),
  p50: z.number(),
  p75: z.number(),
  p90: z.number(),
});

/** One published figure against the fan drawn at one origin. */
export const BacktestRow = z.object({
  origin: z.number().int().describe('the as-of year: only figures published up to it were read'),
  scenario: z.string(),
  series: z.string(),
  year: z.number().int(),
  horizon: z.number().int().describe('year − origin'),
  actual: z.number(),
  fan: Band.describe('type-7 quantiles of the draws (10, 25, 50, 75, 90 %)'),
  error: z.number().describe('median − actual, in the series unit'),
  in50: z.boolean().describe('actual within [p25, p75]'),
  in80: z.boolean().describe('actual within [p10, p90]'),
});
export type BacktestRow = z.infer<typeof BacktestRow>;

/** Coverage and error of one series under one scenario over every origin and year. */
export const BacktestSummary = z.object({
  scenario: z.string(),
  series: z.string(),
  unit: z.string(),
  n: z.number().int().describe('published figures compared'),
  coverage50: z.number().nullable().describe('share inside the 50 % band (nominal 0.5); null when n = 0'),
  coverage80: z.number().nullable().describe('share inside the 80 % band (nominal 0.8); null when n = 0'),
  mae: z.number().nullable().describe('mean absolute error of the median, in the series unit'),
  mape: z.number().nullable().describe('mean absolute percentage error (levels only), %'),
});
export type BacktestSummary = z.infer<typeof BacktestSummary>;

export const BacktestResultSchema = z
  .object({
    modelId: z.string(),
    seed: z.number().int(),
    draws: z.number().int(),
    origins: z.array(
      z.object({
        year: z.number().int(),
        spreads: z
          .enum(['record', 'design'])
          .describe('spreads chosen from the record read up to the origin'),
        sigma: z.number().describe('GRDP growth sd used (fraction)'),
        n: z.number().int().describe('one-step errors behind sigma (0: design)'),
      }),
    ),
    scenarios: z.array(z.object({ id: z.string(), name: LocalizedText, method: z.string() })),
    series: z.array(
      z.object({
        key: z.string(),
        unit: z.string(),
        actual: z.string().describe('what the published figure is'),
      }),
    ),
    rows: z.array(BacktestRow),
    summary: z.array(BacktestSummary),
    notes: z.array(z.string()),
  })
  .describe('how well the engine would have forecast the published figures (docs/model.md §11.1)')
  .meta({ id: 'BacktestResult' });
export type BacktestResult = z.infer<typeof BacktestResultSchema>;
