import { z } from 'zod';
import { INPUTS, type InputVariable, type SpreadKey } from '../../model/input-variables.ts';
import { LocalizedText } from '../../schema/common.ts';
import { ScenarioSpec } from '../../schema/scenario.ts';
import { CalibrationSchema, SpreadsFrom } from '../../uncertainty/calibration.ts';
import { CountMetSchema, JointOutcomeSchema } from '../../uncertainty/joint.ts';
import {
  DRAW_LIMITS,
  MAX_SEED,
  MC_SERIES,
  QUANTILE_ERROR,
  SENSITIVITY_ASSUMPTIONS,
  STATUS_CODES,
  type SensitivityResult,
  type SimulationResult,
} from '../../uncertainty/index.ts';
import { LIMITS } from '../options.ts';

/**
 * Requests and answers of POST /api/simulate and POST /api/sensitivity (src/uncertainty
 * `SimulationResult`, `SensitivityResult`). Kept beside the routes: API-only shapes.
 */

/** Seed used when the body gives none: answers are reproducible unless asked otherwise (as the CLI). */
export const DEFAULT_SEED = 42;
/** Draws used when the body gives none (the library's default). */
export const DEFAULT_DRAWS = DRAW_LIMITS.default;
/** Largest `spreadScale`. */
export const MAX_SPREAD_SCALE = 3;

/** An integer in [min, max] whose refusals name the whole range (as the scenario's bounded numbers). */
function boundedInt(min: number, max: number, what: string) {
  const allowed = `${min} to ${max} (${what}, an integer)`;
  return z.number().int().min(min, { error: allowed }).max(max, { error: allowed }).describe(allowed);
}

const DRAWS = boundedInt(LIMITS.minDraws, LIMITS.maxDraws, 'Monte Carlo draws');
const SEED = boundedInt(0, MAX_SEED, 'random seed');
const SPREAD_SCALE_TEXT = `0 to ${MAX_SPREAD_SCALE} (multiplier of every spread)`;
const SPREAD_SCALE = z
  .number()
  .finite()
  .min(0, { error: SPREAD_SCALE_TEXT })
  .max(MAX_SPREAD_SCALE, { error: SPREAD_SCALE_TEXT })
  .describe(SPREAD_SCALE_TEXT);

/** POST /api/simulate body. */
export const SimulateRequest = z
  .object({
    scenario: ScenarioSpec,
    draws: DRAWS.optional().describe(
      `number of draws, ${LIMITS.minDraws} to ${LIMITS.maxDraws} (default ${DEFAULT_DRAWS}; ` +
        `the CLI allows up to ${DRAW_LIMITS.max})`,
    ),
    seed: SEED.optional().describe(
      `random seed, 0 to ${MAX_SEED} (default ${DEFAULT_SEED}); the same seed gives the same answer`,
    ),
    spreads: SpreadsFrom.optional().describe(
      'record: the GRDP growth spread from the rolling-origin errors of the trend on the pack record ' +
        '(docs/model.md §9.2); design: the §9 defaults; absent: the record where the history allows',
    ),
    spreadScale: SPREAD_SCALE.optional().describe(
      `multiplies every spread of docs/model.md §9 (default 1; 0 collapses every draw onto the deterministic run), ` +
        `0 to ${MAX_SPREAD_SCALE}`,
    ),
  })
  .strict()
  .meta({
    id: 'SimulateRequest',
    examples: [
      { scenario: { model: 'ben-tre-2021-2025' }, draws: 2000, seed: 42 },
      {
        scenario: { model: 'ben-tre-2021-2025', assumptions: { growth: { II: 10 } } },
        draws: 10000,
        seed: 7,
        spreads: 'design',
        spreadScale: 0.5,
      },
    ],
  });
export type SimulateRequest = z.infer<typeof SimulateRequest>;

/** POST /api/sensitivity body. */
export const SensitivityRequest = z
  .object({ scenario: ScenarioSpec })
  .strict()
  .meta({
    id: 'SensitivityRequest',
    examples: [
      { scenario: { model: 'ben-tre-2021-2025' } },
      { scenario: { model: 'ben-tre-2021-2025', assumptions: { investment: { icor: 6 } } } },
    ],
  });
export type SensitivityRequest = z.infer<typeof SensitivityRequest>;

const num = z.number();

/** The whole-province spreads, one field per `spread` of the variable list. */
const LISTED_SPREADS = Object.fromEntries(
  (INPUTS as readonly InputVariable[]).flatMap((v) =>
    v.spread
      ? [
          [
            v.spread.key,
            num.describe(
              `sd of ${v.spread.form === 'log' ? 'the log of ' : ''}${v.label.en}, docs/model.md eq. ${v.spread.equation}`,
            ),
          ],
        ]
      : [],
  ),
) as Record<SpreadKey, typeof num>;
const STATUS = z.enum(['met', 'exceeded', 'near', 'missed', 'cannot-assess', 'not-modelled']);
const SERIES = z.enum(MC_SERIES);
const perSector = z.object({ I: num, II: num, III: num, T: num });
const sectorSpread = z.object({
  sd: perSector.describe('standard deviation per sector (fractions: 0.015 = 1.5 pp)'),
  corr: z.array(z.array(num)).describe('4×4 correlation matrix, sectors I, II, III, T'),
  phi: num.describe('AR(1) year-to-year persistence'),
});
const source = z.enum(['history', 'default']);

const TargetProbabilitySchema = z.object({
  id: z.string(),
  clause: z.string(),
  name: LocalizedText,
  unit: z.string(),
  modelled: z.enum(['model', 'trend']),
  deterministic: z.object({ status: STATUS, value: num.nullable() }),
  assessable: z
    .boolean()
    .describe('false when the target rests on a placeholder base figure: pMet is then no verdict'),
  pMet: num.describe('share of draws meeting the target (a band counts only inside it)'),
  interval: z.object({ lo: num, hi: num }).describe('95 % Wilson interval of pMet'),
  pExceeded: num.describe('share of draws beyond the band on the good side (not in pMet)'),
  counts: z.object(Object.fromEntries(STATUS_CODES.map((c) => [c, z.number().int()]))) as z.ZodObject<
    Record<(typeof STATUS_CODES)[number], z.ZodNumber>
  >,
});

/** The Monte Carlo answer (every answer echoes its seed and draws). */
export const SimulationResultSchema = z
  .object({
    modelId: z.string(),
    scenario: LocalizedText.nullable(),
    seed: z.number().int(),
    draws: z.number().int(),
    years: z.array(z.number().int()),
    quantileDefinition: z.literal('type-7'),
    quantileError: z
      .object({
        method: z
          .literal('log-linear-bins')
          .describe('every output value counted, as drawn, into fixed bins; the draws are not stored'),
        binsPerBinade: z
          .number()
          .int()
          .describe('bins per power of two (the top mantissa bits of the value)'),
        relative: num.describe(
          'ε: each reported quantile q̂ is within ε·max(|x₍k₎|, |x₍k+1₎|) of the exact type-7 quantile q ' +
            'of all draws, x₍k₎ ≤ q ≤ x₍k+1₎ the order statistics it interpolates (within ε·|q| when they ' +
            'share a sign)',
        ),
      })
      .describe(
        `the stated error bound of every quantile in \`series\` (ε = ${QUANTILE_ERROR.relative}, ` +
          `${QUANTILE_ERROR.binsPerBinade} bins per power of two)`,
      ),
    spreads: z.object({
      growth: sectorSpread,
      deflator: sectorSpread,
      ...LISTED_SPREADS,
      indicators: z.record(z.string(), num),
    }),
    spreadSources: z.object({
      growth: source,
      deflator: source,
      indicators: z.record(z.string(), z.enum(['history', 'judgement'])),
      notes: z.array(z.string()),
    }),
    calibration: CalibrationSchema,
    targets: z.array(TargetProbabilitySchema),
    joint: JointOutcomeSchema,
    countMet: CountMetSchema,
    series: z
      .array(
        z.object({
          key: SERIES,
          unit: z.string(),
          scale: num.describe('multiply values by this for display units'),
          years: z.array(
            z.object({
              year: z.number().int(),
              p05: num,
              p25: num,
              p50: num,
              p75: num,
              p95: num,
              deterministic: num,
            }),
          ),
        }),
      )
      .describe(
        'type-7 quantiles per year within `quantileError`, core units (rates and shares as fractions)',
      ),
    histograms: z
      .array(
        z.object({
          key: SERIES,
          year: z.number().int(),
          edges: z.array(num),
          counts: z.array(z.number().int()),
        }),
      )
      .describe(
        'distribution of the final-year value of each series (core units): up to 20 bins from the ' +
          'smallest to the largest draw; interior edges lie on fine-bin edges (within 2^-12 relative of ' +
          'the equal-width ones), so each count is exact: edges[i] ≤ x < edges[i+1], the last bin closed',
      ),
  })
  .meta({ id: 'SimulationResult' });

const SensitivityRowSchema = z.object({
  assumption: z.enum(SENSITIVITY_ASSUMPTIONS.map((a) => a.id) as [string, ...string[]]),
  assumptionLabel: LocalizedText,
  target: z.string(),
  targetName: LocalizedText,
  unit: z.string(),
  base: num,
  low: num,
  high: num,
  deltaLow: num,
  deltaHigh: num,
  effect: num.describe('max(|deltaLow|, |deltaHigh|), the sort key'),
  status: z.object({ base: STATUS, low: STATUS, high: STATUS }),
  flips: z.boolean().describe("the target's status changes on either side"),
});

/** The one-at-a-time sensitivity answer: tornado rows grouped by target, largest effect first. */
export const SensitivityResultSchema = z
  .object({
    modelId: z.string(),
    steps: z.array(z.object({ id: z.string(), step: num, unit: z.string() })),
    rows: z.array(SensitivityRowSchema),
    top: z.array(z.object({ target: z.string(), assumption: z.string(), effect: num })),
  })
  .meta({ id: 'SensitivityResult' });

// The schemas describe the core's types: a change there fails type-checking here.
type Assignable<T, U extends T> = U;
export type SimulationResultChecked = Assignable<z.infer<typeof SimulationResultSchema>, SimulationResult>;
// Both ways for the simulation answer: every field of the core's result is in the schema.
export type SimulationResultCovered = Assignable<
  Record<keyof SimulationResult, unknown>,
  Record<keyof z.infer<typeof SimulationResultSchema>, unknown>
>;
export type SensitivityResultChecked = Assignable<z.infer<typeof SensitivityResultSchema>, SensitivityResult>;
