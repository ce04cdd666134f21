import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ResolvedOptions } from './options.ts';
import { HttpProblem } from './problems.ts';

/**
 * The per-client request limit (@fastify/rate-limit, its in-memory store) on every request, pages
 * and unknown paths included, as one global hook. Allow-listed addresses (loopback for the load
 * test, a trusted dashboard) are let through by a Set lookup before the limiter: the limiter's own
 * allow-list check runs inside an async hook with its key generator, a promise per request, ~20 µs
 * of a cached answer's ~100 µs. Everything else goes through the limiter unchanged.
 */
export function registerRateLimit(
  app: FastifyInstance,
  rl: Exclude<ResolvedOptions['rateLimit'], false>,
): void {
  app.register(fastifyRateLimit, {
    // Not per route: the hook below applies it to every request.
    global: false,
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
  app.after(() => {
    const limit = app.rateLimit();
    const exempt = new Set(rl.allowList);
    app.addHook('onRequest', (req, reply, done) => {
      if (exempt.has(req.ip)) return done();
      limit.call(app, req, reply).then(() => done(), done);
    });
  });
}
