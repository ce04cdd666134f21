import { z } from 'zod';

/** Text in both languages of the product. */
export const LocalizedText = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LANGS = ['vi', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** A calendar year a plan can talk about; far outside this a typo is more likely than a plan. */
export const Year = z.number().int().min(1990).max(2100);

export const YearKey = z.string().regex(/^\d{4}$/, 'a four-digit year such as "2023"');

/** Finite number: JSON cannot carry NaN, but a JS caller can; refuse it here. */
export const finite = () => z.number().finite();

/**
 * Why a base figure is a placeholder that cannot support a verdict: `no-data` (no figure for the
 * province was found; the value is a guess) or `from-target` (back-cast from, or set next to, the
 * plan's own target). A target resting on one is "cannot be assessed" (docs/model.md §5.5).
 */
export const PLACEHOLDERS = ['no-data', 'from-target'] as const;

/** A figure of a model pack with where it comes from; `estimate` marks (and explains) an estimate. */
export const Figure = z
  .object({
    value: finite(),
    source: z.string().min(1),
    series: z.enum(['gso', 'provincial', 'derived', 'assumption']).optional(),
    estimate: z.string().min(1).optional(),
    placeholder: z
      .enum(PLACEHOLDERS)
      .optional()
      .describe(
        'the figure is a placeholder (no-data: nothing published was found; from-target: back-cast from the target itself); targets resting on it cannot be assessed',
      ),
  })
  .strict()
  .refine((f) => f.placeholder === undefined || f.estimate !== undefined, {
    message: 'a placeholder figure needs an `estimate` note saying why',
    path: ['placeholder'],
  });
export type Figure = z.infer<typeof Figure>;

/**
 * An assumption given once for every plan year, or per year as `{ "2021": 8.5, ... }`.
 * Years outside the plan are refused when the scenario is resolved against its pack.
 */
export function yearly(range: z.ZodNumber) {
  return z.union([range, z.record(YearKey, range)]);
}
export type Yearly = number | Record<string, number>;

/** A bounded number in percent at the edge, described for errors and the API docs. */
export function pct(min: number, max: number, what: string) {
  const allowed = `${min} to ${max} (${what}, percent)`;
  return z.number().finite().min(min, { error: allowed }).max(max, { error: allowed }).describe(allowed);
}

/** A bounded plain number (ratios, fractions), described for errors and the API docs. */
export function num(min: number, max: number, what: string) {
  const allowed = `${min} to ${max} (${what})`;
  return z.number().finite().min(min, { error: allowed }).max(max, { error: allowed }).describe(allowed);
}
