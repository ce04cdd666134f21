import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { CHARTS, chartsFor, type ChartInput } from '../../src/charts/index.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { parseModelPack } from '../../src/model/parse-model-pack.ts';
import { project } from '../../src/model/project.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { frameRows, goalValue } from '../../src/targets/national-frame.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk } from '../helpers/tiny.ts';

const vl = loadModelPack('vinh-long-2026-2030');
const bt = loadModelPack('ben-tre-2021-2025');
const input = (pack: ModelPack, lang: 'vi' | 'en'): ChartInput => {
  const p = project(pack, resolveOk(pack));
  return { lang, pack, current: p, baseline: p };
};
// A spec is untyped JSON here: the tests walk into it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spec = Record<string, any>;
const spec = (id: string, i: ChartInput) => CHARTS.find((c) => c.id === id)!.spec(i) as Spec;
const nationalLayers = (s: Spec) => (s.layer as Spec[]).filter((l) => l.data?.name === 'national');

describe('the national frame 2026-2030 (Vinh Long cites it; Ben Tre does not)', () => {
  it('holds the three goals of the 14th Congress resolution, each with its words', () => {
    const goals = vl.model.nationalFrame!.goals;
    expect(goals.map((g) => [g.id, g.comparator, g.value, g.unit])).toEqual([
      ['gdp-growth', 'atLeast', 10, '%/yr'],
      ['gdp-per-capita-2030', 'about', 8500, 'USD'],
      ['digital-economy-2030', 'about', 30, '%'],
    ]);
    expect(goals[1]!.quote).toContain('8.500 USD');
    expect(bt.model.nationalFrame).toBeUndefined();
  });

  it('converts 8,500 USD at the stated 26,280 VND/USD to 223.38 mn VND (8,500 × 26,280 ÷ 10⁶)', () => {
    const g = vl.model.nationalFrame!.goals[1]!;
    expect(g.vndPerUsd).toMatchObject({ value: 26280, series: 'derived' });
    expect(goalValue(g)).toEqual({ value: 223.38, unit: 'mn VND' });
  });

  it('growth and per capita charts carry the reference layer and its one-row dataset for Vinh Long', () => {
    const vi = input(vl, 'vi');
    const growth = spec('growth', vi);
    expect(nationalLayers(growth)).toHaveLength(2);
    expect(growth.datasets.national).toEqual([{ value: 10, label: 'mục tiêu cả nước: 10,0 %/năm' }]);
    const perCapita = spec('perCapita', input(vl, 'en'));
    expect(nationalLayers(perCapita)).toHaveLength(2);
    expect(perCapita.datasets.national).toEqual([
      { value: 223.38, label: 'national goal: 223.4 million VND (8,500 USD)' },
    ]);
    for (const s of [growth, perCapita]) expect(() => compile(s as never)).not.toThrow();
  });

  it('the digital-economy chart: VL.4 (10.08 % in 2030) as the goal line, the national ≈ 30 % as the reference; Vinh Long only', () => {
    expect(chartsFor(vl, CHARTS).map((c) => c.id)).toContain('digitalShare');
    expect(chartsFor(bt, CHARTS).map((c) => c.id)).not.toContain('digitalShare');
    const digital = spec('digitalShare', input(vl, 'en'));
    expect(digital.datasets.national).toEqual([{ value: 30, label: 'national goal: 30.0 %' }]);
    expect(digital.datasets.goal).toEqual([{ value: 10.08 }]);
    // The pack's default: 5 % in 2025 (an estimate), +0.29 pp a year: 6.45 % in 2030, starred.
    const current = (digital.datasets.series as Spec[]).filter((r) => r.scenario === 'Current scenario');
    expect(current.map((r) => [r.year, r.value])).toEqual([
      [2025, 5],
      [2026, 5.29],
      [2027, 5.58],
      [2028, 5.87],
      [2029, 6.16],
      [2030, 6.45],
    ]);
    expect(current.every((r) => r.basis === 'Rests on estimates')).toBe(true);
    expect(() => compile(digital as never)).not.toThrow();
  });

  it('no chart of Ben Tre has a reference layer or dataset', () => {
    for (const def of CHARTS) {
      const s = def.spec(input(bt, 'vi')) as Spec;
      expect(s.datasets.national, def.id).toBeUndefined();
      expect(JSON.stringify(s), def.id).not.toContain('"national"');
    }
  });

  it('the goals are never scored: the scorecard has the same rows without the frame', () => {
    const p = project(vl, resolveOk(vl));
    const { nationalFrame: _frame, ...model } = vl.model;
    void _frame;
    const without = { ...vl, model };
    expect(evaluate(vl, p).rows.map((r) => r.id)).toEqual(evaluate(without, p).rows.map((r) => r.id));
    expect(evaluate(vl, p).rows.map((r) => r.id)).not.toContain('gdp-growth');
  });

  it("sets the province's projection beside each goal (average growth, 2030 per capita, 2030 digital share)", () => {
    const p = project(vl, resolveOk(vl));
    const rows = frameRows(vl, p);
    expect(rows.map((r) => r.unit)).toEqual(['%/yr', 'mn VND', '%']);
    expect(rows[0]!.projected).toBeCloseTo(p.period.avgGrowth * 100, 12);
    expect(rows[1]!.projected).toBe(p.perCapita[5]);
    expect(rows[2]!.projected).toBeCloseTo(p.digitalShare[5]! * 100, 12);
  });

  it('refuses a USD goal without its exchange rate', () => {
    const files = structuredClone({
      'model.json': vl.model,
      'targets.json': vl.targets,
      'history.json': vl.history,
      'actuals.json': vl.actuals,
    });
    delete (files['model.json'].nationalFrame!.goals[1] as { vndPerUsd?: unknown }).vndPerUsd;
    const r = parseModelPack(files);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((x) => x.path.join('.'))).toContain('model.json.nationalFrame.goals.1.vndPerUsd');
  });
});
