import { z } from 'zod';
import { Figure, LocalizedText, Year, YearKey, finite } from './common.ts';
import { NationalFrame } from './national-frame.ts';
import { Assumptions } from './scenario.ts';
import { Targets } from './target.ts';

const perSectorFigures = z.object({ I: Figure, II: Figure, III: Figure, T: Figure }).strict();

/** Base-year figures the projection starts from (`model.json` → `baseline`). */
export const Baseline = z
  .object({
    nominalBn: perSectorFigures.describe('value added at current prices, bn VND'),
    realBn: perSectorFigures.describe('value added at constant prices, bn VND'),
    grdpGrowthPct: Figure,
    populationThousand: Figure,
    revenueBn: Figure,
    recurrentSpendingBn: Figure,
    transfersBn: Figure,
    investmentBn: Figure,
    capitalOutputRatio: Figure,
    labourThousand: Figure,
    exportsMnUsd: Figure,
    digitalSharePct: Figure.optional().describe(
      'digital economy value added as a share of GRDP at current prices (%); 0 when the pack gives none',
    ),
  })
  .strict();
export type Baseline = z.infer<typeof Baseline>;

export const IndicatorDef = z
  .object({
    id: z.string().regex(/^[a-zA-Z0-9]+$/),
    name: LocalizedText,
    unit: z.string().min(1),
    base: Figure,
    min: finite(),
    max: finite(),
  })
  .strict();
export type IndicatorDef = z.infer<typeof IndicatorDef>;

/** A time series of observations of one quantity from one source (history and actuals). */
export const ObservedSeries = z
  .object({
    unit: z.string(),
    series: z.enum(['gso', 'provincial', 'derived', 'assumption']),
    source: z.string().min(1),
    confidence: z.enum(['high', 'medium', 'low']),
    estimate: z.string().optional(),
    values: z.record(YearKey, finite()),
  })
  .strict();
export type ObservedSeries = z.infer<typeof ObservedSeries>;
export const ObservedSet = z.record(z.string(), ObservedSeries);
export type ObservedSet = z.infer<typeof ObservedSet>;

/** A series the pack defines as a formula over the named series (docs/packs.md). */
export const DerivedSeries = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a name of letters and digits, starting with a letter'),
    name: LocalizedText,
    unit: z.string().min(1),
    formula: z.string().min(1).max(2000).describe('e.g. "investment / grdpNominal * 100"'),
  })
  .strict();
export type DerivedSeries = z.infer<typeof DerivedSeries>;

/** `model.json` of a model pack. */
export const ModelFile = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: LocalizedText,
    province: LocalizedText,
    resolution: LocalizedText,
    baseYear: Year,
    firstPlanYear: Year,
    lastPlanYear: Year,
    constantPriceBaseYear: Year,
    baseline: Baseline,
    indicators: z.array(IndicatorDef),
    defaults: Assumptions,
    justifications: z.record(z.string(), z.string()),
    derived: z.array(DerivedSeries).max(100).optional().describe('series defined as formulas'),
    notes: LocalizedText.optional(),
    nationalFrame: NationalFrame.optional().describe(
      "the country's targets for the period, cited as reference lines (never scored)",
    ),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.firstPlanYear !== m.baseYear + 1)
      ctx.addIssue({ code: 'custom', path: ['firstPlanYear'], message: 'must be the year after baseYear' });
    if (m.lastPlanYear < m.firstPlanYear || m.lastPlanYear - m.firstPlanYear > 29)
      ctx.addIssue({
        code: 'custom',
        path: ['lastPlanYear'],
        message: 'the plan must last 1 to 30 years after firstPlanYear',
      });
  });
export type ModelFile = z.infer<typeof ModelFile>;

/** A whole model pack as the core takes it: the four files of `models/<id>/`, validated. */
export const ModelPack = z.object({
  model: ModelFile,
  targets: Targets,
  history: ObservedSet,
  actuals: ObservedSet,
});
export type ModelPack = z.infer<typeof ModelPack>;

export { Year };
