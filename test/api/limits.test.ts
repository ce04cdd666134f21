import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { LIMITS } from '../../src/api/options.ts';
import { HttpProblem } from '../../src/api/problems.ts';
import { TINY_SCENARIO, expectProblem, fixtureDirs, post, testApp, lineCollector } from './helpers.ts';

describe('rate limit', () => {
  it('answers 429 problem+json with Retry-After past the per-client limit', async () => {
    const app = testApp({ rateLimit: { max: 3 } });
    for (let i = 0; i < 3; i++) expect((await app.inject('/api/health')).statusCode).toBe(200);
    const r = await app.inject('/api/health');
    const body = expectProblem(r, 429);
    expect(body.type).toBe('urn:plancast:problem:rate-limited');
    expect(body.problems[0]).toMatchObject({ code: 'rate_limited', allowed: '3 per 60 s' });
    expect(r.headers['retry-after']).toBeDefined();
    // Another client still gets through.
    expect((await app.inject({ url: '/api/health', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
    await app.close();
  });

  it('exempts the allow-list (loopback in tests and the load test)', async () => {
    const app = testApp({ rateLimit: { max: 1, allowList: ['127.0.0.1'] } });
    for (let i = 0; i < 5; i++) expect((await app.inject('/api/health')).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/health', remoteAddress: '10.0.0.3' })).statusCode).toBe(200);
    expectProblem(await app.inject({ url: '/api/health', remoteAddress: '10.0.0.3' }), 429);
    await app.close();
  });

  it('counts every request: unknown paths and the page too, one budget per client', async () => {
    const app = testApp({ rateLimit: { max: 3 } });
    const from = { remoteAddress: '10.0.0.4' };
    const project = () =>
      app.inject({ method: 'POST', url: '/api/project', payload: TINY_SCENARIO, ...from });
    expect((await app.inject({ url: '/api/nowhere', ...from })).statusCode).toBe(404);
    expect((await app.inject({ url: '/', ...from })).statusCode).not.toBe(429);
    expect((await project()).statusCode).toBe(200);
    expectProblem(await app.inject({ url: '/api/health', ...from }), 429);
    expectProblem(await project(), 429);
    await app.close();
  });

  it('defaults to 600 requests per minute', async () => {
    const app = testApp({ rateLimit: {} });
    expect((await app.inject('/api/health')).headers['x-ratelimit-limit']).toBe(
      String(LIMITS.rateLimitPerMinute),
    );
    await app.close();
  });
});

describe('nesting limit', () => {
  it('refuses a body nested deeper than the limit before parsing it', async () => {
    const app = testApp();
    const deep = `{"model":"tiny","name":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const t = performance.now();
    const body = expectProblem(await post(app, '/api/project', deep), 400);
    expect(performance.now() - t).toBeLessThan(500);
    expect(body.problems[0]!.allowed).toBe(`at most ${LIMITS.maxJsonDepth} levels`);
    // Brackets inside strings do not count.
    const named = { ...TINY_SCENARIO, name: { vi: '['.repeat(100), en: '{'.repeat(100) } };
    expect((await post(app, '/api/project', named)).statusCode).toBe(200);
    await app.close();
  });
});

describe('logging', () => {
  it('logs one line per request and never the body', async () => {
    const { lines, stream } = lineCollector();
    const app = buildApp({ ...fixtureDirs(), rateLimit: false, logger: { level: 'info', stream } });
    const marker = 'BODY-MARKER-42';
    await post(app, '/api/project', { ...TINY_SCENARIO, name: { vi: marker, en: marker } });
    await post(app, '/api/project', { model: marker });
    await app.inject('/api/health');
    const requests = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'request');
    expect(requests.map((r) => r.status)).toEqual([200, 422, 200]);
    expect(lines.join('\n')).not.toContain(marker);
    await app.close();
  });
});

describe('heavy-work pool', () => {
  const app = testApp({ workerThreads: 1 });
  afterAll(() => app.close());

  it('keeps /api/health fast while a worker is busy', async () => {
    await app.heavyPool.warm();
    const busy = app.heavyPool.run({ kind: 'spin', ms: 1500 }, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      const r = await app.inject('/api/health');
      times.push(performance.now() - t);
      expect(r.json().work.running).toBe(1);
    }
    // Generous bounds: other test files run in parallel on a 2-core machine.
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(50);
    expect(times[times.length - 1]).toBeLessThan(500);
    await busy;
  });

  it('stops work past its deadline with a 503 busy problem', async () => {
    const t = performance.now();
    const err = await app.heavyPool.run({ kind: 'spin', ms: 5000 }, 200).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpProblem);
    expect((err as HttpProblem).statusCode).toBe(503);
    expect((err as HttpProblem).headers['retry-after']).toBeDefined();
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('refuses work beyond the queue bound instead of queueing forever', async () => {
    const tasks = Array.from({ length: LIMITS.maxQueuedHeavy + 3 }, () =>
      app.heavyPool.run({ kind: 'spin', ms: 200 }, 20_000).then(
        () => 'ok',
        (e: unknown) => (e instanceof HttpProblem ? e.kind : 'other'),
      ),
    );
    const results = await Promise.all(tasks);
    expect(results).toContain('busy');
    expect(results).not.toContain('other');
  }, 30_000);
});
