import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { API_HEADERS } from '../../src/api/app.ts';
import { LIMITS } from '../../src/api/options.ts';
import { expectProblem, testApp } from './helpers.ts';

/** Issue 16, item 5. The page is built here (a one-line index.html), so the static files answer too. */
const webDir = mkdtempSync(path.join(tmpdir(), 'plancast-web-'));
writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>plancast</title>');
const app = testApp({ webDir });
afterAll(() => app.close());

const expectApiHeaders = (headers: Record<string, unknown>) => {
  for (const [k, v] of Object.entries(API_HEADERS)) expect(headers[k], k).toBe(v);
};

describe('a URL too long', () => {
  it.each([
    ['/', 2_000],
    ['/', 5_000],
    ['/api/models/', 2_000],
    ['/api/health?x=', 9_000],
    ['/docs/', 3_000],
  ])('%s + %i characters: 414 uri-too-long with the API headers', async (base, n) => {
    const r = await app.inject(base + 'a'.repeat(n));
    const body = expectProblem(r, 414);
    expect(body.type).toBe('urn:plancast:problem:uri-too-long');
    expect(body.problems[0]).toMatchObject({ allowed: `at most ${LIMITS.maxUrlLength} characters` });
    expectApiHeaders(r.headers);
    expect(r.headers['strict-transport-security']).toBeUndefined();
  });

  it('a URL at the limit is routed as usual', async () => {
    const url = '/api/health?x=' + 'a'.repeat(LIMITS.maxUrlLength - '/api/health?x='.length);
    expect(url.length).toBe(LIMITS.maxUrlLength);
    expect((await app.inject(url)).statusCode).toBe(200);
  });

  it('a file name the static files refuse (403) is typed forbidden, not invalid-request', async () => {
    const body = expectProblem(await app.inject('/' + 'a'.repeat(600)), 403);
    expect(body.type).toBe('urn:plancast:problem:forbidden');
  });

  it('an unknown /api/ path is the API 404, with the API headers', async () => {
    const r = await app.inject('/api/nowhere');
    expect(expectProblem(r, 404).type).toBe('urn:plancast:problem:not-found');
    expectApiHeaders(r.headers);
  });
});

describe('a wrong method', () => {
  it.each([
    ['DELETE', '/api/health', 'GET, HEAD'],
    ['POST', '/api/health', 'GET, HEAD'],
    ['GET', '/api/project', 'POST'],
    ['PUT', '/api/project', 'POST'],
    ['DELETE', '/api/models/tiny', 'GET, HEAD'],
    ['PATCH', '/api/consistency', 'GET, HEAD, POST'],
  ] as const)('%s %s: 405 method-not-allowed with Allow: %s', async (method, url, allow) => {
    const r = await app.inject({ method, url });
    const body = expectProblem(r, 405);
    expect(body.type).toBe('urn:plancast:problem:method-not-allowed');
    expect(r.headers.allow).toBe(allow);
    expect(body.problems[0]).toMatchObject({ code: 'method_not_allowed', value: method, allowed: allow });
    expectApiHeaders(r.headers);
  });

  it('an unknown path is still a 404, whatever the method', async () => {
    expectProblem(await app.inject({ method: 'DELETE', url: '/api/nowhere' }), 404);
    expectProblem(await app.inject({ method: 'POST', url: '/api/models/tiny/elsewhere' }), 404);
  });
});

describe('/api/health counts queued work as queued', () => {
  it('one worker busy and two waiting: running 1, queued 2', async () => {
    const one = testApp({ workerThreads: 1 });
    try {
      await one.heavyPool.warm();
      const tasks = Array.from({ length: 3 }, () => one.heavyPool.run({ kind: 'spin', ms: 800 }, 10_000));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const work = (await one.inject('/api/health')).json().work as Record<string, number>;
      expect(work).toEqual({ threads: 1, queued: 2, running: 1 });
      await Promise.all(tasks);
      expect((await one.inject('/api/health')).json().work).toMatchObject({ queued: 0, running: 0 });
    } finally {
      await one.close();
    }
  }, 30_000);
});

describe('the page headers', () => {
  it.each(['/', '/docs'])(
    '%s: X-Frame-Options DENY as frame-ancestors says, no HSTS over plain HTTP',
    async (url) => {
      const r = await app.inject(url);
      expect(r.statusCode).toBeLessThan(400);
      if (url === '/')
        expect(String(r.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['strict-transport-security']).toBeUndefined();
    },
  );
});
