import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { CHARTS, fanChartSpec, tornadoSpec, type ChartInput } from '../../src/charts/index.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
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
