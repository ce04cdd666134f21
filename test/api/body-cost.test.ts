import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { jsonShapeExceeds } from '../../src/api/json-shape.ts';
import { LIMITS } from '../../src/api/options.ts';
import { ProjectBody } from '../../src/schema/api.ts';
import { MAX_PROBLEMS } from '../../src/schema/parse.ts';
import { expectProblem, post, testApp } from './helpers.ts';

/**
 * Issue 16, item 1: one client must not stall the server with a body under the size limit. The
 * timing checks are ratios to `JSON.parse` of the same 249 KB text, measured in the same process
 * (the least work any server does with such a body), with the best of several runs: never an
 * absolute duration.
 */

/** The reproduction of the issue: 20,000 wrong keys, 249 KB. */
function ampText(model = 'tiny'): string {
  const o: Record<string, string> = {};
  for (let i = 0; i < 20_000; i++) o[`i${i}`] = 'x';
  return JSON.stringify({ model, assumptions: { indicators: o } });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median cost of JSON.parse of the amp text, ms: the unit of the ratios below. */
function parseCost(text: string): number {
  return median(
    Array.from({ length: 7 }, () => {
      const t = performance.now();
      JSON.parse(text);
      return performance.now() - t;
    }),
  );
}

/** Bodies as wide as the limits allow, every value wrong: the most validation work a body can ask. */
function widestAllowed(): [string, string][] {
  const perObject = LIMITS.maxJsonMembers;
  const rows = Math.floor(LIMITS.maxJsonItems / 12) - 1;
  const nested = Object.fromEntries(
    Array.from({ length: rows }, (_, i) => [
      `i${i}`,
      Object.fromEntries(Array.from({ length: 10 }, (_, j) => [String(j), 'x'])),
    ]),
  );
  return [
    ['one wide object', JSON.stringify({ model: 'tiny', assumptions: { indicators: wide(perObject) } })],
    ['nested wide objects', JSON.stringify({ model: 'tiny', assumptions: { indicators: nested } })],
    ['unknown top-level keys', JSON.stringify({ model: 'tiny', ...wide(perObject - 1) })],
    [
      'wrong shocks',
      JSON.stringify({
        model: 'tiny',
        shocks: Array.from({ length: perObject }, () => ({ sector: 'X', year: 'y', sizePp: 'z' })),
      }),
    ],
  ];
}

function wide(n: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'x']));
}

describe('the shape of a JSON body, counted on its text', () => {
  const limits = { maxDepth: 3, maxMembers: 3, maxItems: 6 };

  it('counts members per container and items in all, exactly at the bounds', () => {
    expect(jsonShapeExceeds('{"a":[1,2,3],"b":{}}', limits)).toBeNull(); // 2 + 3 items
    expect(jsonShapeExceeds('[1,2,3,4]', limits)).toEqual({ kind: 'members', limit: 3 });
    expect(jsonShapeExceeds('{"a":[1,2,3],"b":[1]}', limits)).toBeNull(); // 6 items
    expect(jsonShapeExceeds('{"a":[1,2,3],"b":[1],"c":1}', limits)).toEqual({ kind: 'items', limit: 6 });
    expect(jsonShapeExceeds('[[[[]]]]', limits)).toEqual({ kind: 'depth', limit: 3 });
    // Commas and brackets inside strings, whitespace and empty containers do not count.
    expect(jsonShapeExceeds('[ "a,b,c,d,[[[[" , {} , [ ] ]', limits)).toBeNull();
  });

  it('states the limits of the API', () => {
    expect(LIMITS.maxJsonMembers).toBe(256);
    expect(LIMITS.maxJsonItems).toBe(2048);
  });
});

describe('the work of a refusal is bounded whatever the body', () => {
  const app = testApp();
  afterAll(() => app.close());

  it('refuses 20,000 wrong keys (249 KB) before parsing, for less than a JSON.parse of the body costs', async () => {
    const text = ampText();
    expect(text.length).toBeGreaterThan(240_000);
    expect(text.length).toBeLessThan(LIMITS.bodyLimitBytes);
    const body = expectProblem(await post(app, '/api/project', text), 400);
    expect(body.problems).toEqual([
      expect.objectContaining({
        code: 'too_large',
        allowed: `at most ${LIMITS.maxJsonMembers} members per object or array`,
      }),
    ]);
    const unit = parseCost(text);
    const costs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await post(app, '/api/project', text);
      costs.push(performance.now() - t);
    }
    // Before the fix: ~80× (every key validated, twice, and described). Now a linear scan: ~0.1×.
    expect(Math.min(...costs) / unit).toBeLessThan(1);
  });

  it.each(widestAllowed())(
    '%s: validated once, at most 50 problems, within a few JSON.parses of a 249 KB body',
    async (_name, text) => {
      expect(
        jsonShapeExceeds(text, {
          maxDepth: LIMITS.maxJsonDepth,
          maxMembers: LIMITS.maxJsonMembers,
          maxItems: LIMITS.maxJsonItems,
        }),
      ).toBeNull();
      const spy = vi.spyOn(ProjectBody, 'safeParse');
      try {
        const body = expectProblem(await post(app, '/api/project', text), 400);
        expect(body.problems.length).toBeGreaterThan(0);
        expect(body.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
        expect(body.detail.split('\n').length).toBeLessThanOrEqual(5);
        expect(spy).toHaveBeenCalledTimes(1); // was twice: fastify's validator, then again to describe
      } finally {
        spy.mockRestore();
      }
      const unit = parseCost(ampText());
      const costs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await post(app, '/api/project', text);
        costs.push(performance.now() - t);
      }
      // Measured 1.2-1.4× (the amp body's JSON.parse: 10-40 ms here, a 20,000-key object is slow to build).
      expect(Math.min(...costs) / unit).toBeLessThan(4);
    },
  );
});

describe('GET /api/health while 8 clients send the amp body at once (over 127.0.0.1)', () => {
  it('answers within a few JSON.parses of one such body, not after all of them are validated', async () => {
    const app = testApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const text = ampText();
      const unit = parseCost(text);
      const latencies: number[] = [];
      for (let round = 0; round < 3; round++) {
        const floods = Array.from({ length: 8 }, () =>
          fetch(`${url}/api/project`, {
            method: 'POST',
            body: text,
            headers: { 'content-type': 'application/json' },
          }).then((r) => r.status),
        );
        // Once the bodies are on their way, ask for health and time it.
        await new Promise((resolve) => setTimeout(resolve, 5));
        const t = performance.now();
        const health = await fetch(`${url}/api/health`);
        latencies.push(performance.now() - t);
        expect(health.status).toBe(200);
        expect(await Promise.all(floods)).toEqual(Array(8).fill(400));
      }
      // Before the fix: 8 × ~200 ms of validation ahead of it (1.59 s, ~50 parses). Now 0.04-0.33.
      expect(Math.min(...latencies) / unit).toBeLessThan(5);
    } finally {
      await app.close();
    }
  }, 60_000);
});
