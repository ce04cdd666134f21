import { describe, expect, it } from 'vitest';
import { COMPARE_CHARTS, compareChartSpec, SCENARIO_COLORS } from '../../src/charts/compare.ts';
import { chartsFor } from '../../src/charts/specs.ts';
import {
  compareCountProblem,
  compareScenarios,
  samePackProblem,
} from '../../src/compare/compare-scenarios.ts';
import { CompareResult } from '../../src/compare/compare-result.ts';
import { project } from '../../src/model/project.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';

// The tiny pack (test/fixtures/tiny-pack), as of the base year 2020: exports 100 mn USD, target ≥ 230
// summed over 2021-2022. Export growth 10 %/yr: 110 + 121 = 231 (met); 5 %/yr: 105 + 110.25 = 215.25
// (missed by 14.75); 20 %/yr: 120 + 144 = 264 (met).
const pack = tinyPack();
const run = (label: string, exportGrowth: number) => {
  const input = resolveOk(pack, { asOf: 2020, assumptions: { exportGrowth } });
  const projection = project(pack, input);
  return { label, input, projection, scorecard: evaluate(pack, projection) };
};

describe('compareScenarios', () => {
  const c = compareScenarios(pack, [run('ten', 10), run('five', 5), run('twenty', 20)]);

  it('is a valid CompareResult with one cell per scenario and target', () => {
    expect(CompareResult.parse(c)).toEqual(c);
    expect(c.targets).toHaveLength(pack.targets.length);
    for (const t of c.targets) expect(t.cells).toHaveLength(3);
  });

  it('scores each scenario with its own scorecard and marks the row whose statuses differ', () => {
    const exports = c.targets.find((t) => t.id === 'exports')!;
    expect(exports.cells.map((x) => x.projected)).toEqual([
      expect.closeTo(231, 9),
      expect.closeTo(215.25, 9),
      expect.closeTo(264, 9),
    ]);
    expect(exports.cells.map((x) => x.status)).toEqual(['met', 'missed', 'met']);
    expect(exports.cells[1]!.gap).toBeCloseTo(-14.75, 9);
    expect(exports.differs).toBe(true);
    // Growth does not depend on exports: same status everywhere, not marked.
    expect(c.targets.find((t) => t.id === 'grdp-growth')!.differs).toBe(false);
  });

  it('lists the key series per scenario and year, and only the assumption that differs', () => {
    expect(c.series.map((s) => s.id)).toEqual([
      'growth',
      'perCapita',
      'share.I',
      'share.II',
      'share.III',
      'share.T',
      'revenue',
      'investment',
      'exports',
    ]);
    const exports = c.series.find((s) => s.id === 'exports')!;
    expect(exports.values[2]).toEqual([100, 120, expect.closeTo(144, 9)]);
    expect(c.assumptions.map((a) => [a.id, a.values])).toEqual([
      [
        'exportGrowth',
        [
          [10, 10],
          [5, 5],
          [20, 20],
        ],
      ],
    ]);
  });

  it('refuses fewer than 2 or more than 4 scenarios, and scenarios of two packs', () => {
    expect(compareCountProblem(1)?.allowed).toBe('2 to 4 scenarios');
    expect(compareCountProblem(5)?.message).toBe('the number of scenarios is 5; allowed 2 to 4');
    expect(compareCountProblem(4)).toBeNull();
    expect(compareCountProblem(1, 1)).toBeNull();
    expect(samePackProblem(['a', 'a'])).toBeNull();
    expect(samePackProblem(['a', 'b', 'a'])?.value).toBe('a, b');
    expect(() => compareScenarios(pack, [run('one', 10)])).toThrow(/allowed 2 to 4/);
  });
});

describe('compareChartSpec', () => {
  it('overlays every scenario under one legend: a colour and a point shape each', () => {
    const runs = [run('ten', 10), run('five', 5)].map((r) => ({ label: r.label, projection: r.projection }));
    const def = COMPARE_CHARTS.find((d) => d.id === 'exports')!;
    const spec = compareChartSpec(def, pack, runs, 'en') as {
      datasets: { series: { scenario: string; year: number; value: number }[] };
      layer: { layer?: { encoding: { color?: { scale: { domain: string[]; range: string[] } } } }[] }[];
    };
    const rows = spec.datasets.series;
    expect(rows.filter((r) => r.scenario === 'five').map((r) => r.value)).toEqual([
      0,
      105,
      expect.closeTo(215.25, 9),
    ]);
    const lines = spec.layer.at(-1)!.layer![0]!.encoding.color!.scale;
    expect(lines.domain).toEqual(['ten', 'five']);
    expect(lines.range).toEqual([SCENARIO_COLORS[0], SCENARIO_COLORS[1]]);
    expect(COMPARE_CHARTS.map((d) => d.id)).toEqual([
      'growth',
      'perCapita',
      'revenue',
      'investment',
      'exports',
      'digitalShare',
    ]);
    // The digital-economy chart only for a pack with a digitalShare target or national goal.
    expect(chartsFor(pack, COMPARE_CHARTS).map((d) => d.id)).not.toContain('digitalShare');
  });
});
