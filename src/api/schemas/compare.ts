import { z } from 'zod';
import { MAX_COMPARED, MIN_COMPARED } from '../../compare/compare-result.ts';
import { Lang } from '../../schema/common.ts';
import { ScenarioSpec } from '../../schema/scenario.ts';

const asOf = z
  .number()
  .int()
  .optional()
  .describe(
    'use the pack actuals up to this year for every scenario (default: the scenario own asOf, else the latest published year)',
  );

/** `POST /api/compare`: two to four scenarios of one pack, inline as in scenarios/*.json. */
export const CompareBody = z
  .object({
    scenarios: z.array(ScenarioSpec).min(MIN_COMPARED).max(MAX_COMPARED),
    asOf,
  })
  .strict()
  .meta({
    id: 'CompareBody',
    examples: [
      {
        scenarios: [
          { model: 'ben-tre-2021-2025', assumptions: { growth: { II: 15 } } },
          { model: 'ben-tre-2021-2025', assumptions: { growth: { II: 17 } } },
        ],
      },
    ],
  });
export type CompareBody = z.infer<typeof CompareBody>;

/** `POST /api/report`: one to four scenarios, the language and the as-of year of the printable report. */
export const ReportBody = z
  .object({
    scenarios: z.array(ScenarioSpec).min(1).max(MAX_COMPARED),
    lang: Lang.default('vi'),
    asOf,
  })
  .strict()
  .meta({
    id: 'ReportBody',
    examples: [{ scenarios: [{ model: 'ben-tre-2021-2025' }], lang: 'vi' }],
  });
export type ReportBody = z.infer<typeof ReportBody>;
