import type { FastifyInstance, FastifyRequest } from 'fastify';
import { jsonDepthExceeds } from './json-depth.ts';
import { LIMITS } from './options.ts';
import { HttpProblem } from './problems.ts';

/**
 * Installs the `application/json` parser of `scope` (fastify's own, with its prototype-poisoning
 * checks): the body text is kept on `req.rawJson`, absurd nesting is refused before `JSON.parse`.
 * `early(req, text)` runs first; when it answers true the body is neither checked nor parsed
 * (`req.body` stays undefined): the answer cache of POST /api/project answers from the text alone.
 */
export function installJsonParser(
  scope: FastifyInstance,
  early?: (req: FastifyRequest, text: string) => boolean,
): void {
  const parseJson = scope.getDefaultJsonParser('error', 'error');
  if (scope.hasContentTypeParser('application/json')) scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body as string;
    req.rawJson = text;
    if (early !== undefined && early(req, text)) {
      done(null, undefined);
      return;
    }
    // Refuse absurd nesting before JSON.parse: a 256 KiB `[[[[…` costs ~40 ms to parse and describe.
    if (jsonDepthExceeds(text, LIMITS.maxJsonDepth)) {
      const message = `the body nests arrays or objects deeper than ${LIMITS.maxJsonDepth} levels`;
      done(
        new HttpProblem('invalid-json', message, [
          { code: 'too_large', path: [], message, allowed: `at most ${LIMITS.maxJsonDepth} levels` },
        ]),
        undefined,
      );
      return;
    }
    parseJson(req, text, done);
  });
}
