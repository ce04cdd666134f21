import { describe, expect, it } from 'vitest';
import { parseEstimateFlag } from '../../src/cli/estimate-flag.ts';
import { PlancastError } from '../../src/core/problems.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { estimateActuals } from '../../src/model/estimate.ts';
import { project } from '../../src/model/project.ts';
import { ESTIMATE_SOURCE, provenanceOf } from '../../src/model/provenance.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { estimateYearOf, verdict, verdictInput } from '../../src/targets/verdict.ts';

const vl = loadModelPack('vinh-long-2026-2030');
const bt = loadModelPack('ben-tre-2021-2025');
const VL = vl.model.id;

const run = (estimate?: object, extra: object = {}) => {
  const r = resolveScenario(vl, { model: VL, ...extra, ...(estimate ? { estimate } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return project(vl, r.value);
};
const problems = (estimate: object) => {
  const r = resolveScenario(vl, { model: VL, estimate });
  return r.ok ? [] : r.problems;
};

describe("this year's estimate (scenario `estimate`)", () => {
  it('is for the first plan year not yet published: 2026 for Vinh Long (no actuals), 2025 for Ben Tre (published to 2024)', () => {
    expect(estimateYearOf(vl)).toBe(2026);
    expect(estimateYearOf(bt)).toBe(2025);
  });

  it('a growth estimate is used like a published 2026 figure: the run is as of 2026 and 2026 grows exactly 6.2 %', () => {
    const p = run({ year: 2026, growth: 6.2 });
    expect(p.asOf).toBe(2026);
    expect(p.estimateYear).toBe(2026);
    expect(p.growth[1]).toBeCloseTo(0.062, 12);
    expect(p.actualSeries[1]).toEqual(['growth']);
    expect(p.yearKinds.slice(1)).toEqual([
      'partly-actual',
      'projected',
      'projected',
      'projected',
      'projected',
    ]);
    // Later years follow the assumptions from the lower 2026 level: same growth as without the estimate.
    const plain = run();
    expect(p.growth[2]).toBeCloseTo(plain.growth[2]!, 2);
    expect(p.grdpReal[5]!).toBeLessThan(plain.grdpReal[5]!);
  });

  it('marks the entered values `estimated`, with the estimate as their source, never `published`', () => {
    const p = run({ year: 2026, growth: 6.2, revenue: 23000 });
    const prov = provenanceOf(vl, p);
    for (const key of ['growth', 'revenue']) {
      expect(prov.series[key]!.kind[1]).toBe('estimated');
      expect(prov.sources[prov.series[key]!.source![1]!]).toBe(ESTIMATE_SOURCE);
    }
    expect(p.revenue[1]).toBe(23000);
    // Nothing of 2026 is `published`: the pack has no 2026 actuals, only the estimate.
    for (const s of Object.values(prov.series)) expect(s.kind[1]).not.toBe('published');
  });

  it('a per capita estimate is met exactly through 2026 deflator growth; real growth is untouched', () => {
    const plain = run({ year: 2026, growth: 6.2 });
    const p = run({ year: 2026, growth: 6.2, perCapita: 92 });
    expect(p.perCapita[1]).toBeCloseTo(92, 9);
    expect(p.grdpReal[1]).toBeCloseTo(plain.grdpReal[1]!, 6);
    // Nominal GRDP scaled by 92 / projected per capita; population unchanged.
    expect(p.grdpNominal[1]! / plain.grdpNominal[1]!).toBeCloseTo(92 / plain.perCapita[1]!, 12);
    expect(p.population[1]).toBe(plain.population[1]);
  });

  it('the verdict says "as of 2026 (estimate)" / "theo ước tính năm 2026"', () => {
    const p = run({ year: 2026, growth: 6.2 });
    const counts = evaluate(vl, p).counts;
    expect(verdict(verdictInput(vl, p, counts), 'en').title).toBe('as of 2026 (estimate)');
    expect(verdict(verdictInput(vl, p, counts), 'vi').title).toBe('theo ước tính năm 2026');
    expect(verdict(verdictInput(vl, p, counts), 'en').sentences[0]).toMatch(/^As of the 2026 estimate/);
  });

  it('every scorecard row that reads 2026 or later rests on the estimate (starred)', () => {
    const card = evaluate(vl, run({ year: 2026, growth: 6.2 }));
    const modelled = card.rows.filter((r) => r.status !== 'not-modelled');
    expect(modelled.length).toBeGreaterThan(0);
    expect(modelled.every((r) => r.restsOnEstimates)).toBe(true);
  });

  it('refuses values outside the input ranges, naming the field, the value and what is allowed', () => {
    const [g] = problems({ year: 2026, growth: 41 });
    expect(g).toMatchObject({ path: ['estimate', 'growth'], value: 41 });
    expect(g!.message).toContain('-10 to 40');
    expect(problems({ year: 2026, revenue: 0 })[0]).toMatchObject({
      path: ['estimate', 'revenue'],
      value: 0,
    });
    expect(problems({ year: 2031, growth: 6 })[0]).toMatchObject({
      code: 'year_outside_plan',
      path: ['estimate', 'year'],
      value: 2031,
      allowed: '2026 to 2030',
    });
    expect(problems({ year: 2026 })[0]!.message).toContain('give at least one of growth, perCapita');
    // 300 mn VND per capita in 2026 (projected ≈ 93.5 at 6.2 % growth) would need a deflator jump of ≈ 220 %.
    const [pc] = problems({ year: 2026, growth: 6.2, perCapita: 300 });
    expect(pc).toMatchObject({ code: 'out_of_range', path: ['estimate', 'perCapita'], value: 300 });
    expect(pc!.message).toMatch(/deflator growth of \d+\.\d % in 2026/);
  });

  it('keeps what the pack publishes for that year where the estimate is silent; a growth estimate drops published sector growth', () => {
    const published = {
      grdpGrowth: 0.0568,
      sectorGrowth: { I: 0.02 },
      population: 1300,
      indicators: { poverty: 5 },
    };
    expect(estimateActuals(published, { year: 2024, revenue: 100 })).toEqual({ ...published, revenue: 100 });
    expect(estimateActuals(published, { year: 2024, growth: 6 })).toEqual({
      grdpGrowth: 0.06,
      sectorGrowth: {},
      population: 1300,
      indicators: { poverty: 5 },
    });
    expect(estimateActuals(null, { year: 2026, exports: 4000, investment: 80000 })).toEqual({
      sectorGrowth: {},
      indicators: {},
      exports: 4000,
      investment: 80000,
    });
  });
});

describe('plancast run --estimate (the flag parser)', () => {
  it('reads name=value pairs, the year defaulting to the estimate year', () => {
    expect(parseEstimateFlag('growth=6.2,perCapita=92', 2026)).toEqual({
      year: 2026,
      growth: 6.2,
      perCapita: 92,
    });
    expect(parseEstimateFlag(' exports = 3900 , year=2027', 2026)).toEqual({ exports: 3900, year: 2027 });
  });

  it('refuses unknown names and non-numbers with the allowed names', () => {
    expect(() => parseEstimateFlag('grow=6', 2026)).toThrow(PlancastError);
    expect(() => parseEstimateFlag('grow=6', 2026)).toThrow(
      /"grow" is not an estimate field; allowed year, growth/,
    );
    expect(() => parseEstimateFlag('growth=six', 2026)).toThrow(/growth: "six" is not a number/);
    expect(() => parseEstimateFlag('growth=6', null)).toThrow(/say which year/);
  });
});
