import { formatProblems } from '../../core/problems.ts';
import { MAX_SEED } from '../../uncertainty/index.ts';
import { LIMITS } from '../options.ts';
import { HttpProblem } from '../problems.ts';
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  SensitivityRequest,
  SensitivityResultSchema,
  SimulateRequest,
  SimulationResultSchema,
} from '../schemas/uncertainty.ts';
import { resolveForRequest } from '../services.ts';
import type { HeavyTask, TaskResult } from '../tasks.ts';
import { abortOnClose } from './solve.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/** A task's answer, or its problems as a 422. */
function valueOf(out: TaskResult): unknown {
  if (!out.ok) throw new HttpProblem('unprocessable', formatProblems('body', out.problems), out.problems);
  return out.value;
}

/** POST /api/simulate: Monte Carlo P(met) per target, quantiles per year, histograms (in a worker). */
export function registerSimulateRoute(app: ZodApp, { catalog, pool, options }: RouteContext): void {
  app.post(
    '/api/simulate',
    {
      schema: {
        tags: ['runs'],
        operationId: 'simulateScenario',
        summary: 'Simulate a scenario: P(met) per target and quantiles per year (Monte Carlo)',
        description:
          'Draws the uncertain assumptions of docs/model.md §9 (correlated sector growth and deflators, population, ' +
          'revenue ratio, ICOR, exports, indicators) around the scenario and answers, per target, the share of ' +
          'draws that meet it with its 95 % Wilson interval; per series, type-7 quantiles (5, 25, 50, 75, 95 %) ' +
          'per year, read from fixed fine bins the draws stream into (none is stored), each within the ' +
          '`quantileError` the answer states (relative 2^-13 of the exact one); and a histogram of each ' +
          'final-year value; the joint odds of the headline targets (`joint`) and P(k of n met) (`countMet`); ' +
          'where the growth spread comes from (`calibration`: the province record or the design defaults). ' +
          'Rates and shares are fractions. ' +
          `\`draws\`: ${LIMITS.minDraws} to ${LIMITS.maxDraws} (default ${DEFAULT_DRAWS}); ` +
          `\`seed\`: 0 to ${MAX_SEED} (default ${DEFAULT_SEED}). The same body gives the same answer; ` +
          'the answer echoes seed and draws. ' +
          `Runs in a worker thread, at most ${options.heavyDeadlineMs} ms (503 beyond).\n\n` +
          curlExample(
            'POST',
            '/api/simulate',
            '{"scenario":{"model":"ben-tre-2021-2025"},"draws":5000,"seed":42}',
          ),
        body: SimulateRequest,
        response: { 200: SimulationResultSchema, ...problemResponses(400, 404, 413, 415, 422, 503) },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const { pack, input } = resolveForRequest(catalog, body.scenario, ['scenario']);
      const task: HeavyTask = {
        kind: 'simulate',
        packDir: catalog.packDir(pack.model.id),
        input,
        draws: body.draws ?? DEFAULT_DRAWS,
        seed: body.seed ?? DEFAULT_SEED,
        ...(body.spreadScale !== undefined ? { spreadScale: body.spreadScale } : {}),
        ...(body.spreads !== undefined ? { spreadsFrom: body.spreads } : {}),
      };
      const out = await pool.run(task, options.heavyDeadlineMs, abortOnClose(reply.raw));
      return valueOf(out) as never;
    },
  );
}

/** POST /api/sensitivity: one-at-a-time tornado rows (in a worker). */
export function registerSensitivityRoute(app: ZodApp, { catalog, pool, options }: RouteContext): void {
  app.post(
    '/api/sensitivity',
    {
      schema: {
        tags: ['runs'],
        operationId: 'scenarioSensitivity',
        summary: 'Sensitivity of every target to each assumption (tornado rows)',
        description:
          'Moves each assumption of docs/model.md §10 down and up by its step (sector growth ±1 pp, deflator ±1 pp, ' +
          'revenue ratio ±0.5 pp, ICOR ±0.5, capital share ±0.1, export growth ±2 pp, population growth ±0.1 pp; ' +
          'plan years without actuals only) and re-scores every modelled target. `rows` are grouped by target ' +
          '(pack order), largest effect first, ready for a tornado chart; `top` names the assumption moving each ' +
          'target most; `flips` marks a status change. ' +
          `Runs in a worker thread, at most ${options.heavyDeadlineMs} ms.\n\n` +
          curlExample('POST', '/api/sensitivity', '{"scenario":{"model":"ben-tre-2021-2025"}}'),
        body: SensitivityRequest,
        response: { 200: SensitivityResultSchema, ...problemResponses(400, 404, 413, 415, 422, 503) },
      },
    },
    async (req, reply) => {
      const { pack, input } = resolveForRequest(catalog, req.body.scenario, ['scenario']);
      const task: HeavyTask = { kind: 'sensitivity', packDir: catalog.packDir(pack.model.id), input };
      const out = await pool.run(task, options.heavyDeadlineMs, abortOnClose(reply.raw));
      return valueOf(out) as never;
    },
  );
}
