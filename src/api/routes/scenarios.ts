import { ScenarioList, ScenarioNameParams } from '../../schema/api.ts';
import { ScenarioSpec } from '../../schema/scenario.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/** GET /api/scenarios and /api/scenarios/:name: the shipped scenario files. */
export function registerScenarioRoutes(app: ZodApp, { catalog }: RouteContext): void {
  app.get(
    '/api/scenarios',
    {
      schema: {
        tags: ['scenarios'],
        operationId: 'listScenarios',
        summary: 'List the shipped scenarios',
        description: `Name, model and title of every file in scenarios/.\n\n${curlExample('GET', '/api/scenarios')}`,
        response: { 200: ScenarioList, ...problemResponses() },
      },
    },
    async () => ({
      scenarios: catalog.scenarioNames().map((name) => {
        const spec = catalog.scenario(name);
        return { name, model: spec.model, title: spec.name ?? null, description: spec.description ?? null };
      }),
    }),
  );

  app.get(
    '/api/scenarios/:name',
    {
      schema: {
        tags: ['scenarios'],
        operationId: 'getScenario',
        summary: 'One shipped scenario, as written (a valid body for POST /api/project)',
        description: `${curlExample('GET', '/api/scenarios/plan-low')}`,
        params: ScenarioNameParams,
        response: { 200: ScenarioSpec, ...problemResponses(400, 404) },
      },
    },
    async (req) => catalog.scenario(req.params.name),
  );
}
