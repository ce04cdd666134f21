import { z } from 'zod';
import { LocalizedText, Year, num, pct, yearly } from './common.ts';

const sectorYearly = (range: z.ZodNumber) =>
  z.object({ I: yearly(range), II: yearly(range), III: yearly(range), T: yearly(range) }).strict();

export const GROWTH_RANGE = { min: -10, max: 40 } as const;
export const DEFLATOR_RANGE = { min: -10, max: 30 } as const;

const growthPct = pct(GROWTH_RANGE.min, GROWTH_RANGE.max, 'real growth per year');
const deflatorPct = pct(DEFLATOR_RANGE.min, DEFLATOR_RANGE.max, 'deflator growth per year');

export const BudgetAssumptions = z
  .object({
    mode: z
      .enum(['ratio', 'buoyancy'])
      .describe('ratio: revenue = ratio × nominal GRDP; buoyancy: revenue grows as GRDP^β'),
    revenueRatio: yearly(pct(1, 30, 'budget revenue as a share of nominal GRDP')),
    buoyancy: num(0.5, 2, 'revenue buoyancy β'),
    retainedShare: pct(0, 100, 'share of revenue the province keeps for its own budget (κ)'),
    recurrentGrowth: yearly(pct(-5, 30, 'recurrent spending growth per year')),
    transferGrowth: yearly(pct(-30, 50, 'central transfers growth per year')),
    developmentShareOfOwn: yearly(pct(0, 100, 'development spending as a share of own revenue')),
    developmentShareOfTransfers: yearly(pct(0, 100, 'development spending as a share of transfers')),
  })
  .strict();

export const InvestmentAssumptions = z
  .object({
    mode: z
      .enum(['icor', 'rate'])
      .describe('icor: investment = ICOR × ΔGRDP; rate: investment = rate × GRDP'),
    icor: yearly(num(1, 15, 'ICOR (investment ÷ increase in GRDP)')),
    rate: yearly(pct(5, 80, 'investment rate, share of nominal GRDP')),
    depreciation: pct(2, 10, 'capital depreciation per year'),
  })
  .strict();

/** Every assumption of a run, in percent at this edge. A pack's `defaults` must give them all. */
export const Assumptions = z
  .object({
    growth: sectorYearly(growthPct),
    deflator: sectorYearly(deflatorPct),
    populationGrowth: yearly(pct(-2, 3, 'average population growth per year')),
    budget: BudgetAssumptions,
    investment: InvestmentAssumptions,
    labourGrowth: yearly(pct(-3, 5, 'employed labour growth per year')),
    capitalShare: num(0.3, 0.7, 'capital share α in growth accounting, a fraction'),
    exportGrowth: yearly(pct(-30, 60, 'export growth per year (USD)')),
    digitalShareChange: yearly(
      num(-5, 5, 'change of the digital economy share of GRDP, percentage points per year'),
    ).optional(),
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
  })
  .strict();
export type ScenarioSpec = z.infer<typeof ScenarioSpec>;
