import { z } from 'zod';
import { LocalizedText } from '../../schema/common.ts';
import { ScenarioSpec } from '../../schema/scenario.ts';

/**
 * Request and answer of POST /api/solve (src/solve/goal-seek.ts `GoalSeekResult`,
 * src/solve/multi-target.ts `MultiTargetResult`). Kept beside the route: API-only shapes.
 */

const STATUS = z.enum(['met', 'exceeded', 'near', 'missed', 'cannot-assess', 'not-modelled']);
const num = z.number();
const at = z.object({ projected: num.nullable(), status: STATUS, gap: num.nullable() });
const figures = z.object({ avgGrowthPct: num, deflatorGrowthPct: num, perCapita: num });
const leverMode = z.enum(['shift', 'level']);

/** Which target a row speaks of, and its status and value at one point. */
const targetHead = z.object({ id: z.string(), clause: z.string(), name: LocalizedText, unit: z.string() });
const statusAt = z.object({ status: STATUS, projected: num.nullable() });

export const GoalSeekResultSchema = z.object({
  target: z.object({ id: z.string(), clause: z.string(), name: LocalizedText, unit: z.string() }),
  lever: z.object({
    id: z.string(),
    label: LocalizedText,
    unit: z.string(),
    mode: leverMode,
    min: num,
    max: num,
    base: num,
  }),
  goal: z.object({
    boundary: num,
    measure: z.enum(['value', 'min', 'max']),
    metSide: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
  }),
  asOf: z.number().int().nullable(),
  reachable: z.boolean(),
  reason: z
    .enum(['out-of-range', 'no-effect', 'no-remaining-years', 'not-modelled', 'cannot-assess'])
    .optional(),
  value: num.nullable(),
  best: z.object({ value: num, projected: num.nullable(), gap: num.nullable(), status: STATUS }).optional(),
  before: at,
  after: at,
  figures,
  sideEffects: z.array(targetHead.extend({ before: statusAt, after: statusAt })),
  evaluations: z.number().int(),
  converged: z.boolean(),
});

export const MultiTargetResultSchema = z.object({
  asOf: z.number().int().nullable(),
  levers: z.array(
    z.object({
      id: z.string(),
      label: LocalizedText,
      unit: z.string(),
      mode: leverMode,
      current: num,
      value: num,
      change: num,
      atBound: z.boolean(),
    }),
  ),
  rows: z.array(
    targetHead.extend({
      before: statusAt,
      after: at,
      remaining: num,
      unmovable: z.boolean(),
    }),
  ),
  allMet: z.boolean(),
  figures,
  distance: num,
  runs: z.number().int(),
  notes: z.array(z.enum(['structure-without-deflator', 'no-remaining-years', 'cannot-assess-skipped'])),
  skipped: z
    .array(
      z.object({
        id: z.string(),
        clause: z.string(),
        name: LocalizedText,
        placeholders: z.array(z.string()),
      }),
    )
    .describe('modelled targets left out of the solve: they rest on placeholders (cannot be assessed)'),
});

/** src/solve/required.ts `Required`: a target's own lever value on the target's boundary. */
const RequiredSchema = z.object({
  lever: z.string(),
  value: num.nullable(),
  unit: z.string(),
  current: num.nullable(),
  reachable: z.boolean(),
  reason: z
    .enum([
      'out-of-range',
      'no-effect',
      'no-remaining-years',
      'not-modelled',
      'cannot-assess',
      'unknown-lever',
    ])
    .optional(),
});

/** With `each`: every target with its status and what its own lever would have to be (null: no lever, not modelled). */
export const EachTargetRowSchema = targetHead.extend({
  status: STATUS,
  projected: num.nullable(),
  gap: num.nullable(),
  required: RequiredSchema.nullable(),
});

const asOfProgress = z.object({
  asOf: z.number().int(),
  remainingYears: z.number().int(),
  boundary: num,
  soFar: num.nullable(),
  soFarKind: z.enum(['level', 'avgGrowth', 'cumulative', 'yearsMet']),
  progress: num.nullable(),
  need: z.object({ growthPct: num.optional(), perYear: num.optional(), total: num.optional() }).nullable(),
});

/** With `all` and a scenario `asOf`: how far the years so far carried each target (as `plancast solve --all --json`). */
export const AsOfReportSchema = z.array(
  z.object({
    id: z.string(),
    clause: z.string(),
    name: LocalizedText,
    unit: z.string(),
    asOf: asOfProgress.nullable(),
  }),
);

/** The answer: one goal seek, or the least change meeting every modelled target. */
export const SolveResponse = z
  .discriminatedUnion('mode', [
    z.object({
      mode: z.literal('goal-seek'),
      result: GoalSeekResultSchema,
      otherTargets: z
        .array(z.string())
        .describe('other targets of the same clause, when `target` named a clause'),
    }),
    z.object({ mode: z.literal('all'), result: MultiTargetResultSchema, asOfReport: AsOfReportSchema }),
    z.object({ mode: z.literal('each'), rows: z.array(EachTargetRowSchema) }),
  ])
  .meta({ id: 'SolveResult' });

export const MAX_SOLVE_LEVERS = 40;

/** POST /api/solve body. */
export const SolveRequest = z
  .object({
    scenario: ScenarioSpec,
    target: z.string().min(1).max(100).optional().describe('target id to put on its boundary (with `lever`)'),
    lever: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('lever id, e.g. growth.II, icor, indicator.poverty'),
    all: z
      .boolean()
      .optional()
      .describe('find the least change of the assumptions meeting every modelled target'),
    levers: z
      .array(z.string().min(1).max(100))
      .max(MAX_SOLVE_LEVERS)
      .optional()
      .describe('levers of the `all` solve (default: sector shifts and the targets’ own levers)'),
    strict: z.boolean().optional().describe('`all`: count exceeding a band as a miss'),
    each: z
      .boolean()
      .optional()
      .describe(
        "every target's own lever value that puts it on its boundary, one target at a time (the scorecard's growth needed)",
      ),
  })
  .strict()
  .superRefine((b, ctx) => {
    const modes = [b.target !== undefined, b.all === true, b.each === true].filter(Boolean).length;
    if (modes !== 1)
      ctx.addIssue({
        code: 'custom',
        path: [b.all === true ? 'all' : b.each === true ? 'each' : 'target'],
        message:
          modes === 0
            ? 'give target (an id or clause), all: true or each: true'
            : 'give one of target (and optionally a lever), all: true, each: true',
      });
    if (b.target === undefined && b.lever !== undefined)
      ctx.addIssue({ code: 'custom', path: ['lever'], message: 'lever applies to target only' });
    if (b.all !== true && (b.levers !== undefined || b.strict !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['levers'],
        message: 'levers and strict apply to all: true only',
      });
  })
  .meta({
    id: 'SolveRequest',
    examples: [
      { scenario: { model: 'ben-tre-2021-2025' }, target: 'grdp-growth', lever: 'growth.all' },
      { scenario: { model: 'ben-tre-2021-2025' }, all: true },
      { scenario: { model: 'ben-tre-2021-2025' }, each: true },
    ],
  });
export type SolveRequest = z.infer<typeof SolveRequest>;
