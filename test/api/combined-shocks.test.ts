import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem, post, testApp } from './helpers.ts';

const app = testApp();
afterAll(() => app.close());

/** Ten shocks of -50 pp on sector II in 2021: each in range, together -500 pp (issue 16, item 2). */
const TEN = {
  model: 'tiny',
  shocks: Array.from({ length: 10 }, () => ({ sector: 'II', year: 2021, sizePp: -50 })),
};

describe('combined shocks that take a level to zero or below', () => {
  it.each([
    ['/api/project', TEN],
    ['/api/solve', { scenario: TEN, target: 'grdp-growth' }],
    ['/api/solve', { scenario: TEN, each: true }],
    ['/api/simulate', { scenario: TEN, draws: 100, seed: 1 }],
    ['/api/sensitivity', { scenario: TEN }],
  ])('%s answers 422 naming the shocks and the year', async (url, body) => {
    const r = expectProblem(await post(app, url, body), 422);
    expect(r.type).toBe('urn:plancast:problem:unprocessable');
    const p = r.problems.find((x) => x.code === 'level_not_positive');
    expect(p, JSON.stringify(r)).toBeDefined();
    expect(p!.message).toContain('shocks.0');
    expect(p!.message).toContain('sector II');
    expect(p!.message).toContain('2021');
    expect(p!.path).toEqual(expect.arrayContaining(['shocks', 0]));
  });

  it('still runs shocks whose sum stays above -100 %', async () => {
    const body = { model: 'tiny', shocks: [{ sector: 'II', year: 2021, sizePp: -50 }] };
    const r = await post(app, '/api/project', body);
    expect(r.statusCode, r.body).toBe(200);
    const series = (r.json() as { series: Record<string, unknown> }).series;
    for (const key of ['grdpReal', 'grdpNominal', 'perCapita'])
      for (const v of series[key] as unknown[]) expect(v, key).toBeGreaterThan(0);
  });
});
