import { DEFAULT_MODEL_ID } from '../../io/paths.ts';
import { ConsistencyReportSchema, ConsistencyRequest } from '../../schema/api.ts';
import { consistency, type ConsistencyReport } from '../../targets/consistency.ts';
import type { Catalog } from '../catalog.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/** The report of a pack, computed once per pack (it depends on the pack alone). */
function reportFor(
  catalog: Catalog,
  cache: Map<string, ConsistencyReport>,
  id: string,
  inBody: boolean,
): ConsistencyReport {
  const hit = cache.get(id);
  if (hit) return hit;
  const pack = inBody ? catalog.packForBody(id) : catalog.pack(id);
  const report = consistency(pack);
  cache.set(id, report);
  return report;
}

/** GET /api/consistency?model= and POST /api/consistency: can the resolution's targets hold together? */
export function registerConsistencyRoutes(app: ZodApp, { catalog }: RouteContext): void {
  const cache = new Map<string, ConsistencyReport>();
  const description =
    "Checks docs/model.md §7 from the pack alone: do the sector growth bands deliver the total band, which relative price moves the structure target needs, the per-capita target's implied inflation, the implied base structure. Findings are in Vietnamese and English.";
  app.get(
    '/api/consistency',
    {
      schema: {
        tags: ['runs'],
        operationId: 'getConsistency',
        summary: "Consistency of a pack's targets (query ?model=)",
        description: `${description}\n\n${curlExample('GET', '/api/consistency?model=ben-tre-2021-2025')}`,
        querystring: ConsistencyRequest,
        response: { 200: ConsistencyReportSchema, ...problemResponses(400, 404) },
      },
    },
    async (req) => reportFor(catalog, cache, req.query.model ?? DEFAULT_MODEL_ID, false),
  );
  app.post(
    '/api/consistency',
    {
      schema: {
        tags: ['runs'],
        operationId: 'postConsistency',
        summary: "Consistency of a pack's targets (body { model })",
        description: `${description}\n\n${curlExample('POST', '/api/consistency', '{"model":"ben-tre-2021-2025"}')}`,
        body: ConsistencyRequest,
        response: { 200: ConsistencyReportSchema, ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (req) => reportFor(catalog, cache, req.body?.model ?? DEFAULT_MODEL_ID, true),
  );
}
