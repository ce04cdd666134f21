import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { PlancastError, describeValue, type Problem } from '../core/problems.ts';
import { MAX_PROBLEMS, problemsFromZod } from '../schema/parse.ts';
import type { ProblemDetails, ProblemItem } from '../schema/api.ts';
import type { RouteMethods } from './route-methods.ts';

/** Kinds of refusal the API answers with; each is a problem `type` `urn:plancast:problem:<kind>`. */
export const PROBLEM_KINDS = {
  'invalid-request': { status: 400, title: 'The request does not match its schema' },
  'invalid-json': { status: 400, title: 'The body is not valid JSON' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  'body-too-large': { status: 413, title: 'The body is too large' },
  'uri-too-long': { status: 414, title: 'The URL is too long' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  unprocessable: { status: 422, title: 'The scenario cannot be run as written' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
  busy: { status: 503, title: 'The server is busy or the work took too long' },
} as const;
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** A refusal on its way to the client: kind (hence status and title), a detail line and the problems. */
export class HttpProblem extends Error {
  readonly kind: ProblemKind;
  readonly statusCode: number;
  readonly problems: Problem[];
  readonly headers: Record<string, string>;

  constructor(
    kind: ProblemKind,
    detail: string,
    problems: Problem[] = [],
    headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    this.kind = kind;
    this.statusCode = PROBLEM_KINDS[kind].status;
    this.problems = problems;
    this.headers = headers;
  }
}

/** A PlancastError from the core or the loaders as an HTTP problem: unknown things → 404, else 422. */
export function fromPlancastError(err: PlancastError, notFound = false): HttpProblem {
  const kind: ProblemKind = notFound ? 'not-found' : 'unprocessable';
  return new HttpProblem(kind, err.message, err.problems);
}

const MAX_SHOWN_STRING = 200;

/** Echoes only scalars back (bounded strings): never a huge or deeply nested blob, never a non-finite number. */
function safeItem(p: Problem): ProblemItem {
  const item: ProblemItem = { code: p.code, path: p.path.slice(0, 32), message: p.message.slice(0, 1000) };
  const v = p.value;
  if (typeof v === 'string')
    item.value = v.length > MAX_SHOWN_STRING ? `${v.slice(0, MAX_SHOWN_STRING)}...` : v;
  else if (typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v)))
    item.value = v;
  if (p.allowed !== undefined) item.allowed = p.allowed;
  return item;
}

/** Builds the RFC 9457 body of a problem. */
export function problemBody(problem: HttpProblem, instance?: string): ProblemDetails {
  const { status, title } = PROBLEM_KINDS[problem.kind];
  const body: ProblemDetails = {
    type: `urn:plancast:problem:${problem.kind}`,
    title,
    status,
    detail: problem.message.split('\n').slice(0, 5).join('\n').slice(0, 2000),
    problems: problem.problems.slice(0, MAX_PROBLEMS).map(safeItem),
  };
  if (instance !== undefined) body.instance = instance.slice(0, 500);
  return body;
}

/** Sends a problem as `application/problem+json` (own serializer: never the route's 2xx schema). */
export function sendProblem(reply: FastifyReply, problem: HttpProblem): FastifyReply {
  const body = problemBody(problem, reply.request.url);
  for (const [k, v] of Object.entries(problem.headers)) reply.header(k, v);
  return reply.code(body.status).type('application/problem+json').serializer(JSON.stringify).send(body);
}

/**
 * The route's zod schema as fastify's validator (one `safeParse`, as fastify-type-provider-zod's
 * does), with refusals described by `problemsFromZod` so the API names fields, values and ranges
 * in exactly the CLI's words. The first MAX_PROBLEMS problems only: the work of a refusal stays
 * bounded however many values are wrong.
 */
export const problemValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const part = route.httpPart ?? 'body';
  return (data: unknown) => {
    const parsed = route.schema.safeParse(data);
    if (parsed.success) return { value: parsed.data };
    const problems = problemsFromZod(parsed.error.issues, data, []);
    const detail =
      problems.map((p) => `${part}: ${p.message}`).join('\n') || `${part} does not match its schema`;
    return { error: new HttpProblem('invalid-request', detail, problems) };
  };
};

/** Maps fastify's own client errors (parsing, content type, size) to problem kinds. */
const FASTIFY_CODES: Record<string, [ProblemKind, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid-json', 'invalid_json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid-json', 'invalid_json'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported-media-type', 'invalid_value'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['invalid-request', 'invalid_value'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['body-too-large', 'too_large'],
  FST_ERR_CTP_EMPTY_TYPE: ['unsupported-media-type', 'invalid_value'],
  FST_ERR_CTP_INVALID_TYPE: ['unsupported-media-type', 'invalid_value'],
};

/** Turns anything thrown in a request into an HttpProblem; unknown errors become `internal`. */
export function toHttpProblem(err: unknown, bodyLimit: number): HttpProblem {
  if (err instanceof HttpProblem) return err;
  if (err instanceof PlancastError) return fromPlancastError(err);
  const e = err as Partial<FastifyError> & { name?: string };
  const mapped = e.code ? FASTIFY_CODES[e.code] : undefined;
  if (mapped) {
    const [kind, code] = mapped;
    const message =
      kind === 'body-too-large' ? `the body is larger than ${bodyLimit} bytes` : String(e.message);
    const allowed =
      kind === 'body-too-large'
        ? `at most ${bodyLimit} bytes`
        : kind === 'unsupported-media-type'
          ? 'application/json'
          : undefined;
    return new HttpProblem(kind, message, [{ code, path: [], message, ...(allowed ? { allowed } : {}) }]);
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500 && !(e.name === 'ResponseSerializationError')) {
    const kind: ProblemKind =
      status === 404
        ? 'not-found'
        : status === 403 // the static files refuse a name too long for the file system
          ? 'forbidden'
          : status === 414
            ? 'uri-too-long'
            : status === 429
              ? 'rate-limited'
              : status === 413
                ? 'body-too-large'
                : 'invalid-request';
    const message = String(e.message ?? 'bad request');
    const p = new HttpProblem(kind, message, [{ code: 'invalid_value', path: [], message }]);
    return Object.assign(p, { statusCode: status });
  }
  return new HttpProblem('internal', 'an unexpected error occurred; it has been logged');
}

/** The app's error handler: every refusal a problem body; genuine bugs logged and answered 500. */
export function errorHandler(bodyLimit: number) {
  return (err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const problem = toHttpProblem(err, bodyLimit);
    if (problem.kind === 'internal') request.log.error({ err }, 'unhandled error');
    const body = problemBody(problem, request.url);
    body.status = problem.statusCode;
    for (const [k, v] of Object.entries(problem.headers)) reply.header(k, v);
    return reply
      .code(problem.statusCode)
      .type('application/problem+json')
      .serializer(JSON.stringify)
      .send(body);
  };
}

/**
 * 404 for any unknown route, as a problem; 405 with `Allow` for a known path asked with another
 * method (`methods` knows every route's methods).
 */
export function notFoundHandler(methods: RouteMethods) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    const allowed = methods.allowed(request.url);
    if (allowed.length > 0) {
      const message = `${describeValue(path)} does not answer ${request.method}; allowed ${allowed.join(', ')}`;
      return sendProblem(
        reply,
        new HttpProblem(
          'method-not-allowed',
          message,
          [
            {
              code: 'method_not_allowed',
              path: [],
              value: request.method,
              allowed: allowed.join(', '),
              message,
            },
          ],
          { allow: allowed.join(', ') },
        ),
      );
    }
    const message = `no route ${request.method} ${describeValue(path)}`;
    return sendProblem(
      reply,
      new HttpProblem('not-found', message, [{ code: 'not_found', path: [], message }]),
    );
  };
}

/**
 * 414 for a URL longer than `maxLength`, whichever route it names (the static files would answer a
 * long name with a 403 and the page's headers). An onRequest hook of the root: before any route's
 * own hooks, rate limit included.
 */
export function urlLengthHook(maxLength: number) {
  return (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (request.url.length <= maxLength) return done();
    const message = `the URL is ${request.url.length} characters long; allowed at most ${maxLength}`;
    reply.isPage = false;
    sendProblem(
      reply,
      new HttpProblem('uri-too-long', message, [
        { code: 'too_large', path: [], message, allowed: `at most ${maxLength} characters` },
      ]),
    );
  };
}
