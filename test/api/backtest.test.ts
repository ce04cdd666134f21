import { afterAll, describe, expect, it } from 'vitest';
import { backtest, BacktestResultSchema } from '../../src/backtest/index.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { MODELS_DIR, SCENARIOS_DIR } from '../../src/io/paths.ts';
import { loadScenario } from '../../src/io/load-scenario.ts';
import { simulate } from '../../src/uncertainty/index.ts';
import { post, testApp } from './helpers.ts';

// The shipped packs (the fixture folder holds only the tiny pack).
const app = testApp({ workerThreads: 1, modelsDir: MODELS_DIR, scenariosDir: SCENARIOS_DIR });
afterAll(() => app.close());

describe('GET /api/backtest', () => {
  it('answers the core backtest of the pack, the same bytes twice (cached)', async () => {
    const a = await app.inject({ method: 'GET', url: '/api/backtest?pack=ben-tre-2021-2025' });
    expect(a.statusCode, a.body).toBe(200);
    const r = BacktestResultSchema.parse(a.json());
    expect(r).toEqual(JSON.parse(JSON.stringify(backtest(loadModelPack('ben-tre-2021-2025')))));
    const b = await app.inject({ method: 'GET', url: '/api/backtest?pack=ben-tre-2021-2025' });
    expect(b.body).toBe(a.body);
  });

  it('Vinh Long: 200 with no origin and a note', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/backtest?pack=vinh-long-2026-2030' });
    expect(r.statusCode).toBe(200);
    expect(r.json().origins).toEqual([]);
  });

  it('an unknown pack is a 404 problem; an unknown query key a 400', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/backtest?pack=nowhere' });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    const q = await app.inject({ method: 'GET', url: '/api/backtest?model=x' });
    expect(q.statusCode).toBe(400);
  });
});

describe('POST /api/simulate: spreads and joint odds', () => {
  it("'spreads': design answers design calibration; absent answers the record for Ben Tre; a bad value is a 400 naming it", async () => {
    const pack = loadModelPack('ben-tre-2021-2025');
    const body = { scenario: { model: 'ben-tre-2021-2025' }, draws: 200, seed: 3 };
    const rec = await post(app, '/api/simulate', body);
    expect(rec.statusCode, rec.body).toBe(200);
    expect(rec.json().calibration.used).toBe('record');
    const core = simulate(pack, loadScenario('plan-midpoint', pack), { draws: 200, seed: 3 });
    expect(rec.json().joint).toEqual(JSON.parse(JSON.stringify(core.joint)));
    expect(rec.json().countMet.n).toBe(core.countMet.n);
    const des = await post(app, '/api/simulate', { ...body, spreads: 'design' });
    expect(des.json().calibration.used).toBe('design');
    const bad = await post(app, '/api/simulate', { ...body, spreads: 'guess' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/spreads/);
  });
});
