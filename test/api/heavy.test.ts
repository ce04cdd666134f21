import { afterAll, describe, expect, it } from 'vitest';
import {
  EachTargetRowSchema,
  GoalSeekResultSchema,
  MultiTargetResultSchema,
} from '../../src/api/schemas/solve.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import { project } from '../../src/model/project.ts';
import { withRequired } from '../../src/solve/required.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
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

  it("with each: true, every target's own lever value on its boundary, as `plancast run` shows it", async () => {
    const scenario = { model: 'tiny', assumptions: { growth: { II: 6 } } };
    const r = await post(app, '/api/solve', { scenario, each: true });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().mode).toBe('each');
    const rows = r.json().rows.map((x: unknown) => EachTargetRowSchema.parse(x));
    const pack = tinyPack();
    const resolved = resolveScenario(pack, scenario);
    if (!resolved.ok) throw new Error('tiny scenario');
    const expected = withRequired(pack, resolved.value, evaluate(pack, project(pack, resolved.value)));
    expect(rows.map((x: { id: string }) => x.id)).toEqual(pack.targets.map((t) => t.id));
    for (const [i, row] of rows.entries()) {
      expect(row.required, row.id).toEqual(expected[i]!.required);
      expect(row.status, row.id).toBe(expected[i]!.status);
    }
    // The growth target's answer agrees with a goal seek of that target alone.
    const one = await post(app, '/api/solve', { scenario, target: 'grdp-growth' });
    const g = rows.find((x: { id: string }) => x.id === 'grdp-growth')!;
    expect(g.required.value).toBeCloseTo(one.json().result.value, 9);
  });

  it('takes exactly one of target, all, each', async () => {
    const s = { model: 'tiny' };
    for (const body of [
      { scenario: s, each: true, all: true },
      { scenario: s, each: true, target: 'grdp-growth' },
      { scenario: s, each: true, lever: 'growth.all' },
      { scenario: s, each: true, levers: ['growth.all'] },
    ])
      expectProblem(await post(app, '/api/solve', body), 400);
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
