import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { Catalog } from './catalog.ts';
import { LIMITS, resolveOptions, type AppOptions } from './options.ts';
import { createHeavyPool } from './pool.ts';
import { HttpProblem, errorHandler, notFoundHandler, problemValidatorCompiler } from './problems.ts';
import { registerApiRoutes } from './routes/index.ts';
import type { RouteContext, ZodApp } from './routes/shared.ts';
import { ResultCache } from './result-cache.ts';
import { registerWeb } from './web.ts';
import { jsonDepthExceeds } from './json-depth.ts';

/** The Content-Security-Policy of the page: strict, with what vega-embed (rendering via vega-interpreter) needs. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  workerSrc: ["'self'", 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
  // The server speaks plain HTTP on loopback: upgrading its own requests to https would break the page.
  upgradeInsecureRequests: null,
};

/** Headers of every non-page answer (JSON, problems): OWASP's set for REST responses. */
export const API_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
} as const;

/** Routes that serve HTML or its assets (the page, the docs), as opposed to the JSON API. */
function isPageRoute(url: string): boolean {
  return url === '/' || url === '/*' || url === '/docs' || url.startsWith('/docs/');
}

function apiDescription(o: ReturnType<typeof resolveOptions>): string {
  return [
    'Projects a province five-year plan (model packs in models/) and scores its targets.',
    'Every refusal is an `application/problem+json` body (RFC 9457) whose `problems` list names each bad field: ' +
      '`code`, `path`, `message`, and `value` / `allowed` where they apply.',
    '',
    '**Limits**',
    `- request body: at most ${o.bodyLimit} bytes (413 above); JSON only (415 otherwise), nested at most ${LIMITS.maxJsonDepth} levels`,
    `- POST /api/simulate: ${LIMITS.minDraws} to ${LIMITS.maxDraws} draws per request`,
    '- years: those of the model pack (a year outside the plan is a 422)',
    o.rateLimit
      ? `- rate: ${o.rateLimit.max} requests per ${o.rateLimit.timeWindowMs / 1000} s per client IP (429 with Retry-After above)`
      : '- rate: not limited on this instance',
    `- heavy work (simulate, sensitivity, solve): run in worker threads, at most ${o.heavyDeadlineMs} ms per request ` +
      `and ${LIMITS.maxQueuedHeavy} queued requests (503 with Retry-After otherwise)`,
    `- the whole request must arrive within ${LIMITS.requestTimeoutMs} ms; idle connections close after ${LIMITS.connectionTimeoutMs} ms`,
  ].join('\n');
}

/**
 * Builds the HTTP app (fastify) without listening: routes, validation and OpenAPI from the zod
 * schemas, problem bodies for every refusal, helmet, rate limit, the page. Tests use `app.inject`.
 * @example const app = buildApp({ rateLimit: false }); const r = await app.inject('/api/health');
 */
export function buildApp(options: AppOptions = {}): FastifyInstance {
  const o = resolveOptions(options);
  const fastify = Fastify({
    logger: o.logger ?? false,
    // fastify's two lines per request are replaced by the single onResponse line below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: o.bodyLimit,
    requestTimeout: LIMITS.requestTimeoutMs,
    connectionTimeout: LIMITS.connectionTimeoutMs,
    keepAliveTimeout: LIMITS.keepAliveTimeoutMs,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: LIMITS.maxParamLength },
    // Errors fastify raises before routing (bad URL encoding, over-long parameter) are problems too.
    frameworkErrors: (err, req, reply) => errorHandler(o.bodyLimit)(err, req, reply),
  });
  const app: ZodApp = fastify.withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(problemValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler(o.bodyLimit));
  app.setNotFoundHandler(notFoundHandler);
  // JSON only (fastify would otherwise take text/plain bodies as strings), with the body text kept
  // on the request for the answer cache of POST /api/project.
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.decorateRequest('rawJson', null);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body as string;
    req.rawJson = text;
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

  const ctx: RouteContext = {
    catalog: new Catalog(o.modelsDir, o.scenariosDir),
    pool: createHeavyPool({ threads: o.workerThreads, maxQueue: LIMITS.maxQueuedHeavy }),
    options: o,
    resultCache: new ResultCache({
      maxEntries: o.resultCacheEntries,
      maxBytes: LIMITS.resultCacheBytes,
      maxKeyBytes: LIMITS.resultCacheMaxBodyBytes,
    }),
  };
  app.decorate('heavyPool', ctx.pool);
  app.addHook('onClose', async () => ctx.pool.close());
  // While closing, answers of in-flight requests end their keep-alive connection, so close() need not
  // wait for clients' idle timeouts.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_req, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  // One log line per request, no bodies.
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        url: req.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });

  // Security headers. The page and the docs get helmet's full set with the CSP above. Helmet builds its
  // middleware on every request (half the throughput of the API), so JSON answers get a fixed strict set
  // computed once instead: they are never rendered, so `default-src 'none'`.
  app.addHook('onRoute', (route) => {
    if (isPageRoute(route.url)) route.helmet = {};
  });
  app.register(fastifyHelmet, {
    global: false,
    contentSecurityPolicy: { useDefaults: true, directives: CSP_DIRECTIVES },
  });
  app.addHook('onRequest', (req, reply, done) => {
    if ((req.routeOptions.config as { helmet?: unknown }).helmet === undefined) reply.headers(API_HEADERS);
    done();
  });
  if (o.rateLimit) {
    const rl = o.rateLimit;
    app.register(fastifyRateLimit, {
      global: true,
      max: rl.max,
      timeWindow: rl.timeWindowMs,
      allowList: rl.allowList,
      errorResponseBuilder: (_req, c) => {
        const message = `more than ${c.max} requests in ${rl.timeWindowMs / 1000} s; retry in ${c.after}`;
        return new HttpProblem('rate-limited', message, [
          { code: 'rate_limited', path: [], message, allowed: `${c.max} per ${rl.timeWindowMs / 1000} s` },
        ]);
      },
    });
  }
  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'plancast API', version: '1', description: apiDescription(o) },
      tags: [
        { name: 'runs', description: 'Projections, solving, simulation, sensitivity' },
        { name: 'models', description: 'Model packs and their targets' },
        { name: 'scenarios', description: 'Shipped scenario files' },
        { name: 'meta', description: 'Health' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });
  app.register(async (scope) => registerApiRoutes(scope as ZodApp, ctx));
  app.register(async (scope) => registerWeb(scope as ZodApp, o.webDir));
  return fastify;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The JSON body as text (set by the JSON parser; null without a JSON body). */
    rawJson: string | null;
  }
  interface FastifyInstance {
    /** The worker pool of heavy work (exposed for tests and the load test). */
    heavyPool: import('./pool.ts').HeavyPool;
  }
}
