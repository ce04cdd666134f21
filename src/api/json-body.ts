import type { FastifyInstance, FastifyRequest } from 'fastify';
import { jsonShapeExceeds, type JsonShapeExcess } from './json-shape.ts';
import { LIMITS } from './options.ts';
import { HttpProblem } from './problems.ts';

/**
 * Installs the `application/json` parser of `scope` (fastify's own, with its prototype-poisoning
 * checks): the body text is kept on `req.rawJson`, absurd nesting or width is refused before `JSON.parse`.
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
    // Refuse absurd nesting and width before JSON.parse and validation: a 256 KiB `[[[[…` costs ~40 ms
    // to parse and describe, 20,000 wrong keys ~200 ms to validate; the scan costs ~0.3 ms.
    const excess = jsonShapeExceeds(text, JSON_SHAPE);
    if (excess !== null) {
      const { message, allowed } = describeExcess(excess);
      // Too deep is refused as JSON (JSON.parse itself would overflow); too wide is well-formed JSON.
      const kind = excess.kind === 'depth' ? 'invalid-json' : 'invalid-request';
      done(new HttpProblem(kind, message, [{ code: 'too_large', path: [], message, allowed }]), undefined);
      return;
    }
    parseJson(req, text, done);
  });
}

const JSON_SHAPE = {
  maxDepth: LIMITS.maxJsonDepth,
  maxMembers: LIMITS.maxJsonMembers,
  maxItems: LIMITS.maxJsonItems,
};

function describeExcess({ kind, limit }: JsonShapeExcess): { message: string; allowed: string } {
  switch (kind) {
    case 'depth':
      return {
        message: `the body nests arrays or objects deeper than ${limit} levels`,
        allowed: `at most ${limit} levels`,
      };
    case 'members':
      return {
        message: `an object or array of the body has more than ${limit} members`,
        allowed: `at most ${limit} members per object or array`,
      };
    case 'items':
      return {
        message: `the body has more than ${limit} members and elements in all`,
        allowed: `at most ${limit} members and elements in all`,
      };
  }
}
