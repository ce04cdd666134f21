import { afterAll, describe, expect, it } from 'vitest';
import { API_HEADERS } from '../../src/api/app.ts';
import { TINY_SCENARIO, expectProblem, post, testApp } from './helpers.ts';

const app = testApp();
afterAll(() => app.close());
const cache = app.resultCache;

describe('the answer cache of POST /api/project (keyed on the body text)', () => {
  it('a hit sends the very bytes of the miss that filled it', async () => {
    const body = JSON.stringify({ ...TINY_SCENARIO, assumptions: { growth: { I: 11.5 } } });
    const before = { hits: cache.hits, misses: cache.misses };
    const miss = await post(app, '/api/project', body);
    const hit = await post(app, '/api/project', body);
    expect(miss.statusCode, miss.body).toBe(200);
    expect(cache.misses).toBe(before.misses + 1);
    expect(cache.hits).toBe(before.hits + 1);
    expect(hit.statusCode).toBe(200);
    expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
    for (const h of ['content-type', 'content-length', ...Object.keys(API_HEADERS)])
      expect(hit.headers[h], h).toBe(miss.headers[h]);
  });

  it('a hit carries the headers of a miss, the rate limit’s included', async () => {
    const limited = testApp({ rateLimit: { max: 50 } });
    const body = JSON.stringify({ ...TINY_SCENARIO, assumptions: { growth: { I: 10.5 } } });
    const miss = await post(limited, '/api/project', body);
    const hit = await post(limited, '/api/project', body);
    expect(limited.resultCache.hits).toBe(1);
    const names = (r: typeof miss) =>
      Object.keys(r.headers)
        .filter((h) => h !== 'date')
        .sort();
    expect(names(hit)).toEqual(names(miss));
    expect(hit.headers['x-ratelimit-limit']).toBe('50');
    expect([miss.headers['x-ratelimit-remaining'], hit.headers['x-ratelimit-remaining']]).toEqual([
      '49',
      '48',
    ]);
    expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
    await limited.close();
  });

  it('another body text is another key, even for the same JSON value', async () => {
    const value = { ...TINY_SCENARIO, assumptions: { growth: { I: 12.5 } } };
    const a = await post(app, '/api/project', JSON.stringify(value));
    const misses = cache.misses;
    const b = await post(app, '/api/project', JSON.stringify(value, null, 2));
    expect(cache.misses).toBe(misses + 1);
    expect(b.json()).toEqual(a.json());
    const c = await post(app, '/api/project', { ...value, assumptions: { growth: { I: 13.5 } } });
    expect(cache.misses).toBe(misses + 2);
    expect(c.json()).not.toEqual(a.json());
  });

  it('malformed, invalid or unrunnable bodies are refused every time and never stored', async () => {
    const size = cache.size;
    for (const [body, status] of [
      ['{"model":', 400],
      ['[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]', 400],
      [JSON.stringify({ ...TINY_SCENARIO, assumptions: { growth: { I: 'fast' } } }), 400],
      [JSON.stringify({ ...TINY_SCENARIO, model: 'nope' }), 422],
      [JSON.stringify({ model: 'tiny', assumptions: { growth: { I: { '2030': 5 } } } }), 422],
    ] as const) {
      const first = await post(app, '/api/project', body);
      const again = await post(app, '/api/project', body);
      expect([first.statusCode, again.statusCode], first.body).toEqual([status, status]);
      expectProblem(first, status);
      expect(again.body).toBe(first.body);
    }
    expect(cache.size).toBe(size);
  });

  it('answers ASCII-only JSON: non-ASCII characters as \\u escapes, the same value', async () => {
    const name = { vi: 'Kịch bản thử: tăng trưởng', en: 'Test' };
    const r = await post(app, '/api/project', { ...TINY_SCENARIO, name });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.body).toMatch(/^[\x20-\x7e]*$/);
    expect(r.body).toContain('\\u1ecb');
    expect(r.json().scenario.name).toEqual(name);
  });

  it('is off with resultCacheEntries 0: every answer is computed, the same bytes', async () => {
    const off = testApp({ resultCacheEntries: 0 });
    const body = JSON.stringify(TINY_SCENARIO);
    const [a, b] = [await post(off, '/api/project', body), await post(off, '/api/project', body)];
    expect(a.statusCode).toBe(200);
    expect(b.body).toBe(a.body);
    expect(off.resultCache.size).toBe(0);
    await off.close();
  });
});

describe('security headers', () => {
  it('API answers and problems carry the fixed strict set, not helmet’s page set', async () => {
    for (const r of [
      await app.inject('/api/health'),
      await post(app, '/api/project', JSON.stringify(TINY_SCENARIO)),
      await app.inject('/api/nowhere'),
      await post(app, '/api/project', '{"model":'),
      // A malformed URL encoding fails before routing, where no hook runs.
      await app.inject('/api/models/%E0%A4%A'),
    ]) {
      for (const [k, v] of Object.entries(API_HEADERS)) expect(r.headers[k], k).toBe(v);
      expect(r.headers['origin-agent-cluster']).toBeUndefined();
    }
  });

  it('the page and the docs get helmet’s set with the page CSP', async () => {
    for (const url of ['/', '/docs']) {
      const r = await app.inject(url);
      expect(r.headers['origin-agent-cluster'], url).toBe('?1');
      expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    }
  });
});
