import fastifyHelmet from '@fastify/helmet';
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
import { errorHandler, notFoundHandler, problemValidatorCompiler, urlLengthHook } from './problems.ts';
import { RouteMethods } from './route-methods.ts';
import { pruneUnusedSchemas } from './openapi-prune.ts';
import { registerApiRoutes } from './routes/index.ts';
import type { RouteContext, ZodApp } from './routes/shared.ts';
import { ResultCache } from './result-cache.ts';
import { registerWeb } from './web.ts';
import { API_HEADERS } from './api-headers.ts';
import { installJsonParser } from './json-body.ts';
import { registerRateLimit } from './rate-limit.ts';
import { LibraryHandle } from './library-handle.ts';

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

export { API_HEADERS } from './api-headers.ts';

function apiDescription(o: ReturnType<typeof resolveOptions>): string {
  return [
    'Projects a province five-year plan (model packs in models/) and scores its targets.',
    'Every refusal is an `application/problem+json` body (RFC 9457) whose `problems` list names each bad field: ' +
      '`code`, `path`, `message`, and `value` / `allowed` where they apply.',
    '',
    '**Limits**',
    `- request body: at most ${o.bodyLimit} bytes (413 above); JSON only (415 otherwise), nested at most ${LIMITS.maxJsonDepth} levels, ` +
      `at most ${LIMITS.maxJsonMembers} members per object or array and ${LIMITS.maxJsonItems} in all (400 above)`,
    `- URL: at most ${LIMITS.maxUrlLength} characters (414 above)`,
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
    // Errors before routing (e.g. a malformed URL encoding) skip the hooks: give them the API headers here.
    frameworkErrors: (err, req, reply) => errorHandler(o.bodyLimit)(err, req, reply.headers(API_HEADERS)),
  });
  const app: ZodApp = fastify.withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(problemValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler(o.bodyLimit));
  // Every route's methods, for 405 with Allow instead of 404 (collected as the routes register).
  const methods = new RouteMethods();
  app.addHook('onRoute', (route) => methods.add(route.method, route.url));
  app.setNotFoundHandler(notFoundHandler(methods));
  // The first hook of every request: an over-long URL is a 414 before routing decides anything.
  app.addHook('onRequest', urlLengthHook(LIMITS.maxUrlLength));
  // JSON only (fastify would otherwise take text/plain bodies as strings), with the body text kept
  // on the request for the answer cache of POST /api/project.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('rawJson', null);
  installJsonParser(app);

  const ctx: RouteContext = {
    catalog: new Catalog(o.modelsDir, o.scenariosDir),
    pool: createHeavyPool({ threads: o.workerThreads, maxQueue: LIMITS.maxQueuedHeavy }),
    options: o,
    resultCache: new ResultCache({
      maxEntries: o.resultCacheEntries,
      maxBytes: LIMITS.resultCacheBytes,
      maxKeyBytes: LIMITS.resultCacheMaxBodyBytes,
    }),
    lifecycle: { closing: false },
    library: new LibraryHandle(o.libraryFile),
  };
  if (o.libraryFile !== undefined) ctx.library.get();
  app.addHook('onClose', async () => ctx.library.close());
  app.decorate('heavyPool', ctx.pool);
  app.decorate('resultCache', ctx.resultCache);
  app.addHook('onClose', async () => ctx.pool.close());
  // While closing, answers of in-flight requests end their keep-alive connection, so close() need not
  // wait for clients' idle timeouts.
  app.addHook('preClose', (done) => {
    ctx.lifecycle.closing = true;
    done();
  });

  // Every hook below runs on every request, so each is one cheap synchronous function: no async
  // wrappers, no `request.routeOptions` (a getter building an object per call).
  //
  // Security headers. The page and the docs (registered in their own scope below) get helmet's full
  // set with the CSP above and mark their reply `isPage`. Everything else (JSON, problems) gets a
  // fixed strict set: it is never rendered, so `default-src 'none'`.
  app.decorateReply('isPage', false);
  app.addHook('onSend', (_req, reply, payload, done) => {
    if (!reply.isPage) reply.headers(API_HEADERS);
    if (ctx.lifecycle.closing) reply.header('connection', 'close');
    done(null, payload);
  });

  // One log line per request, no bodies (only when a logger is configured).
  if (o.logger) {
    app.addHook('onResponse', (req, reply, done) => {
      req.log.info(
        {
          method: req.method,
          url: req.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request',
      );
      done();
    });
  }

  if (o.rateLimit) registerRateLimit(app, o.rateLimit);
  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'plancast API',
        version: '1',
        description: apiDescription(o),
        contact: { name: 'plancast maintainers' },
      },
      servers: [
        {
          url: 'http://127.0.0.1:{port}',
          description: 'a local server (`npm start`; PORT and HOST from the environment)',
          variables: { port: { default: '3000' } },
        },
      ],
      tags: [
        { name: 'runs', description: 'Projections, solving, simulation, sensitivity' },
        { name: 'models', description: 'Model packs and their targets' },
        { name: 'scenarios', description: 'Shipped scenario files' },
        { name: 'library', description: 'The scenario library: saved scenarios and their versions' },
        { name: 'meta', description: 'Health' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => pruneUnusedSchemas(jsonSchemaTransformObject(input)),
  });
  app.register(async (scope) => registerApiRoutes(scope as ZodApp, ctx));
  // The page and the docs: helmet (two hooks per request) only here, not on the API routes.
  app.register(async (pages) => {
    // An unknown /api/ path reaches the static files' catch-all: its 404 is the API's, with its headers.
    pages.addHook('onRequest', (req, reply, done) => {
      reply.isPage = !req.url.startsWith('/api/');
      done();
    });
    await pages.register(fastifyHelmet, {
      contentSecurityPolicy: { useDefaults: true, directives: CSP_DIRECTIVES },
      // As `frame-ancestors 'none'` says (helmet's default SAMEORIGIN would contradict it).
      xFrameOptions: { action: 'deny' },
      // The server speaks plain HTTP (loopback); HSTS over HTTP is ignored at best, wrong at worst.
      strictTransportSecurity: false,
    });
    await pages.register(fastifySwaggerUi, {
      routePrefix: '/docs',
      staticCSP: true,
      transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
    });
    await registerWeb(pages as ZodApp, o.webDir);
  });
  return fastify;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The JSON body as text (set by the JSON parser; null without a JSON body). */
    rawJson: string | null;
  }
  interface FastifyReply {
    /** Set on the page and the docs (helmet's headers); API answers get API_HEADERS instead. */
    isPage: boolean;
  }
  interface FastifyInstance {
    /** The worker pool of heavy work (exposed for tests and the load test). */
    heavyPool: import('./pool.ts').HeavyPool;
    /** The answer cache of POST /api/project (exposed for tests and the load test). */
    resultCache: ResultCache;
  }
}
