import { Targets } from '../../schema/target.ts';
import { ModelDetail, ModelHistory, ModelIdParams, ModelList } from '../../schema/api.ts';
import { summarize } from '../catalog.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/** GET /api/models, /api/models/:id, /api/models/:id/targets, /api/models/:id/history. */
export function registerModelRoutes(app: ZodApp, { catalog }: RouteContext): void {
  app.get(
    '/api/models',
    {
      schema: {
        tags: ['models'],
        operationId: 'listModels',
        summary: 'List the model packs',
        description: `Every model pack the server has, with its plan period and counts.\n\n${curlExample('GET', '/api/models')}`,
        response: { 200: ModelList, ...problemResponses() },
      },
    },
    async (req) => ({
      models: catalog.summaries((id, err) => req.log.error({ err, id }, 'model pack does not load')),
    }),
  );

  app.get(
    '/api/models/:id',
    {
      schema: {
        tags: ['models'],
        operationId: 'getModel',
        summary: 'One model pack: baseline, indicators, default assumptions',
        description: `The pack's model.json as validated, with its summary.\n\n${curlExample('GET', '/api/models/ben-tre-2021-2025')}`,
        params: ModelIdParams,
        response: { 200: ModelDetail, ...problemResponses(400, 404) },
      },
    },
    async (req) => {
      const pack = catalog.pack(req.params.id);
      return { summary: summarize(req.params.id, pack), model: pack.model };
    },
  );

  app.get(
    '/api/models/:id/targets',
    {
      schema: {
        tags: ['models'],
        operationId: 'listModelTargets',
        summary: "The resolution's targets",
        description: `Every target with its clause, kind, comparator and unit.\n\n${curlExample('GET', '/api/models/ben-tre-2021-2025/targets')}`,
        params: ModelIdParams,
        response: { 200: Targets, ...problemResponses(400, 404) },
      },
    },
    async (req) => catalog.pack(req.params.id).targets,
  );

  app.get(
    '/api/models/:id/history',
    {
      schema: {
        tags: ['models'],
        operationId: 'getModelHistory',
        summary: 'Observed series: history before the plan, actuals during it',
        description: `Each series with its unit, source and confidence.\n\n${curlExample('GET', '/api/models/ben-tre-2021-2025/history')}`,
        params: ModelIdParams,
        response: { 200: ModelHistory, ...problemResponses(400, 404) },
      },
    },
    async (req) => {
      const pack = catalog.pack(req.params.id);
      return { history: pack.history, actuals: pack.actuals };
    },
  );
}
