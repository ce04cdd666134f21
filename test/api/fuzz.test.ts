import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SensitivityResultSchema, SimulationResultSchema } from '../../src/api/schemas/uncertainty.ts';
import { RunResultSchema } from '../../src/schema/api.ts';
import { scenarioArb } from '../helpers/arbitraries.ts';
import { tinyPack } from '../helpers/tiny.ts';
import { bodyText, combinedShocks, drawsText, weird, wideBody } from './fuzz-arbitraries.ts';
import { testApp } from './helpers.ts';

const app = testApp();
afterAll(() => app.close());

/** A POST route under fuzz and how a scenario-like body text is wrapped into its request body. */
interface FuzzTarget {
  url: string;
  wrap: (scenarioText: string, knob: string, draws: string) => string;
}

const TARGETS: FuzzTarget[] = [
  { url: '/api/project', wrap: (s) => s },
  { url: '/api/simulate', wrap: (s, _k, d) => `{"scenario":${s},"draws":${d},"seed":1}` },
  {
    url: '/api/simulate',
    wrap: (s, k, d) => `{"scenario":${s},"draws":${d},"seed":${k},"spreadScale":${k}}`,
  },
  { url: '/api/sensitivity', wrap: (s) => `{"scenario":${s}}` },
  { url: '/api/sensitivity', wrap: (s, k) => `{"scenario":${s},"stepPp":${k}}` },
  { url: '/api/solve', wrap: (s, k) => `{"scenario":${s},"target":"grdp-growth","lever":${k}}` },
  { url: '/api/solve', wrap: (s, k) => `{"scenario":${s},"all":true,"levers":${k}}` },
  { url: '/api/solve', wrap: (s, k) => `{"scenario":${s},"each":${k}}` },
  { url: '/api/consistency', wrap: (_s, k) => `{"model":${k}}` },
];

/** Small heavy-work knobs (draws, steps, …) and weird ones, as JSON text. */
const knob = fc.oneof(
  fc.constantFrom(
    '100',
    '200',
    '0',
    '-1',
    '1e999',
    '50001',
    '1000000000',
    'null',
    '"100"',
    '[]',
    '{}',
    '"tiny"',
    '["grdp-growth"]',
  ),
  fc.constantFrom(
    '"growth.all"',
    '"growth.II"',
    '"icor"',
    '"indicator.poverty"',
    '["growth.I","deflator.II"]',
    '["nope"]',
    '"tiny"',
  ),
  weird.map((v) => JSON.stringify(v) ?? 'null'),
);

/** Mostly malformed bodies, and a share of valid scenarios with extreme values (they must project cleanly). */
const bodies = fc.oneof(
  { arbitrary: bodyText, weight: 4 },
  { arbitrary: scenarioArb(tinyPack()).map((s) => JSON.stringify(s)), weight: 1 },
);

/** Issue 16: wide bodies at and past the width limits, and valid scenarios with combined shocks. */
const hardening = fc.oneof(wideBody, combinedShocks([2021, 2022]));

/** Level series of a RunResult: finite and above zero in every year. */
const LEVELS = ['grdpReal', 'grdpNominal', 'grdpDeflator', 'population', 'perCapita', 'capital', 'exports'];

/** Sends one fuzzed request and checks the answer's contract; counts the statuses in `seen`. */
async function check(target: FuzzTarget, text: string, k: string, d: string, seen: Map<number, number>) {
  const payload = target.wrap(text, k, d);
  const r = await app.inject({
    method: 'POST',
    url: target.url,
    payload,
    headers: { 'content-type': 'application/json' },
  });
  seen.set(r.statusCode, (seen.get(r.statusCode) ?? 0) + 1);
  const context = `${target.url} ${r.statusCode} ${payload.slice(0, 300)} → ${r.body.slice(0, 500)}`;
  expect(r.statusCode, context).toBeLessThan(500);
  const body: unknown = JSON.parse(r.body); // never a bare NaN / Infinity token
  if (r.statusCode >= 400) {
    expect(r.headers['content-type'], context).toMatch(/^application\/problem\+json/);
    expect(body, context).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      status: r.statusCode,
      detail: expect.any(String),
    });
    expect(Array.isArray((body as { problems: unknown }).problems), context).toBe(true);
  } else if (target.url === '/api/project') {
    expect(RunResultSchema.safeParse(body).success, context).toBe(true);
    const series = (body as { series: Record<string, number[]> }).series;
    for (const key of LEVELS) for (const v of series[key]!) expect(v, `${key} ${context}`).toBeGreaterThan(0);
    for (const s of ['I', 'II', 'III', 'T'])
      for (const v of (series.real as unknown as Record<string, number[]>)[s]!)
        expect(v, `real.${s} ${context}`).toBeGreaterThan(0);
  } else if (target.url === '/api/simulate') {
    const sim = SimulationResultSchema.parse(body);
    for (const t of sim.targets) {
      expect(t.pMet, context).toBeGreaterThanOrEqual(0);
      expect(t.pMet, context).toBeLessThanOrEqual(1);
    }
  } else if (target.url === '/api/sensitivity') {
    expect(SensitivityResultSchema.safeParse(body).success, context).toBe(true);
  }
}

const NUM_RUNS = 10_000;

describe('fuzz: malformed and edge-case bodies on every POST route', () => {
  it(`never answers 5xx, always a problem body for 4xx, never a non-finite number (${NUM_RUNS} bodies)`, async () => {
    await app.ready();
    const targets = TARGETS.filter((t) => app.hasRoute({ method: 'POST', url: t.url }));
    expect(targets.length).toBeGreaterThan(0);
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: targets.length - 1 }), bodies, knob, drawsText, async (i, text, k, d) =>
        check(targets[i]!, text, k, d, seen),
      ),
      { numRuns: NUM_RUNS, seed: Number(process.env.FUZZ_SEED ?? 20210101) },
    );
    // The fuzz reaches past validation too: some bodies are accepted, some refused at each stage.
    expect(seen.get(400) ?? 0).toBeGreaterThan(100);
    expect(seen.get(200) ?? 0).toBeGreaterThan(10);
  }, 240_000);

  it('wide bodies and combined shocks: bounded refusals, 422 past the level domain, positive levels otherwise (300 bodies)', async () => {
    await app.ready();
    const targets = TARGETS.filter((t) => app.hasRoute({ method: 'POST', url: t.url }));
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: targets.length - 1 }),
        hardening,
        knob,
        drawsText,
        async (i, text, k, d) => check(targets[i]!, text, k, d, seen),
      ),
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 20210101) },
    );
    expect(seen.get(400) ?? 0).toBeGreaterThan(5);
    expect(seen.get(422) ?? 0).toBeGreaterThan(5); // combined shocks past the edge
    expect(seen.get(200) ?? 0).toBeGreaterThan(5);
  }, 240_000);
});
