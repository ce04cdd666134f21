import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toRunResult } from '../../src/export/run-result.ts';
import { project } from '../../src/model/project.ts';
import { RunResultSchema } from '../../src/schema/api.ts';
import { parseWith } from '../../src/schema/parse.ts';
import { ScenarioSpec } from '../../src/schema/scenario.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';
import { TINY_SCENARIO, expectProblem, post, testApp } from './helpers.ts';

const app = testApp();
afterAll(() => app.close());

describe('GET routes', () => {
  it('GET /api/health answers ok with the work counters', async () => {
    const r = await app.inject('/api/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok', work: { threads: expect.any(Number), queued: 0 } });
  });

  it('GET /api/models lists the tiny pack with its counts', async () => {
    const r = await app.inject('/api/models');
    expect(r.statusCode).toBe(200);
    expect(r.json().models).toEqual([
      expect.objectContaining({
        id: 'tiny',
        baseYear: 2020,
        firstPlanYear: 2021,
        lastPlanYear: 2022,
        targets: tinyPack().targets.length,
      }),
    ]);
  });

  it('GET /api/models/:id gives model.json and the summary', async () => {
    const r = await app.inject('/api/models/tiny');
    expect(r.statusCode).toBe(200);
    expect(r.json().model).toEqual(JSON.parse(JSON.stringify(tinyPack().model)));
    expect(r.json().summary.id).toBe('tiny');
  });

  it('GET /api/models/:id/targets and /history', async () => {
    const t = await app.inject('/api/models/tiny/targets');
    expect(t.statusCode).toBe(200);
    expect(t.json()).toEqual(JSON.parse(JSON.stringify(tinyPack().targets)));
    const h = await app.inject('/api/models/tiny/history');
    expect(h.statusCode).toBe(200);
    expect(Object.keys(h.json())).toEqual(['history', 'actuals']);
  });

  it.each([
    '/api/models/nope',
    '/api/models/nope/targets',
    '/api/models/NOPE/history',
    '/api/models/..%2F..%2Fetc',
  ])('%s is a 404 problem', async (url) => {
    const body = expectProblem(await app.inject(url), 404);
    expect(body.type).toBe('urn:plancast:problem:not-found');
  });

  it('an over-long or badly encoded path is a 4xx problem', async () => {
    expectProblem(await app.inject(`/api/models/${'a'.repeat(150)}`), 414);
    expectProblem(await app.inject('/api/models/%E0%A4%A'), 400);
  });

  it('unknown model names the known ones', async () => {
    const body = expectProblem(await app.inject('/api/models/nope'), 404);
    expect(body.problems[0]).toMatchObject({ code: 'unknown_model', value: 'nope', allowed: 'tiny' });
  });

  it('GET /api/scenarios and /api/scenarios/:name', async () => {
    const list = await app.inject('/api/scenarios');
    expect(list.json()).toEqual({
      scenarios: [{ name: 'tiny-high', model: 'tiny', title: TINY_SCENARIO.name, description: null }],
    });
    const one = await app.inject('/api/scenarios/tiny-high');
    expect(one.json()).toEqual(TINY_SCENARIO);
    expectProblem(await app.inject('/api/scenarios/none'), 404);
  });

  it('unknown routes are 404 problems, wrong methods 405 with Allow', async () => {
    expectProblem(await app.inject('/api/nothing'), 404);
    const get = await app.inject({ method: 'GET', url: '/api/project' });
    expectProblem(get, 405);
    expect(get.headers.allow).toBe('POST');
    expectProblem(await app.inject({ method: 'DELETE', url: '/api/models' }), 405);
  });
});

describe('POST /api/project', () => {
  it('answers the same RunResult as `plancast run --json`', async () => {
    const r = await post(app, '/api/project', TINY_SCENARIO);
    expect(r.statusCode, r.body).toBe(200);
    const pack = tinyPack();
    const input = resolveOk(pack, TINY_SCENARIO);
    const p = project(pack, input);
    expect(r.json()).toEqual(JSON.parse(JSON.stringify(toRunResult(pack, input, p, evaluate(pack, p)))));
    // The documented zod schema matches what is sent.
    expect(RunResultSchema.strict().safeParse(r.json()).error).toBeUndefined();
  });

  it('reproduces the hand-checked tiny numbers with the pack defaults', async () => {
    const r = await post(app, '/api/project', { model: 'tiny' });
    const s = r.json().series;
    expect(s.growth[1]).toBeCloseTo(0.1, 10);
    expect(s.growth[2]).toBeCloseTo(0.104545, 5);
    expect(s.perCapita.slice(1)).toEqual([expect.closeTo(4.015, 6), expect.closeTo(4.63615, 5)]);
    expect(s.exports.slice(1)).toEqual([expect.closeTo(110, 9), expect.closeTo(121, 9)]);
  });

  it('an indicator event raises the level from its year on; an unknown indicator is a 422 naming it', async () => {
    const event = {
      indicator: 'urbanisation',
      year: 2022,
      size: 3,
      note: { vi: 'Lên thị xã', en: 'town status' },
    };
    const r = await post(app, '/api/project', { model: 'tiny', events: [event] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().series.indicators.urbanisation).toEqual([20, 21, 25]);
    const bad = expectProblem(
      await post(app, '/api/project', { model: 'tiny', events: [{ ...event, indicator: 'wind' }] }),
      422,
    );
    expect(bad.problems[0]).toMatchObject({ path: ['events', 0, 'indicator'], value: 'wind' });
  });

  it('a value out of range is a 400 naming path, value and range in the CLI words', async () => {
    const bad = { model: 'tiny', assumptions: { growth: { II: 55 } } };
    const body = expectProblem(await post(app, '/api/project', bad), 400);
    const cli = parseWith(ScenarioSpec, bad);
    expect(cli.ok).toBe(false);
    if (!cli.ok) expect(body.problems).toEqual(cli.problems);
    expect(body.problems[0]).toMatchObject({
      code: 'out_of_range',
      path: ['assumptions', 'growth', 'II'],
      value: 55,
    });
    expect(body.problems[0]!.allowed).toMatch(/^-10 to 40/);
  });

  it('unknown fields, wrong types and missing fields are 400s with their paths', async () => {
    const body = expectProblem(
      await post(app, '/api/project', { model: 'tiny', colour: 'red', asOf: 'soon' }),
      400,
    );
    expect(body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknown_field', path: ['colour'] }),
        expect.objectContaining({ code: 'invalid_type', path: ['asOf'], value: 'soon' }),
      ]),
    );
    const missing = expectProblem(await post(app, '/api/project', {}), 400);
    expect(missing.problems[0]).toMatchObject({ code: 'invalid_type', path: ['model'] });
  });

  it('a year outside the plan, an unknown model or indicator is a 422', async () => {
    const year = expectProblem(
      await post(app, '/api/project', { model: 'tiny', assumptions: { growth: { I: { '2030': 5 } } } }),
      422,
    );
    expect(year.problems[0]).toMatchObject({
      code: 'year_outside_plan',
      path: ['assumptions', 'growth', 'I', '2030'],
    });
    const model = expectProblem(await post(app, '/api/project', { model: 'ben-tre-1990' }), 422);
    expect(model.problems[0]).toMatchObject({
      code: 'unknown_model',
      path: ['model'],
      value: 'ben-tre-1990',
      allowed: 'tiny',
    });
    const ind = expectProblem(
      await post(app, '/api/project', { model: 'tiny', assumptions: { indicators: { smiles: 1 } } }),
      422,
    );
    expect(ind.problems[0]).toMatchObject({ code: 'unknown_indicator' });
  });

  it('malformed JSON, an empty body, a wrong content type and a huge body are problems', async () => {
    expect(expectProblem(await post(app, '/api/project', '{"model": '), 400).type).toBe(
      'urn:plancast:problem:invalid-json',
    );
    expectProblem(await post(app, '/api/project', ''), 400);
    expectProblem(await post(app, '/api/project', '{"__proto__": {"x": 1}}'), 400);
    expectProblem(await post(app, '/api/project', 'model=tiny', 'application/x-www-form-urlencoded'), 415);
    expectProblem(await post(app, '/api/project', '{"model":"tiny"}', 'text/plain'), 415);
    const big = expectProblem(
      await post(app, '/api/project', JSON.stringify({ model: 'x'.repeat(300 * 1024) })),
      413,
    );
    expect(big.problems[0]!.allowed).toBe('at most 262144 bytes');
    const none = await app.inject({ method: 'POST', url: '/api/project' });
    expectProblem(none, 400);
  });

  it('JSON numbers beyond double range are refused without a NaN or Infinity in the answer', async () => {
    const r = await post(app, '/api/project', '{"model":"tiny","assumptions":{"growth":{"I":1e999}}}');
    const body = expectProblem(r, 400);
    expect(r.body).not.toMatch(/NaN|Infinity/);
    expect(body.problems[0]).toMatchObject({ path: ['assumptions', 'growth', 'I'] });
    expect(body.problems[0]).not.toHaveProperty('value');
  });
});

describe('the page, the docs and the headers', () => {
  it('GET / says the page is not built when web/dist is missing', async () => {
    const r = await app.inject('/');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(r.body).toMatch(/not built/);
  });

  it('serves a built page from webDir', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plancast-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>page</title>');
    writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    const web = testApp({ webDir: dir });
    expect((await web.inject('/')).body).toContain('<title>page</title>');
    expect((await web.inject('/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    expectProblem(await web.inject('/assets/missing.js'), 404);
    expect((await web.inject('/api/health')).statusCode).toBe(200);
    await web.close();
  });

  it('sends a strict CSP that lets vega-embed work', async () => {
    const csp = String((await app.inject('/')).headers['content-security-policy']);
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "worker-src 'self' blob:",
      "object-src 'none'",
    ])
      expect(csp).toContain(d);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect((await app.inject('/api/health')).headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the OpenAPI UI at /docs', async () => {
    const r = await app.inject('/docs');
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatch(/swagger/i);
  });
});
