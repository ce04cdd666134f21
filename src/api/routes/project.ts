import { ProjectBody, RunResultSchema } from '../../schema/api.ts';
import { finiteJson } from '../finite-json.ts';
import { runProjection } from '../services.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/** POST /api/project: one deterministic run and its scorecard. */
export function registerProjectRoute(app: ZodApp, { catalog, resultCache }: RouteContext): void {
  app.post(
    '/api/project',
    {
      schema: {
        tags: ['runs'],
        summary: 'Project a scenario year by year and score every target',
        description:
          'The body is a scenario exactly as in scenarios/*.json (percent units; any subset of the pack defaults). ' +
          'The answer is the RunResult that `plancast run --json` prints: series by year (rates as fractions), ' +
          'period figures and the scorecard.\n\n' +
          curlExample(
            'POST',
            '/api/project',
            '{"model":"ben-tre-2021-2025","assumptions":{"growth":{"II":10}}}',
          ),
        body: ProjectBody,
        response: { 200: RunResultSchema, ...problemResponses(400, 404, 413, 415, 422) },
      },
      // The zod RunResult schema types the handler and documents the answer; at run time a finite-number
      // walk + JSON.stringify replaces the full zod encode (200 µs of a Ben Tre answer's 500 µs).
      serializerCompiler: () => finiteJson,
      // An identical body was answered before: send the same bytes (the run is a pure function of it).
      preValidation: (req, reply, done) => {
        const hit = resultCache.get(req.rawJson);
        if (hit === undefined) return done();
        void reply
          .code(200)
          .type('application/json; charset=utf-8')
          .send(hit as never);
      },
      // Keep what the zod serializer produced for a fresh 200.
      onSend: (req, reply, payload, done) => {
        if (reply.statusCode !== 200 || typeof payload !== 'string') return done(null, payload);
        const bytes = Buffer.from(payload);
        resultCache.set(req.rawJson, bytes);
        done(null, bytes);
      },
    },
    async (req) => runProjection(catalog, req.body),
  );
}
