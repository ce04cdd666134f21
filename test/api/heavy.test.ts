import { afterAll, describe, expect, it } from 'vitest';
import { GoalSeekResultSchema, MultiTargetResultSchema } from '../../src/api/schemas/solve.ts';
import { consistency } from '../../src/targets/consistency.ts';
import { tinyPack } from '../helpers/tiny.ts';
import { expectProblem, post, testApp } from './helpers.ts';

const app = testApp({ workerThreads: 1 });
afterAll(() => app.close());

describe('GET|POST /api/consistency', () => {
  it('answers the report of src/targets/consistency.ts for the pack', async () => {
    const expected = JSON.parse(JSON.stringify(consistency(tinyPack())));
    const g = await app.inject('/api/consistency?model=tiny');
    expect(g.statusCode, g.body).toBe(200);
    expect(g.json()).toEqual(expected);
    const p = await post(app, '/api/consistency', { model: 'tiny' });
    expect(p.json()).toEqual(expected);
  });

  it('unknown packs: 404 by query, 422 in a body; unknown keys: 400', async () => {
    expectProblem(await app.inject('/api/consistency?model=nope'), 404);
    expect(
      expectProblem(await post(app, '/api/consistency', { model: 'nope' }), 422).problems[0],
    ).toMatchObject({ path: ['model'] });
    expectProblem(await app.inject('/api/consistency?model=tiny&x=1'), 400);
    expectProblem(await post(app, '/api/consistency', { model: 'tiny', extra: true }), 400);
  });
});

describe('POST /api/solve', () => {
  it('goal-seeks one target with one lever in a worker', async () => {
    const r = await post(app, '/api/solve', {
      scenario: { model: 'tiny' },
      target: 'grdp-growth',
      lever: 'growth.all',
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.mode).toBe('goal-seek');
    const result = GoalSeekResultSchema.parse(body.result);
    expect(result.target.id).toBe('grdp-growth');
    expect(result.reachable).toBe(true);
  });

  it('solves every modelled target with all: true', async () => {
    const r = await post(app, '/api/solve', { scenario: { model: 'tiny' }, all: true });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().mode).toBe('all');
    expect(MultiTargetResultSchema.parse(r.json().result).rows.length).toBeGreaterThan(0);
    expect(r.json().asOfReport).toEqual([]);
    const asOf = await post(app, '/api/solve', { scenario: { model: 'tiny', asOf: 2021 }, all: true });
    expect(asOf.statusCode, asOf.body).toBe(200);
    expect(asOf.json().asOfReport.length).toBeGreaterThan(0);
  });

  it("takes a clause for the target and defaults the lever to the target's own", async () => {
    const r = await post(app, '/api/solve', { scenario: { model: 'tiny' }, target: '1.a' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().result.target.id).toBe('grdp-growth');
    expect(r.json().result.lever.id).toBe(tinyPack().targets.find((t) => t.id === 'grdp-growth')!.lever);
    expect(r.json().otherTargets).toEqual([]);
  });

  it('refuses a missing target (400), unknown ids (422) and scenario problems under `scenario`', async () => {
    const missing = expectProblem(await post(app, '/api/solve', { scenario: { model: 'tiny' } }), 400);
    expect(missing.problems.map((p) => p.path)).toEqual([['target']]);
    const unknown = expectProblem(
      await post(app, '/api/solve', { scenario: { model: 'tiny' }, target: 'x', lever: 'growth.Z' }),
      422,
    );
    expect(unknown.problems.map((p) => p.path)).toEqual([['target'], ['lever']]);
    const range = expectProblem(
      await post(app, '/api/solve', {
        scenario: { model: 'tiny', assumptions: { growth: { I: 99 } } },
        all: true,
      }),
      400,
    );
    expect(range.problems[0]).toMatchObject({
      code: 'out_of_range',
      path: ['scenario', 'assumptions', 'growth', 'I'],
      value: 99,
    });
    const year = expectProblem(
      await post(app, '/api/solve', { scenario: { model: 'tiny', asOf: 2040 }, all: true }),
      422,
    );
    expect(year.problems[0]).toMatchObject({ path: ['scenario', 'asOf'] });
  });
});
