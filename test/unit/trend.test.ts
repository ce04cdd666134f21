import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitHolt, fitLogLinear, forecastLogLinear, tQuantile975 } from '../../src/forecast/fits.ts';
import { forecastSeries, trendScenario } from '../../src/forecast/trend.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import { drawStream } from '../../src/uncertainty/rng.ts';

/** A synthetic series: level 1000 growing at `g` a year, times lognormal noise of sd `noise`. */
function synthetic(g: number, noise: number, n: number, seed: number): { years: number[]; y: number[] } {
  const r = drawStream(seed, 0);
  const years = Array.from({ length: n }, (_, i) => 2000 + i);
  return { years, y: years.map((_, i) => 1000 * (1 + g) ** i * Math.exp(noise * r.normal())) };
}

describe('trend fits recover known growth', () => {
  it('log-linear: growth e^b − 1 within 0.3 pp of 6 %/yr (20 points, 1 % noise); intervals widen with the horizon', () => {
    const { years, y } = synthetic(0.06, 0.01, 20, 1);
    const f = fitLogLinear(years, y);
    expect(Math.exp(f.b) - 1).toBeCloseTo(0.06, 2);
    expect(Math.abs(Math.exp(f.b) - 1 - 0.06)).toBeLessThan(0.003);
    expect(f.s).toBeGreaterThan(0.005);
    expect(f.s).toBeLessThan(0.02);
    const fc = forecastLogLinear(f, 5);
    fc.mean.forEach((m, h) => expect(fc.lo[h]! < m && m < fc.hi[h]!).toBe(true));
    expect(fc.hi[4]! - fc.lo[4]!).toBeGreaterThan(fc.hi[0]! - fc.lo[0]!);
  });

  it('exact exponential growth is recovered exactly by both methods', () => {
    const { years, y } = synthetic(0.08, 0, 10, 2);
    expect(Math.exp(fitLogLinear(years, y).b) - 1).toBeCloseTo(0.08, 12);
    const h = fitHolt(y);
    expect(Math.exp(h.slope) - 1).toBeCloseTo(0.08, 12);
    expect(h.sse).toBeCloseTo(0, 20);
  });

  it("Holt's final slope is near the true growth (5 %/yr, 0.5 % noise, 15 points); α and β on the 0.05 grid", () => {
    const { y } = synthetic(0.05, 0.005, 15, 3);
    const h = fitHolt(y);
    expect(Math.abs(Math.exp(h.slope) - 1 - 0.05)).toBeLessThan(0.01);
    expect(Math.round(h.alpha * 20)).toBeCloseTo(h.alpha * 20, 9);
    expect(h.alpha).toBeGreaterThanOrEqual(0.05);
    expect(h.beta).toBeLessThanOrEqual(0.95);
  });

  it('picks a method by holdout error and reports all three errors; a short series gets no holdout', () => {
    const { years, y } = synthetic(0.07, 0.01, 12, 4);
    const f = forecastSeries('x', Object.fromEntries(years.map((yr, i) => [String(yr), y[i]!])), 5)!;
    expect(f.holdout!.years).toEqual([2009, 2010, 2011]);
    const e = f.chosen === 'holt' ? f.holdout!.holt : f.holdout!.logLinear;
    expect(e.mape).toBeLessThanOrEqual(Math.min(f.holdout!.holt.mape, f.holdout!.logLinear.mape));
    expect(f.growth).toHaveLength(5);
    f.growth.forEach((g) => expect(Math.abs(g - 0.07)).toBeLessThan(0.015));
    expect(forecastSeries('x', { 2000: 1, 2001: 2, 2002: 3, 2003: 4 }, 2)!.holdout).toBeNull();
    expect(forecastSeries('x', { 2000: 1, 2001: 2 }, 2)).toBeNull();
    expect(tQuantile975(7)).toBe(2.365);
    expect(tQuantile975(1000)).toBeCloseTo(1.962, 3);
  });
});

describe('the trend scenario of the Ben Tre pack', () => {
  const pack = loadModelPack('ben-tre-2021-2025');
  const { spec, diagnostics } = trendScenario(pack);

  it('is a valid scenario: one growth for every sector, holdout errors in the description', () => {
    expect(resolveScenario(pack, spec).ok).toBe(true);
    const g = spec.assumptions!.growth!;
    expect(g.I).toEqual(g.II);
    expect(g.I).toEqual(g.T);
    expect(spec.description!.en).toMatch(/holdout 2018-2020 errors: log-linear MAPE [\d.]+ %/);
    expect(spec.description!.en).toMatch(/no sector split/);
    expect(spec.description!.vi).toMatch(/sai số kiểm định/);
    expect(diagnostics.series.map((s) => s.key)).toEqual(['grdpRealBn', 'populationThousand']);
  });

  it('scenarios/trend.json is what the generator produces now (run `plancast trend --write scenarios/trend.json`)', () => {
    expect(JSON.parse(readFileSync('scenarios/trend.json', 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(spec)),
    );
  });
});
