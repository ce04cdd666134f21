import { z } from 'zod';
import { input } from '../model/input-variables.ts';
import { Year, pct } from './common.ts';

/**
 * This year's first estimate (issue 13): the figures a province announces in December for the
 * year that is ending, entered before the statistics office publishes them. A run applies them to
 * `year` like published actuals, marked `estimated` (docs/model.md §5.4), and runs as of that year.
 */

/** The fields of an estimate, in the order the page and `plancast run --estimate` list them. */
export const ESTIMATE_FIELDS = ['growth', 'perCapita', 'revenue', 'investment', 'exports'] as const;
export type EstimateField = (typeof ESTIMATE_FIELDS)[number];

/** Allowed values of each field, in file units; `exclusiveMin`: the level must be above `min`. */
export interface EstimateRange {
  min: number;
  max: number;
  exclusiveMin: boolean;
  unit: string;
  /** What the field is (the schema's error text). */
  what: string;
}

const growthRange = input('growth').range;
/**
 * Growth takes the range of the growth input of the variable list; the levels are positive with
 * the ceilings of the actuals sheet (src/io/actuals-sheet.ts), per capita below 10,000 mn VND.
 */
export const ESTIMATE_RANGES: Record<EstimateField, EstimateRange> = {
  growth: { ...growthRange, exclusiveMin: false, unit: '%', what: 'GRDP growth this year' },
  perCapita: { min: 0, max: 1e4, exclusiveMin: true, unit: 'mn VND', what: 'GRDP per capita, mn VND' },
  revenue: { min: 0, max: 1e8, exclusiveMin: true, unit: 'bn VND', what: 'budget revenue, bn VND' },
  investment: { min: 0, max: 1e8, exclusiveMin: true, unit: 'bn VND', what: 'social investment, bn VND' },
  exports: { min: 0, max: 1e7, exclusiveMin: true, unit: 'mn USD', what: 'export turnover, mn USD' },
};

/** The allowed range of a field in words: `-10 to 40` or `above 0 to 100000000`. */
export function estimateAllowed(f: EstimateField): string {
  const r = ESTIMATE_RANGES[f];
  return `${r.exclusiveMin ? `above ${r.min}` : r.min} to ${r.max} (${r.what})`;
}

/** True when `v` is an allowed value of field `f`. */
export function inEstimateRange(f: EstimateField, v: number): boolean {
  const r = ESTIMATE_RANGES[f];
  return Number.isFinite(v) && (r.exclusiveMin ? v > r.min : v >= r.min) && v <= r.max;
}

function field(f: EstimateField) {
  const r = ESTIMATE_RANGES[f];
  if (!r.exclusiveMin) return pct(r.min, r.max, r.what).optional();
  const allowed = estimateAllowed(f);
  return z
    .number()
    .finite()
    .gt(r.min, { error: allowed })
    .max(r.max, { error: allowed })
    .describe(allowed)
    .optional();
}

/** `estimate` of a scenario: the year and at least one figure. */
export const Estimate = z
  .object({
    year: Year.describe('the plan year the figures estimate (usually the first year not yet published)'),
    growth: field('growth'),
    perCapita: field('perCapita'),
    revenue: field('revenue'),
    investment: field('investment'),
    exports: field('exports'),
  })
  .strict()
  .refine((e) => ESTIMATE_FIELDS.some((f) => e[f] !== undefined), {
    error: `give at least one of ${ESTIMATE_FIELDS.join(', ')}`,
  });
export type Estimate = z.infer<typeof Estimate>;
