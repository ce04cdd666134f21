import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/api/options.ts';
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  SensitivityResultSchema,
  SimulationResultSchema,
} from '../../src/api/schemas/uncertainty.ts';
import { sensitivity, simulate } from '../../src/uncertainty/index.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';
import { TINY_SCENARIO, expectProblem, post, testApp } from './helpers.ts';

const app = testApp({ workerThreads: 1 });
afterAll(() => app.close());

/** The JSON the API should answer for a core result (what crosses the wire). */
const wire = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('POST /api/simulate', () => {
  it('answers the core result for the body, in a worker; the same seed gives the same bytes', async () => {
    const body = { scenario: TINY_SCENARIO, draws: 200, seed: 7 };
    const a = await post(app, '/api/simulate', body);
    expect(a.statusCode, a.body).toBe(200);
    expect(a.headers['content-type']).toMatch(/^application\/json/);
    const b = await post(app, '/api/simulate', body);
    expect(b.body).toBe(a.body);
    const pack = tinyPack();
    const { model: _model, ...spec } = TINY_SCENARIO;
    expect(a.json()).toEqual(wire(simulate(pack, resolveOk(pack, spec), { draws: 200, seed: 7 })));
    // Another seed, other draws.
    const c = await post(app, '/api/simulate', { ...body, seed: 8 });
    expect(c.statusCode).toBe(200);
    expect(c.body).not.toBe(a.body);
  });

  it('echoes seed and draws; P(met) is a share within its Wilson interval; counts add up to the draws', async () => {
    const r = await post(app, '/api/simulate', { scenario: { model: 'tiny' }, draws: 300, seed: 123 });
    expect(r.statusCode, r.body).toBe(200);
    const sim = SimulationResultSchema.parse(r.json());
    expect(sim.seed).toBe(123);
    expect(sim.draws).toBe(300);
    expect(sim.modelId).toBe('tiny');
    expect(sim.years).toEqual([2020, 2021, 2022]);
    expect(sim.targets.length).toBeGreaterThan(0);
    for (const t of sim.targets) {
      expect(t.pMet).toBeGreaterThanOrEqual(0);
      expect(t.pMet).toBeLessThanOrEqual(1);
      expect(t.interval.lo).toBeLessThanOrEqual(t.pMet);
      expect(t.interval.hi).toBeGreaterThanOrEqual(t.pMet);
      expect(Object.values(t.counts).reduce((x, y) => x + y, 0)).toBe(300);
      expect(t.pMet).toBe(t.counts.met / 300);
    }
    for (const s of sim.series)
      for (const y of s.years) {
        expect(y.p05).toBeLessThanOrEqual(y.p50);
        expect(y.p50).toBeLessThanOrEqual(y.p95);
      }
    for (const h of sim.histograms) {
      expect(h.year).toBe(2022);
      expect(h.counts.reduce((x, y) => x + y, 0)).toBe(300);
    }
  });

  it(`defaults to seed ${DEFAULT_SEED} and ${DEFAULT_DRAWS} draws`, async () => {
    const r = await post(app, '/api/simulate', { scenario: { model: 'tiny' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ seed: DEFAULT_SEED, draws: DEFAULT_DRAWS });
  });

  it('with spreadScale 0 every draw is the deterministic run: P(met) is 0 or 1 as the scorecard says', async () => {
    const r = await post(app, '/api/simulate', {
      scenario: TINY_SCENARIO,
      draws: 100,
      seed: 1,
      spreadScale: 0,
    });
    expect(r.statusCode, r.body).toBe(200);
    const sim = SimulationResultSchema.parse(r.json());
    expect(sim.spreads.growth.sd).toEqual({ I: 0, II: 0, III: 0, T: 0 });
    for (const t of sim.targets)
      if (t.deterministic.status !== 'not-modelled')
        expect(t.pMet, t.id).toBe(t.deterministic.status === 'met' ? 1 : 0);
    for (const s of sim.series)
      for (const y of s.years) {
        expect(y.p05, `${s.key} ${y.year}`).toBeCloseTo(y.deterministic, 9);
        expect(y.p95, `${s.key} ${y.year}`).toBeCloseTo(y.deterministic, 9);
      }
    // Half the spreads: a narrower band than the full ones, same seed.
    const full = SimulationResultSchema.parse(
      (await post(app, '/api/simulate', { scenario: TINY_SCENARIO, draws: 300, seed: 1 })).json(),
    );
    const half = SimulationResultSchema.parse(
      (
        await post(app, '/api/simulate', { scenario: TINY_SCENARIO, draws: 300, seed: 1, spreadScale: 0.5 })
      ).json(),
    );
    const width = (x: typeof full) => {
      const g = x.series.find((s) => s.key === 'growth')!.years.at(-1)!;
      return g.p95 - g.p05;
    };
    expect(width(half)).toBeLessThan(width(full));
  });

  it.each([
    ['0', 0, 'out_of_range'],
    ['"abc"', 'abc', 'invalid_type'],
    ['60000', 60_000, 'out_of_range'],
    ['99', 99, 'out_of_range'],
    ['100.5', 100.5, 'invalid_type'],
    ['1000000', 1_000_000, 'out_of_range'],
  ])('refuses draws %s with a 400 problem naming draws', async (_label, draws, code) => {
    const body = expectProblem(await post(app, '/api/simulate', { scenario: { model: 'tiny' }, draws }), 400);
    expect(body.type).toBe('urn:plancast:problem:invalid-request');
    expect(body.problems).toHaveLength(1);
    expect(body.problems[0]).toMatchObject({ code, path: ['draws'], value: draws });
    expect(body.problems[0]!.message).toContain('draws');
    if (code === 'out_of_range') {
      expect(body.problems[0]!.allowed).toContain(`${LIMITS.minDraws} to ${LIMITS.maxDraws}`);
      expect(body.detail).toContain(`${LIMITS.minDraws} to ${LIMITS.maxDraws}`);
    }
  });

  it('refuses a bad seed or spreadScale, unknown fields, and scenario problems under `scenario`', async () => {
    const seed = expectProblem(
      await post(app, '/api/simulate', { scenario: { model: 'tiny' }, seed: -1 }),
      400,
    );
    expect(seed.problems[0]).toMatchObject({ code: 'out_of_range', path: ['seed'], value: -1 });
    const scale = expectProblem(
      await post(app, '/api/simulate', { scenario: { model: 'tiny' }, spreadScale: 4 }),
      400,
    );
    expect(scale.problems[0]).toMatchObject({ path: ['spreadScale'] });
    const extra = expectProblem(
      await post(app, '/api/simulate', { scenario: { model: 'tiny' }, workers: 8 }),
      400,
    );
    expect(extra.problems[0]).toMatchObject({ code: 'unknown_field', path: ['workers'] });
    expectProblem(await post(app, '/api/simulate', { draws: 100 }), 400);
    const range = expectProblem(
      await post(app, '/api/simulate', { scenario: { model: 'tiny', assumptions: { growth: { I: 99 } } } }),
      400,
    );
    expect(range.problems[0]).toMatchObject({ path: ['scenario', 'assumptions', 'growth', 'I'] });
    const year = expectProblem(
      await post(app, '/api/simulate', { scenario: { model: 'tiny', asOf: 2040 } }),
      422,
    );
    expect(year.problems[0]).toMatchObject({ path: ['scenario', 'asOf'] });
    const model = expectProblem(await post(app, '/api/simulate', { scenario: { model: 'nope' } }), 422);
    expect(model.problems[0]).toMatchObject({ path: ['scenario', 'model'] });
  });

  it('stops a simulation past the deadline with a 503 busy problem and Retry-After', async () => {
    const quick = testApp({ workerThreads: 1, heavyDeadlineMs: 100 });
    try {
      const r = await post(quick, '/api/simulate', { scenario: { model: 'tiny' }, draws: LIMITS.maxDraws });
      const body = expectProblem(r, 503);
      expect(body.type).toBe('urn:plancast:problem:busy');
      expect(body.detail).toContain('100 ms');
      expect(r.headers['retry-after']).toBeDefined();
    } finally {
      await quick.close();
    }
  });

  it(`keeps GET /api/health fast while a ${LIMITS.maxDraws}-draw simulation runs`, async () => {
    await app.heavyPool.warm();
    const t0 = performance.now();
    let settled = false;
    const sim = post(app, '/api/simulate', {
      scenario: TINY_SCENARIO,
      draws: LIMITS.maxDraws,
      seed: 5,
    }).finally(() => (settled = true));
    const times: number[] = [];
    let sawRunning = 0;
    while (!settled) {
      const t = performance.now();
      const r = await app.inject('/api/health');
      times.push(performance.now() - t);
      expect(r.statusCode).toBe(200);
      if (r.json().work.running === 1) sawRunning += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const res = await sim;
    const elapsed = performance.now() - t0;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ draws: LIMITS.maxDraws, seed: 5 });
    // Health was asked while the simulation ran, not only after it.
    expect(sawRunning, `polls ${times.length}, simulation ${elapsed.toFixed(0)} ms`).toBeGreaterThanOrEqual(
      3,
    );
    // Generous bounds: other test files run in parallel on a 2-core machine.
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(50);
    expect(times[times.length - 1]).toBeLessThan(500);
  }, 30_000);
});

describe('POST /api/sensitivity', () => {
  it('answers the core tornado rows for the scenario, in a worker', async () => {
    const r = await post(app, '/api/sensitivity', { scenario: TINY_SCENARIO });
    expect(r.statusCode, r.body).toBe(200);
    const pack = tinyPack();
    const { model: _model, ...spec } = TINY_SCENARIO;
    expect(r.json()).toEqual(wire(sensitivity(pack, resolveOk(pack, spec))));
    const s = SensitivityResultSchema.parse(r.json());
    expect(s.modelId).toBe('tiny');
    expect(s.steps.find((x) => x.id === 'icor')).toEqual({ id: 'icor', step: 0.5, unit: '' });
    expect(s.rows.length).toBeGreaterThan(0);
    for (const row of s.rows) {
      expect(row.deltaLow).toBeCloseTo(row.low - row.base, 12);
      expect(row.deltaHigh).toBeCloseTo(row.high - row.base, 12);
      expect(row.effect).toBe(Math.max(Math.abs(row.deltaLow), Math.abs(row.deltaHigh)));
      expect(row.flips).toBe(row.status.low !== row.status.base || row.status.high !== row.status.base);
    }
    // Tornado order: within a target, largest effect first; `top` is each target's first row.
    for (const top of s.top) {
      const rows = s.rows.filter((x) => x.target === top.target);
      expect(rows[0]).toMatchObject({ assumption: top.assumption, effect: top.effect });
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.effect).toBeLessThanOrEqual(rows[i - 1]!.effect);
    }
    // Raising sector I growth by 1 pp raises GRDP growth.
    const g = s.rows.find((x) => x.assumption === 'growth.I' && x.target === 'grdp-growth');
    expect(g?.deltaHigh).toBeGreaterThan(0);
    expect(g?.deltaLow).toBeLessThan(0);
    // The same body, the same bytes.
    expect((await post(app, '/api/sensitivity', { scenario: TINY_SCENARIO })).body).toBe(r.body);
  });

  it('refuses unknown fields (400) and scenario problems under `scenario`', async () => {
    const extra = expectProblem(
      await post(app, '/api/sensitivity', { scenario: { model: 'tiny' }, stepPp: 2 }),
      400,
    );
    expect(extra.problems[0]).toMatchObject({ code: 'unknown_field', path: ['stepPp'] });
    const missing = expectProblem(await post(app, '/api/sensitivity', {}), 400);
    expect(missing.problems[0]).toMatchObject({ path: ['scenario'] });
    const year = expectProblem(
      await post(app, '/api/sensitivity', { scenario: { model: 'tiny', asOf: 2040 } }),
      422,
    );
    expect(year.problems[0]).toMatchObject({ path: ['scenario', 'asOf'] });
  });
});

describe('OpenAPI of the uncertainty routes', () => {
  it('documents both bodies with examples and the draws range', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    const bodySchema = (url: string) => {
      const schema = doc.paths[url].post.requestBody.content['application/json'].schema;
      return schema.$ref ? doc.components.schemas[String(schema.$ref).split('/').pop()!] : schema;
    };
    for (const url of ['/api/simulate', '/api/sensitivity']) {
      const op = doc.paths[url].post;
      expect(op.summary, url).toBeTruthy();
      expect(op.description, url).toContain('curl');
      expect(bodySchema(url).examples.length, url).toBeGreaterThan(0);
      expect(op.responses['503'], url).toBeDefined();
      expect(op.responses['200'].content['application/json'].schema.$ref, url).toMatch(
        /Simulation|Sensitivity/,
      );
    }
    expect(bodySchema('/api/simulate').properties.draws).toMatchObject({
      minimum: LIMITS.minDraws,
      maximum: LIMITS.maxDraws,
    });
    expect(doc.info.description).toContain(`${LIMITS.minDraws} to ${LIMITS.maxDraws} draws`);
  });
});
