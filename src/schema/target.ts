import { z } from 'zod';
import { LocalizedText, Year, finite } from './common.ts';

export const TARGET_UNITS = [
  '%',
  '%/yr',
  'pp/yr',
  'bn VND',
  'mn VND',
  'mn USD',
  'beds/10k',
  'doctors/10k',
  'MW',
  'enterprises',
  'persons/yr',
  'rank',
  'communes',
  'districts',
  'urban areas',
] as const;
export const TargetUnit = z.enum(TARGET_UNITS);
export type TargetUnit = z.infer<typeof TargetUnit>;

export const TARGET_GROUPS = [
  'economy',
  'budget',
  'investment-trade',
  'society',
  'environment',
  'security',
  'governance',
] as const;

export const TargetKind = z
  .enum(['level', 'avgGrowth', 'cumulative', 'mean', 'annual', 'change', 'period'])
  .describe(
    'level: one year; avgGrowth: geometric mean growth; cumulative: plan sum; mean: plan average ("on average each year"); annual: every year; change: yearly change; period: a plan-wide figure',
  );
export type TargetKind = z.infer<typeof TargetKind>;
export const Comparator = z.enum(['atLeast', 'atMost', 'range', 'about']);
export type Comparator = z.infer<typeof Comparator>;

/** One numeric target of the resolution, with the clause it comes from. */
export const Target = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case id'),
    clause: z.string().min(1).describe('clause of the resolution, e.g. "1.2.c"'),
    group: z.enum(TARGET_GROUPS),
    name: LocalizedText,
    quote: z.string().optional().describe('the clause words, verbatim'),
    modelled: z.enum(['model', 'trend', 'no']),
    series: z.string().optional(),
    formula: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .describe(
        'instead of series: an expression over the named series, e.g. "investment / grdpNominal * 100" (docs/packs.md)',
      ),
    kind: TargetKind,
    year: Year.optional(),
    comparator: Comparator,
    value: finite().optional(),
    min: finite().optional(),
    max: finite().optional(),
    tol: finite().nonnegative().optional(),
    nearTol: finite().nonnegative().optional(),
    unit: TargetUnit,
    direction: z
      .enum(['up', 'down', 'neutral'])
      .describe('which way is better; neutral: both sides of an "about" target are misses'),
    lever: z.string().optional(),
    note: LocalizedText.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.comparator === 'range') {
      if (t.min === undefined || t.max === undefined || t.min > t.max)
        ctx.addIssue({ code: 'custom', path: ['min'], message: 'a range target needs min ≤ max' });
    } else if (t.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `a ${t.comparator} target needs a value` });
    }
    if (t.modelled !== 'no' && !t.series && t.formula === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['series'],
        message: 'a modelled target needs a series or a formula',
      });
    if (t.series !== undefined && t.formula !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['formula'],
        message: 'a target has a series or a formula, not both',
      });
  });
export type Target = z.infer<typeof Target>;

export const Targets = z.array(Target).min(1).max(500);
