import { z } from 'zod';
import { PROVENANCE_KINDS } from '../model/provenance.ts';
import { OUTPUTS, type ScalarOutputId, type SectorOutputId } from '../model/variables.ts';
import { LocalizedText } from './common.ts';
import { ModelFile, ObservedSet } from './model-pack.ts';
import { ScenarioSpec } from './scenario.ts';
import { TARGET_GROUPS, TargetKind, TargetUnit, Comparator } from './target.ts';

/**
 * Shapes only the HTTP API uses: problem bodies (RFC 9457), listings, the RunResult of
 * `POST /api/project`. Request bodies reuse the file schemas (`ScenarioSpec`) unchanged.
 * Response schemas validate what the server sends: a NaN or Infinity can never leave it.
 */

/** One problem of a refusal: the field path, what was there and what is allowed. */
export const ProblemItem = z
  .object({
    code: z.string().describe('stable machine code, e.g. out_of_range, invalid_type, unknown_field'),
    path: z
      .array(z.union([z.string(), z.number()]))
      .describe('path of the bad field; empty for the whole input'),
    message: z.string(),
    value: z.unknown().optional().describe('the value received (scalars only)'),
    allowed: z.string().optional(),
  })
  .meta({ id: 'ProblemItem' });
export type ProblemItem = z.infer<typeof ProblemItem>;

/** An `application/problem+json` body (RFC 9457) with the list of problems. */
export const ProblemDetails = z
  .object({
    type: z.string().describe('URI naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    problems: z.array(ProblemItem),
  })
  .meta({
    id: 'ProblemDetails',
    examples: [
      {
        type: 'urn:plancast:problem:invalid-request',
        title: 'The request does not match its schema',
        status: 400,
        detail: 'body: assumptions.growth.II is 55; allowed -10 to 40 (real growth per year, percent)',
        problems: [
          {
            code: 'out_of_range',
            path: ['assumptions', 'growth', 'II'],
            message: 'assumptions.growth.II is 55; allowed -10 to 40 (real growth per year, percent)',
            value: 55,
            allowed: '-10 to 40 (real growth per year, percent)',
          },
        ],
      },
    ],
  });
export type ProblemDetails = z.infer<typeof ProblemDetails>;

/** `GET /api/health`. */
export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number(),
  work: z.object({ threads: z.number().int(), queued: z.number().int(), running: z.number().int() }),
});
export type Health = z.infer<typeof Health>;

/** One model pack in `GET /api/models`. */
export const ModelSummary = z.object({
  id: z.string(),
  name: LocalizedText,
  province: LocalizedText,
  resolution: LocalizedText,
  baseYear: z.number().int(),
  firstPlanYear: z.number().int(),
  lastPlanYear: z.number().int(),
  targets: z.number().int().describe('number of targets in the pack'),
  indicators: z.number().int().describe('number of social indicators the pack projects'),
});
export type ModelSummary = z.infer<typeof ModelSummary>;

export const ModelList = z.object({ models: z.array(ModelSummary) });

/** `GET /api/models/:id`: the pack's model.json as validated, plus its summary. */
export const ModelDetail = z.object({ summary: ModelSummary, model: ModelFile });

/** `GET /api/models/:id/history`: observed series before and during the plan. */
export const ModelHistory = z.object({ history: ObservedSet, actuals: ObservedSet });

/** One shipped scenario in `GET /api/scenarios`. */
export const ScenarioSummary = z.object({
  name: z.string().describe('file name without .json; use it with GET /api/scenarios/:name'),
  model: z.string(),
  title: LocalizedText.nullable(),
  description: LocalizedText.nullable(),
});
export const ScenarioList = z.object({ scenarios: z.array(ScenarioSummary) });

/** Path parameters. */
export const ModelIdParams = z.object({
  id: z.string().min(1).max(100).describe('model pack id, e.g. ben-tre-2021-2025'),
});
export const ScenarioNameParams = z.object({
  name: z.string().min(1).max(100).describe('scenario name, e.g. plan-low'),
});

const nums = z.array(z.number());
const perSector = <T extends z.ZodType>(t: T) => z.object({ I: t, II: t, III: t, T: t });
const sectorNumsPath = perSector(nums);
/** Every output series of the variable list (src/model/variables.ts): one array per year, per sector where it has sectors. */
const outputSeriesShape = Object.fromEntries(
  OUTPUTS.map((o) => [
    o.id,
    (o.perSector ? sectorNumsPath : nums).describe(`${o.label.en}; docs/model.md eq. ${o.equation}`),
  ]),
) as { [K in ScalarOutputId]: typeof nums } & { [K in SectorOutputId]: typeof sectorNumsPath };
const STATUS = z.enum(['met', 'exceeded', 'near', 'missed', 'cannot-assess', 'not-modelled']);

/** One row of the scorecard (src/targets/scorecard.ts `ScorecardRow`). */
export const ScorecardRowSchema = z.object({
  id: z.string(),
  clause: z.string(),
  group: z.enum(TARGET_GROUPS),
  name: LocalizedText,
  modelled: z.enum(['model', 'trend', 'no']),
  kind: TargetKind,
  comparator: Comparator,
  target: z.object({
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    tol: z.number().optional(),
  }),
  unit: TargetUnit,
  year: z.number().int().nullable(),
  status: STATUS,
  projected: z.number().nullable(),
  gap: z.number().nullable(),
  relGap: z.number().nullable(),
  perYear: z
    .array(
      z.object({
        year: z.number().int(),
        value: z.number(),
        status: STATUS.exclude(['not-modelled', 'cannot-assess']),
      }),
    )
    .nullable(),
  yearsMet: z.number().int().nullable(),
  atBound: z.boolean(),
  restsOnEstimates: z.boolean(),
  estimates: z.array(z.string()),
  placeholders: z
    .array(z.string())
    .describe(
      'placeholder base figures the value rests on; non-empty exactly when the status is cannot-assess',
    ),
});

/** src/model/provenance.ts `Provenance`: where each value of each series comes from. */
const ProvenanceSchema = z
  .object({
    series: z.record(
      z.string(),
      z.object({
        kind: z.array(z.enum(PROVENANCE_KINDS)).describe('one per year of `years`'),
        source: z
          .array(z.number().int().nullable())
          .optional()
          .describe(
            'per year: index into `sources` for a published value, else null; absent when no value is published',
          ),
      }),
    ),
    sources: z.array(z.string()).describe('the source of each published value, each text once'),
  })
  .describe(
    'per series key (growth, real.II, indicator.poverty) and year: published (with its source), derived (from published figures only), assumed (a scenario assumption drives it) or estimated (rests on an estimated base figure or a model fill-in)',
  );

/**
 * The RunResult of src/export/run-result.ts: what `POST /api/project` answers and `plancast run --json`
 * prints (the CLI adds each row's `required`).
 */
export const RunResultSchema = z
  .object({
    model: z.object({
      id: z.string(),
      name: LocalizedText,
      baseYear: z.number().int(),
      firstPlanYear: z.number().int(),
      lastPlanYear: z.number().int(),
    }),
    scenario: z.object({ name: LocalizedText.nullable(), asOf: z.number().int().nullable() }),
    years: z.array(z.number().int()),
    yearKinds: z.array(z.enum(['base', 'actual', 'partly-actual', 'projected'])),
    series: z
      .object({
        actualSeries: z.array(z.array(z.string())),
        ...outputSeriesShape,
        indicators: z.record(z.string(), nums),
      })
      .describe('one value per year of `years`; rates and shares as fractions'),
    period: z.object({
      avgGrowth: z.number(),
      tfpShare: z.number(),
      tfpShareSum: z.number(),
      revenueTotal: z.number(),
      investmentTotal: z.number(),
      exportsTotal: z.number(),
      balanceTotal: z.number(),
    }),
    provenance: ProvenanceSchema,
    scorecard: z.array(ScorecardRowSchema),
    counts: z.record(STATUS, z.number().int()),
    verdict: z
      .object({
        missed: z.number().int().describe('targets missed (out of reach)'),
        assessable: z.number().int().describe('targets with a verdict: met, exceeded, near or missed'),
        title: LocalizedText.describe('as of which published year, or the plan as written'),
        sentences: z
          .object({ vi: z.array(z.string()), en: z.array(z.string()) })
          .describe('two to four sentences from the results (src/targets/verdict.ts)'),
      })
      .describe('the verdict the CLI report and the page open with'),
  })
  .meta({ id: 'RunResult' });

/** `POST /api/project` body: a scenario exactly as in `scenarios/*.json`. */
export const ProjectBody = ScenarioSpec.meta({
  id: 'ScenarioSpec',
  examples: [
    {
      model: 'ben-tre-2021-2025',
      name: { vi: 'Tăng trưởng thấp', en: 'Low growth' },
      assumptions: { growth: { I: 3, II: 10, III: 6.5, T: 5 }, populationGrowth: 0.4 },
      shocks: [{ sector: 'III', year: 2021, sizePp: -3, recoverNextYear: true }],
    },
  ],
});

const band = z.object({ low: z.number(), mid: z.number(), high: z.number() });
const sectorNums = perSector(z.number());

/** `GET|POST /api/consistency`: docs/model.md §7 for a pack (src/targets/consistency.ts `ConsistencyReport`). */
export const ConsistencyReportSchema = z
  .object({
    baseYear: z.number().int(),
    lastYear: z.number().int(),
    years: z.number().int(),
    base: z.object({ shares: sectorNums, weights: sectorNums }),
    sectorBands: perSector(band).nullable(),
    totalBand: band.nullable(),
    structureTarget: sectorNums.nullable(),
    totalVsSectors: z
      .object({
        low: z.number(),
        mid: z.number(),
        high: z.number(),
        positionForTotalLow: z.number().nullable(),
      })
      .nullable(),
    structureEqualPrices: z.object({ shares: sectorNums, gap: sectorNums }).nullable(),
    reconcilingDrift: sectorNums.nullable(),
    impliedBase: z.object({ low: sectorNums, mid: sectorNums, high: sectorNums }).nullable(),
    perCapita: z
      .object({
        target: z.number(),
        year: z.number().int(),
        base: z.number(),
        populationGrowth: z.number(),
        nominalGrowth: z.number(),
        deflator: band,
        packDeflator: z.number(),
      })
      .nullable(),
    productTaxes: z
      .object({
        growth: z.number(),
        grdpGrowth: z.number(),
        baseShare: z.number(),
        shareEqualPrices: z.number(),
        target: z.number(),
        drift: z.number(),
        impliedBaseShare: z.number(),
      })
      .nullable(),
    verdicts: z
      .array(
        z.object({
          id: z.string(),
          series: z.string(),
          value: z.number(),
          status: z.enum(['met', 'exceeded', 'near', 'missed']),
        }),
      )
      .describe('the targets the checks judge, scored by the same scorer as the scorecard'),
    findings: z.array(
      z.object({
        id: z.enum([
          'total-vs-sectors',
          'structure',
          'product-taxes',
          'per-capita',
          'implied-base',
          'missing',
        ]),
        severity: z.enum(['ok', 'warning', 'inconsistent']),
        text: LocalizedText,
      }),
    ),
  })
  .meta({ id: 'ConsistencyReport' });

/** `POST /api/consistency` body (and `GET /api/consistency?model=`): which pack to check. */
export const ConsistencyRequest = z
  .object({ model: z.string().min(1).max(100).describe('model pack id; default ben-tre-2021-2025') })
  .partial()
  .strict()
  .meta({ examples: [{ model: 'ben-tre-2021-2025' }] });
