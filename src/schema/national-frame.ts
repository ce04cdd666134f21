import { z } from 'zod';
import { Figure, LocalizedText, Year, finite } from './common.ts';

/**
 * The national frame a provincial plan sits in (issue 13): the country's targets for the same
 * period (e.g. the 14th Party Congress resolution, 2026-2030), as data a pack may cite in
 * `model.json` → `nationalFrame`. They are reference lines on the charts and reference rows in
 * `plancast targets`/`run`, never scored: the province is not bound to the national figure.
 */

/** The provincial series a national goal is set beside (and the chart that draws it). */
export const FRAME_SERIES = ['grdpReal', 'perCapita', 'digitalShare'] as const;

export const NationalGoal = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: LocalizedText,
    /** The words of the national text. */
    quote: z.string().min(1),
    series: z.enum(FRAME_SERIES).describe('the provincial series the goal is compared with'),
    kind: z
      .enum(['avgGrowth', 'level'])
      .describe('avgGrowth: %/yr over the plan; level: the value in `year`'),
    year: Year.optional(),
    comparator: z.enum(['atLeast', 'about']),
    value: finite().describe('in `unit`, as the national text writes it'),
    unit: z.enum(['%/yr', '%', 'USD']),
    /**
     * A goal in USD set beside a series in mn VND: the rate it is converted at, VND per USD, with
     * its source and how it was obtained (an assumption for a future year).
     */
    vndPerUsd: Figure.optional(),
  })
  .strict()
  .refine((g) => (g.unit === 'USD') === (g.vndPerUsd !== undefined), {
    message: 'a goal in USD needs `vndPerUsd` (and only such a goal)',
    path: ['vndPerUsd'],
  })
  .refine((g) => g.kind !== 'level' || g.year !== undefined, {
    message: 'a level goal needs its `year`',
    path: ['year'],
  });
export type NationalGoal = z.infer<typeof NationalGoal>;

export const NationalFrame = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: LocalizedText,
    /** Where the goals are written: the document, and the page that reports it (address, date). */
    source: z.string().min(1),
    goals: z.array(NationalGoal).min(1).max(50),
  })
  .strict();
export type NationalFrame = z.infer<typeof NationalFrame>;
