import { z } from 'zod';
import { input, type InputId } from '../model/input-variables.ts';
import { LocalizedText, Year, num, pct, yearly } from './common.ts';
import { Estimate } from './estimate.ts';

const sectorYearly = (range: z.ZodNumber) =>
  z.object({ I: yearly(range), II: yearly(range), III: yearly(range), T: yearly(range) }).strict();

/** The allowed value of an input of the variable list (src/model/input-variables.ts), in file units. */
function bounded(id: InputId) {
  const v = input(id);
  return v.unit.includes('%')
    ? pct(v.range.min, v.range.max, v.label.en)
    : num(v.range.min, v.range.max, v.label.en);
}
/** An input per plan year, or one number for every year. */
const perYear = (id: InputId) => yearly(bounded(id));

const growthPct = bounded('growth');
const deflatorPct = bounded('deflator');

export const BudgetAssumptions = z
  .object({
    mode: z
      .enum(['ratio', 'buoyancy'])
      .describe('ratio: revenue = ratio × nominal GRDP; buoyancy: revenue grows as GRDP^β'),
    revenueRatio: perYear('budget.revenueRatio'),
    buoyancy: bounded('budget.buoyancy'),
    retainedShare: bounded('budget.retainedShare'),
    recurrentGrowth: perYear('budget.recurrentGrowth'),
    transferGrowth: perYear('budget.transferGrowth'),
    developmentShareOfOwn: perYear('budget.developmentShareOfOwn'),
    developmentShareOfTransfers: perYear('budget.developmentShareOfTransfers'),
  })
  .strict();

export const InvestmentAssumptions = z
  .object({
    mode: z
      .enum(['icor', 'rate'])
      .describe('icor: investment = ICOR × ΔGRDP; rate: investment = rate × GRDP'),
    icor: perYear('investment.icor'),
    rate: perYear('investment.rate'),
    depreciation: bounded('investment.depreciation'),
  })
  .strict();

/** Every assumption of a run, in percent at this edge. A pack's `defaults` must give them all. */
export const Assumptions = z
  .object({
    growth: sectorYearly(growthPct),
    deflator: sectorYearly(deflatorPct),
    populationGrowth: perYear('populationGrowth'),
    budget: BudgetAssumptions,
    investment: InvestmentAssumptions,
    labourGrowth: perYear('labourGrowth'),
    capitalShare: bounded('capitalShare'),
    exportGrowth: perYear('exportGrowth'),
    digitalShareChange: perYear('digitalShareChange').optional(),
    indicators: z
      .record(z.string(), yearly(num(-1e6, 1e6, 'yearly change of the indicator, in its own unit')))
      .describe('yearly change per social indicator, in the indicator unit (points for %)'),
  })
  .strict();
export type Assumptions = z.infer<typeof Assumptions>;

/** What a scenario may override: any subset of the assumptions, at any depth. */
export const PartialAssumptions = z
  .object({
    growth: sectorYearly(growthPct).partial(),
    deflator: sectorYearly(deflatorPct).partial(),
    populationGrowth: Assumptions.shape.populationGrowth,
    budget: BudgetAssumptions.partial(),
    investment: InvestmentAssumptions.partial(),
    labourGrowth: Assumptions.shape.labourGrowth,
    capitalShare: Assumptions.shape.capitalShare,
    exportGrowth: Assumptions.shape.exportGrowth,
    digitalShareChange: Assumptions.shape.digitalShareChange,
    indicators: Assumptions.shape.indicators,
  })
  .partial()
  .strict();
export type PartialAssumptions = z.infer<typeof PartialAssumptions>;

export const Shock = z
  .object({
    sector: z.enum(['I', 'II', 'III', 'T']),
    year: Year,
    sizePp: num(-50, 50, 'shock to real growth in percentage points'),
    recoverNextYear: z.boolean().optional().describe('add the opposite shock the next year (level recovery)'),
  })
  .strict();
export type Shock = z.infer<typeof Shock>;

export const MAX_SHOCKS = 50;

/** A discrete event on a social indicator: docs/model.md eq. (18) `step[j,t]`, added in one year and kept after. */
export const IndicatorEvent = z
  .object({
    indicator: z.string().min(1).max(100).describe('id of a social indicator of the pack, e.g. renewableMw'),
    year: Year,
    size: num(-1e6, 1e6, 'one-off change of the indicator in that year, in its own unit'),
    note: LocalizedText.optional().describe('what happens, e.g. a wind farm commissioned'),
  })
  .strict();
export type IndicatorEvent = z.infer<typeof IndicatorEvent>;

export const MAX_EVENTS = 50;

/** A scenario file as a user writes it (`scenarios/*.json`). */
export const ScenarioSpec = z
  .object({
    $schema: z.string().optional(),
    model: z.string().min(1).max(100).describe('id of the model pack, e.g. ben-tre-2021-2025'),
    name: LocalizedText.optional(),
    description: LocalizedText.optional(),
    assumptions: PartialAssumptions.optional(),
    shocks: z.array(Shock).max(MAX_SHOCKS).optional(),
    events: z
      .array(IndicatorEvent)
      .max(MAX_EVENTS)
      .optional()
      .describe('discrete events on social indicators (urban reclassification, a wind farm commissioned)'),
    asOf: Year.optional().describe('years up to this one use the pack actuals; later years the assumptions'),
    estimate: Estimate.optional().describe(
      "this year's first estimate: applied like actuals of its year (marked estimated); the run is as of that year",
    ),
  })
  .strict();
export type ScenarioSpec = z.infer<typeof ScenarioSpec>;
