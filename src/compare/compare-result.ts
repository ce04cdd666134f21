import { z } from 'zod';
import { ScorecardRowSchema } from '../schema/api.ts';
import { LocalizedText } from '../schema/common.ts';

/**
 * The comparison of two to four scenarios of one pack: what `plancast compare --json` prints and
 * `POST /api/compare` answers. Values are in display units (targets in their own unit, series as
 * the charts show them, assumptions in file units), so the JSON reads as the text output does.
 */

/** At least two scenarios to compare, at most four (one column each in a printed A4 table). */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

const Status = ScorecardRowSchema.shape.status;

export const ComparedScenario = z.object({
  label: z.string().describe('how the scenario was referred to (file name, or "scenario 1" inline)'),
  name: LocalizedText.nullable(),
  asOf: z.number().int().nullable(),
  counts: z.record(Status, z.number().int()),
});

/** One target across the scenarios: each one's value, status and gap; `differs` when the statuses differ. */
export const CompareTargetRow = z.object({
  id: z.string(),
  clause: z.string(),
  name: LocalizedText,
  unit: ScorecardRowSchema.shape.unit,
  comparator: ScorecardRowSchema.shape.comparator,
  target: ScorecardRowSchema.shape.target,
  cells: z.array(
    z.object({
      projected: z.number().nullable(),
      status: Status,
      gap: z.number().nullable(),
      restsOnEstimates: z.boolean(),
    }),
  ),
  differs: z.boolean().describe('true when the scenarios do not all get the same status'),
});

/** A key series (growth, per capita, shares, revenue, investment, exports): one path per scenario. */
export const CompareSeries = z.object({
  id: z.string(),
  unit: z.string(),
  values: z.array(z.array(z.number())).describe('per scenario, one value per year of `years`'),
});

/** An assumption on which the scenarios differ, in file units (percent for rates). */
export const AssumptionDiff = z.object({
  id: z.string().describe('path in scenario files below `assumptions` (growth.II, budget.revenueRatio)'),
  label: LocalizedText,
  unit: z.string(),
  values: z
    .array(z.union([z.array(z.number()), z.number(), z.string()]))
    .describe('per scenario: one value per plan year, one number for the run, or a mode'),
});

export const CompareResult = z
  .object({
    model: z.object({ id: z.string(), name: LocalizedText }),
    years: z.array(z.number().int()),
    planYears: z.array(z.number().int()),
    scenarios: z.array(ComparedScenario).min(MIN_COMPARED).max(MAX_COMPARED),
    targets: z.array(CompareTargetRow),
    series: z.array(CompareSeries),
    assumptions: z.array(AssumptionDiff),
  })
  .meta({ id: 'CompareResult' });

export type CompareResult = z.infer<typeof CompareResult>;
export type CompareTargetRow = z.infer<typeof CompareTargetRow>;
export type AssumptionDiff = z.infer<typeof AssumptionDiff>;
