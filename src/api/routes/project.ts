import { ProjectBody, RunResultSchema } from '../../schema/api.ts';
import { sendStoredJson } from '../api-headers.ts';
import { asciiJson } from '../finite-json.ts';
import { installJsonParser } from '../json-body.ts';
import { runProjection } from '../services.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/**
 * POST /api/project: one deterministic run and its scorecard.
 *
 * The run is a pure function of the body text (packs never change while the server runs), so the
 * answer cache is keyed on that text and consulted by the route's JSON parser, before the depth
 * check, `JSON.parse` and the zod validation: a hit sends the bytes stored by an earlier miss and does
 * no other work. A body that does not parse or validate never reaches the cache (only fresh 200s are
 * stored), so a malformed body is refused every time.
 */
export function registerProjectRoute(app: ZodApp, { catalog, resultCache, lifecycle }: RouteContext): void {
  app.decorateRequest('cachedAnswer', null);
  // Its own scope, for the route's own JSON parser.
  app.register(async (scope) => {
    installJsonParser(scope, (req, text) => {
      const hit = resultCache.get(text);
      if (hit === undefined) return false;
      req.cachedAnswer = hit;
      return true;
    });
    (scope as ZodApp).post(
      '/api/project',
      {
        schema: {
          tags: ['runs'],
          operationId: 'projectScenario',
          summary: 'Project a scenario year by year and score every target',
          description:
            'The body is a scenario exactly as in scenarios/*.json (percent units; any subset of the pack defaults). ' +
            'The answer is the RunResult that `plancast run --json` prints, without the per-row `required` ' +
            '(goal seeks: ask POST /api/solve with `each: true`): series by year (rates as fractions), ' +
            'period figures and the scorecard, as ASCII-only JSON (characters beyond ASCII are `\\uXXXX` escapes). ' +
            'Answers are cached by the exact body text: the same body gets the same bytes.\n\n' +
            curlExample(
              'POST',
              '/api/project',
              '{"model":"ben-tre-2021-2025","assumptions":{"growth":{"II":10}}}',
            ),
          body: ProjectBody,
          response: { 200: RunResultSchema, ...problemResponses(400, 404, 413, 415, 422) },
        },
        // The zod RunResult schema types the handler and documents the answer; at run time a finite-number
        // walk + JSON.stringify replaces the full zod encode (200 µs of a Ben Tre answer's 500 µs), and
        // the text is ASCII-only (\uXXXX escapes beyond ASCII: the same JSON value).
        serializerCompiler: () => asciiJson,
        // The parser found the body in the cache: send those bytes, skipping validation, the run and fastify's send path.
        preValidation: (req, reply, done) => {
          const hit = req.cachedAnswer;
          if (hit === null) return done();
          sendStoredJson(reply, hit, lifecycle.closing);
        },
        // Keep what the serializer produced for a fresh 200.
        onSend: (req, reply, payload, done) => {
          if (reply.statusCode !== 200 || typeof payload !== 'string') return done(null, payload);
          const bytes = Buffer.from(payload, 'latin1'); // ASCII: one byte per character
          resultCache.set(req.rawJson, bytes);
          done(null, bytes);
        },
      },
      async (req) => runProjection(catalog, req.body),
    );
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The stored answer of POST /api/project for this body text (set by the route's parser on a hit). */
    cachedAnswer: Buffer | null;
  }
}
