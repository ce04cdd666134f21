import type {
  FastifyInstance,
  FastifyBaseLogger,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ProblemDetails } from '../../schema/api.ts';
import type { Catalog } from '../catalog.ts';
import type { LibraryHandle } from '../library-handle.ts';
import type { ResolvedOptions } from '../options.ts';
import type { HeavyPool } from '../pool.ts';
import type { ResultCache } from '../result-cache.ts';

/** The fastify instance routes are written against: zod schemas give validation, types and OpenAPI. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every route module receives: the pack catalogue, the worker pool, the options, the answer cache. */
export interface RouteContext {
  catalog: Catalog;
  pool: HeavyPool;
  options: ResolvedOptions;
  /** Serialized answers of POST /api/project by exact body text. */
  resultCache: ResultCache;
  /** Set when the server starts closing: answers then end their keep-alive connection. */
  lifecycle: { closing: boolean };
  /** The scenario library (one connection for the life of the server). */
  library: LibraryHandle;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request does not match its schema (each problem names the field path, the value and what is allowed)',
  404: 'Unknown model pack, scenario or route',
  409: 'A newer version was saved since the one the edit started from, or the name is taken',
  413: 'The body is larger than the body limit',
  415: 'The content type is not application/json',
  422: 'The scenario is well-formed but cannot be run (a year outside the plan, an unknown indicator, another model)',
  429: 'Too many requests from this client; see Retry-After',
  503: 'The work queue is full or the work passed its deadline; see Retry-After',
};

/** OpenAPI entries for the problem answers a route can give (`application/problem+json`). */
export function problemResponses(...codes: (keyof typeof DESCRIPTIONS)[]) {
  return Object.fromEntries(
    [...codes, 429].map((code) => [
      code,
      {
        description: DESCRIPTIONS[code]!,
        content: { 'application/problem+json': { schema: ProblemDetails } },
      },
    ]),
  );
}

/** A curl line for a route's description (every route shows one in /docs). */
export function curlExample(method: 'GET' | 'POST', url: string, body?: string): string {
  const data = body ? ` -H 'content-type: application/json' -d '${body}'` : '';
  return `Example:\n\n\`\`\`\ncurl${method === 'POST' ? ' -X POST' : ''} http://127.0.0.1:3000${url}${data}\n\`\`\``;
}
