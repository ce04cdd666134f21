import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../io/paths.ts';
import { Health } from '../../schema/api.ts';
import { finiteJson } from '../finite-json.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

const VERSION = (
  JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

/** GET /api/health (cheap: never touches the packs or the workers) and GET /openapi.json. */
export function registerMetaRoutes(app: ZodApp, { pool }: RouteContext): void {
  const started = performance.now();
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        operationId: 'getHealth',
        summary: 'Liveness: answers at once, even while heavy work runs in the workers',
        description: `${curlExample('GET', '/api/health')}`,
        response: { 200: Health, ...problemResponses() },
      },
      // Typed by the zod schema; a finite-number check + JSON.stringify at run time (the zod encode
      // cost as much as the rest of the request).
      serializerCompiler: () => finiteJson,
    },
    async () => ({
      status: 'ok' as const,
      version: VERSION,
      uptimeSeconds: Math.round((performance.now() - started) / 1000),
      work: pool.stats(),
    }),
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
