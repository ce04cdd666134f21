import { z } from 'zod';
import { backtest, BacktestResultSchema, type BacktestResult } from '../../backtest/index.ts';
import { DEFAULT_MODEL_ID } from '../../io/paths.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/** GET /api/backtest query. */
const BacktestQuery = z
  .object({ pack: z.string().min(1).max(100).describe(`model pack id; default ${DEFAULT_MODEL_ID}`) })
  .partial()
  .strict()
  .meta({ examples: [{ pack: 'ben-tre-2021-2025' }] });

/**
 * GET /api/backtest?pack=: how well the engine would have forecast the published figures
 * (docs/model.md §11.1). Deterministic (fixed draws and seed), so computed once per pack and kept.
 */
export function registerBacktestRoute(app: ZodApp, { catalog }: RouteContext): void {
  const cache = new Map<string, BacktestResult>();
  app.get(
    '/api/backtest',
    {
      schema: {
        tags: ['runs'],
        operationId: 'getBacktest',
        summary:
          'Backtest of a pack: coverage of the 50 % and 80 % fans and mean absolute error (query ?pack=)',
        description:
          'For each origin year from the base year to the year before the latest published growth, the engine ' +
          'runs as it would have then (figures published up to the origin; spreads from the record read up to ' +
          'it), a seeded Monte Carlo (2,000 draws, seed 2021) draws the fan of every later year with a published ' +
          'figure, and each figure is scored against the 50 % and 80 % bands and the median. Two scenarios: ' +
          "the pack's default assumptions (the plan) and the trend from the history. A pack with no published " +
          'plan year answers no origin and a note.\n\n' +
          curlExample('GET', '/api/backtest?pack=ben-tre-2021-2025'),
        querystring: BacktestQuery,
        response: { 200: BacktestResultSchema, ...problemResponses(400, 404) },
      },
    },
    async (req) => {
      const id = req.query.pack ?? DEFAULT_MODEL_ID;
      const hit = cache.get(id);
      if (hit) return hit;
      const result = backtest(catalog.pack(id));
      cache.set(id, result);
      return result;
    },
  );
}
