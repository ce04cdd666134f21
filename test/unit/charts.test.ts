import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import {
  CHARTS,
  fanChartSpec,
  sensitivityTornado,
  tornadoSpec,
  tornadoTargets,
  type ChartInput,
  type SensitivityRowLike,
} from '../../src/charts/index.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { sensitivity } from '../../src/uncertainty/index.ts';
import { resolveOk } from '../helpers/tiny.ts';

const pack = loadModelPack('ben-tre-2021-2025');
const inputFor = (
  p: ModelPack,
  lang: 'vi' | 'en',
  growth: Record<string, number> = { II: 12 },
): ChartInput => ({
  lang,
  pack: p,
  current: project(p, resolveOk(p, { assumptions: { growth } })),
  baseline: project(p, resolveOk(p)),
});
const chart = (id: string) => CHARTS.find((c) => c.id === id)!;
// A spec is untyped JSON here: the tests walk into it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spec = Record<string, any>;

describe('chart spec builders (pure data)', () => {
  const vi = inputFor(pack, 'vi');
  const en = inputFor(pack, 'en');

  it('builds every chart as plain JSON data that vega-lite compiles, keeping the named datasets', () => {
    for (const def of CHARTS) {
      const spec = def.spec(vi) as Spec;
      expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
      const names = compile(spec as never).spec.data!.map((d) => d.name);
      for (const name of Object.keys(def.data(vi))) expect(names, def.id).toContain(name);
    }
  });

  it('embeds exactly the datasets the page pushes with View.data()', () => {
    for (const def of CHARTS) {
      const spec = def.spec(vi) as Spec;
      for (const [name, rows] of Object.entries(def.data(vi)))
        expect(spec.datasets[name], `${def.id}.${name}`).toEqual(rows);
    }
  });

  it('draws the GRDP growth band from the targets, not from constants', () => {
    const spec = chart('growth').spec(vi) as Spec;
    expect(spec.datasets.band).toEqual([{ min: 8.5, max: 9.5 }]);
    const moved = structuredClone(pack);
    const t = moved.targets.find((x) => x.id === 'grdp-growth')!;
    t.min = 7;
    t.max = 8;
    expect((chart('growth').spec(inputFor(moved, 'vi')) as Spec).datasets.band).toEqual([{ min: 7, max: 8 }]);
    expect(spec.title.subtitle).toBe('Khoảng mục tiêu: 8,5–9,5 %/năm');
  });

  it('gives growth in percent per year for both scenarios, the current one first', () => {
    const rows = chart('growth').data(vi).series!;
    const cur = rows.filter((r) => r.scenario === 'Kịch bản đang xem');
    const base = rows.filter((r) => r.scenario === 'Kịch bản gốc của kế hoạch');
    expect(cur.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(cur[1]!.value).toBeCloseTo(vi.current.growth[1]! * 100, 10);
    expect(base[1]!.value).toBeCloseTo(vi.baseline.growth[1]! * 100, 10);
    expect(cur[3]!.value).toBeLessThan(base[3]!.value as number);
  });

  it('follows the language: vi-VN number locale and unit labels, English otherwise', () => {
    const v = chart('perCapita').spec(vi) as Spec;
    const e = chart('perCapita').spec(en) as Spec;
    expect(v.config.locale.number).toMatchObject({ decimal: ',', thousands: '.' });
    expect(e.config.locale.number).toMatchObject({ decimal: '.', thousands: ',' });
    const yTitle = (s: Spec) => s.layer.at(-1).encoding.y.axis.title;
    expect(yTitle(v)).toBe('triệu đồng');
    expect(yTitle(e)).toBe('million VND');
    expect(v.title.subtitle).toBe('Mục tiêu: 87,0 triệu đồng');
    expect(e.title.text).toBe('GRDP per capita');
    expect((chart('revenue').spec(vi) as Spec).title.subtitle).toBe('Khoảng mục tiêu: 35.000–40.000 tỷ đồng');
  });

  it('accumulates revenue, investment and exports over the plan years to compare with their ranges', () => {
    const rows = chart('revenue')
      .data(vi)
      .series!.filter((r) => r.scenario === 'Kịch bản đang xem');
    expect(rows[0]!.value).toBe(0);
    expect(rows.at(-1)!.value).toBeCloseTo(vi.current.period.revenueTotal, 6);
    expect((chart('investment').spec(vi) as Spec).datasets.band).toEqual([{ min: 130000, max: 140000 }]);
    expect((chart('exports').spec(vi) as Spec).datasets.goal).toEqual([{ value: 10000 }]);
  });

  it('compares the base-year and final-year structure with the target structure', () => {
    const bars = chart('structure').data(en).bars!;
    const targets = bars.filter((r) => String(r.which).startsWith('Target'));
    expect(targets.map((r) => r.value)).toEqual([26.51, 26.79, 42.68, 4.02]);
    const sum = (prefix: string) =>
      bars.filter((r) => String(r.which).startsWith(prefix)).reduce((s, r) => s + Number(r.value), 0);
    expect(sum('Base year')).toBeCloseTo(100, 6);
    expect(sum('2025: current')).toBeCloseTo(100, 6);
  });

  it('stacks real GRDP by sector, summing to total real GRDP each year', () => {
    const d = chart('sectors').data(vi);
    const y2025 = d.series!.filter((r) => r.year === 2025).reduce((s, r) => s + Number(r.value), 0);
    expect(y2025).toBeCloseTo(vi.current.grdpReal.at(-1)!, 6);
    expect(d.baseline!.at(-1)!.value).toBeCloseTo(vi.baseline.grdpReal.at(-1)!, 6);
  });

  it('works on a pack without some targets (no band, no crash)', () => {
    const tiny = loadModelPack(new URL('../fixtures/tiny-pack', import.meta.url).pathname);
    for (const def of CHARTS)
      expect(() => compile(def.spec(inputFor(tiny, 'en', { I: 5 })) as never)).not.toThrow();
  });
});

describe('uncertainty chart builders', () => {
  const fan = [2021, 2022].map((year, i) => ({
    year,
    p05: 1 + i,
    p25: 2 + i,
    p50: 3 + i,
    p75: 4 + i,
    p95: 5 + i,
  }));

  it('draws 90 % and 50 % bands, the median and the deterministic path', () => {
    const spec = fanChartSpec({
      lang: 'vi',
      id: 'growth',
      title: 'Tăng trưởng',
      unit: '%/yr',
      format: ',.1f',
      fan,
      path: [{ year: 2021, value: 3.1 }],
      shape: { kind: 'band', min: 8.5, max: 9.5 },
    }) as Spec;
    expect(spec.datasets.fan).toEqual(fan);
    expect(spec.datasets.band).toEqual([{ min: 8.5, max: 9.5 }]);
    const areas = spec.layer.filter((l: Spec) => l.mark.type === 'area');
    expect(areas.map((a: Spec) => [a.encoding.y.field, a.encoding.y2.field])).toEqual([
      ['p05', 'p95'],
      ['p25', 'p75'],
    ]);
    expect(() => compile(spec as never)).not.toThrow();
  });

  it('orders tornado bars by width and splits each into a lowered and a raised half', () => {
    const spec = tornadoSpec({
      lang: 'en',
      title: 'Sensitivity',
      unit: '%/yr',
      format: ',.2f',
      base: 9,
      rows: [
        { label: 'ICOR', low: 8.8, high: 9.1 },
        { label: 'Growth II', low: 8, high: 10 },
      ],
    }) as Spec;
    expect(spec.datasets.bars).toHaveLength(4);
    expect(spec.datasets.bars[2]).toMatchObject({
      label: 'Growth II',
      side: 'When lowered',
      from: 9,
      to: 8,
      width: 2,
    });
    expect(spec.layer[0].encoding.y.sort).toEqual({ field: 'width', order: 'descending' });
    expect(() => compile(spec as never)).not.toThrow();
  });
});

describe('the sensitivity tornado', () => {
  const row = (
    assumption: string,
    target: string,
    low: number,
    high: number,
    flips = false,
  ): SensitivityRowLike => ({
    assumption,
    assumptionLabel: { vi: `${assumption} (vi)`, en: `${assumption} (en)` },
    target,
    targetName: { vi: `${target} vi`, en: `${target} en` },
    unit: target === 'revenue' ? 'bn VND' : 'mn VND',
    base: target === 'revenue' ? 35_000 : 87,
    low,
    high,
    flips,
  });
  const rows = [
    row('deflator', 'per-capita', 83.5, 90.7, true),
    row('growth.II', 'per-capita', 86.2, 87.8),
    row('revenueRatio', 'revenue', 32_500, 37_500),
  ];

  it('lists the targets that have bars, in row order, once each', () => {
    expect(tornadoTargets(rows).map((t) => [t.id, t.unit])).toEqual([
      ['per-capita', 'mn VND'],
      ['revenue', 'bn VND'],
    ]);
  });

  it('builds one bar per assumption of the chosen target, status flips marked, in the page language', () => {
    const t = sensitivityTornado(rows, 'per-capita', 'en')!;
    expect(t).toMatchObject({ title: 'Sensitivity: per-capita en', unit: 'mn VND', base: 87, digits: 1 });
    expect(t.rows).toEqual([
      { label: 'deflator (en) *', low: 83.5, high: 90.7 },
      { label: 'growth.II (en)', low: 86.2, high: 87.8 },
    ]);
    expect(t.note).toMatch(/changes the status/);
    const spec = tornadoSpec(t) as Spec;
    expect(spec.datasets.center).toEqual([{ value: 87 }]);
    expect(spec.datasets.bars).toEqual([
      {
        label: 'deflator (en) *',
        side: 'When lowered',
        from: 87,
        to: 83.5,
        outcome: 83.5,
        width: expect.closeTo(7.2, 9),
      },
      {
        label: 'deflator (en) *',
        side: 'When raised',
        from: 87,
        to: 90.7,
        outcome: 90.7,
        width: expect.closeTo(7.2, 9),
      },
      {
        label: 'growth.II (en)',
        side: 'When lowered',
        from: 87,
        to: 86.2,
        outcome: 86.2,
        width: expect.closeTo(1.6, 9),
      },
      {
        label: 'growth.II (en)',
        side: 'When raised',
        from: 87,
        to: 87.8,
        outcome: 87.8,
        width: expect.closeTo(1.6, 9),
      },
    ]);
    expect(spec.title.subtitle).toEqual([
      'Central value: 87.0 million VND',
      '* changes the status of the target',
    ]);
    expect(spec.layer[0].encoding.x.axis.format).toBe(',.1f');
    expect(() => compile(spec as never)).not.toThrow();
  });

  it('formats large values without decimals, Vietnamese labels, no note when nothing flips', () => {
    const t = sensitivityTornado(rows, 'revenue', 'vi')!;
    expect(t.title).toBe('Độ nhạy: revenue vi');
    expect(t.format).toBe(',.0f');
    expect(t.note).toBeUndefined();
    const spec = tornadoSpec(t) as Spec;
    expect(spec.datasets.bars.map((b: Spec) => b.side)).toEqual(['Khi giảm', 'Khi tăng']);
    expect(typeof spec.title.subtitle).toBe('string');
    expect(sensitivityTornado(rows, 'nothing', 'vi')).toBeNull();
  });

  it('reads the rows of the core sensitivity() directly (per capita 2025, every assumption that moves it)', () => {
    const r = sensitivity(pack, resolveOk(pack));
    expect(tornadoTargets(r.rows).map((t) => t.id)).toContain('per-capita-2025');
    const t = sensitivityTornado(r.rows, 'per-capita-2025', 'vi')!;
    const mine = r.rows.filter((x) => x.target === 'per-capita-2025');
    expect(t.rows).toHaveLength(mine.length);
    expect(t.rows.length).toBeGreaterThan(3);
    expect(t.base).toBeCloseTo(mine[0]!.base, 9);
    const spec = tornadoSpec(t) as Spec;
    expect(spec.datasets.bars).toHaveLength(2 * mine.length);
    expect(spec.height).toBeGreaterThanOrEqual(24 * mine.length);
    expect(() => compile(spec as never)).not.toThrow();
  });
});
