import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem, testApp } from './helpers.ts';

const app = testApp();
afterAll(() => app.close());

const post = (body: unknown) =>
  app.inject({
    method: 'POST',
    url: '/api/formula',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });

describe('POST /api/formula', () => {
  it('compiles a formula against a pack and evaluates it under the defaults', async () => {
    const r = await post({ model: 'tiny', formula: 'investment / grdpNominal * 100' });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as { result: string; reads: string[]; years: number[]; value: number[] };
    expect(body.result).toBe('path');
    expect(body.reads).toEqual(['grdpNominal', 'investment']);
    expect(body.value).toHaveLength(body.years.length);
    const g = await post({ model: 'tiny', formula: 'growth(grdpNominal, 2020, 2022)' });
    expect(typeof (g.json() as { value: unknown }).value).toBe('number');
  });

  it.each([
    ['x = 1', 3, 'assignment'],
    ['f(x) = x', 6, 'defining a function'],
    ['grdpNominal.constructor', 12, 'property access'],
    ['evaluate("1")', 1, 'unknown function'],
    ['nope * 2', 1, 'unknown series'],
    ['grdpNominal +', 14, 'syntax error'],
  ])('%s: 422 naming the field, the formula and the column', async (formula, column, what) => {
    const body = expectProblem(await post({ model: 'tiny', formula }), 422);
    expect(body.problems[0]!.path).toEqual(['formula']);
    expect(body.problems[0]!.value).toBe(formula);
    expect(String(body.problems[0]!.message)).toContain(`formula "${formula}" at column ${column}: ${what}`);
  });
});
