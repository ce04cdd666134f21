import { SECTORS } from '../core/sectors.ts';
import { formatNumber, unitLabel } from '../i18n/format.ts';
import type { Lang } from '../schema/common.ts';
import { aboutTolerance } from '../targets/compare.ts';
import {
  SECTOR_SHORT,
  SECTOR_TEXT,
  cumulative,
  targetFor,
  targetShape,
  text,
  type ChartInput,
  type ChartSpec,
  type Rows,
  type TargetShape,
} from './input.ts';
import { COLORS, shapeRows, targetLayers, topLevel, yearLinesLayer, yearRows } from './layers.ts';
import { basisOpacity, basisPath, basisText } from './provenance.ts';
import { nationalLayers, nationalRows } from './national-layer.ts';
import type { NationalGoal } from '../schema/national-frame.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { frameGoalFor } from '../targets/national-frame.ts';

/** A chart: the datasets that change with the scenario, and the full spec (those datasets embedded). */
export interface ChartDef {
  id: string;
  title(lang: Lang): string;
  /** Datasets that follow the scenario (the page pushes them with View.data()). */
  data(input: ChartInput): Record<string, Rows>;
  spec(input: ChartInput): ChartSpec;
  /** For a yearly line chart: how it reads a projection (src/charts/compare.ts overlays several scenarios with it). */
  line?: LineChartOptions;
  /** Drawn only for a pack this says yes to (absent: every pack); see chartsFor. */
  appliesTo?: (pack: ModelPack) => boolean;
}

const L = (vi: string, en: string) => (lang: Lang) => (lang === 'vi' ? vi : en);

export function shapeText(shape: TargetShape, unit: string, lang: Lang, digits: number): string {
  if (!shape) return text('noTarget', lang);
  const u = unitLabel(unit, lang);
  const f = (v: number) => formatNumber(v, lang, digits);
  return shape.kind === 'band'
    ? `${text('targetBand', lang)}: ${f(shape.min)}–${f(shape.max)} ${u}`
    : `${text('target', lang)}: ${f(shape.value)} ${u}`;
}

/** A yearly line chart: title, unit, axis format, the target it is drawn against and the values it reads. */
export interface LineChartOptions {
  id: string;
  title: (lang: Lang) => string;
  unit: string;
  format: string;
  digits: number;
  shape: (input: ChartInput) => TargetShape;
  values: (p: ChartInput['current']) => ArrayLike<number>;
  /** The provenance series key the values come from (src/model/provenance.ts). */
  key: string;
  cumulative?: boolean;
  scale?: number;
  years?: 'all' | 'plan';
  /** The national goal of this series, drawn as a reference line when the pack's frame gives one. */
  frame?: NationalGoal['series'];
}

/** A yearly series of both scenarios against a target band or goal line. */
function lineChart(o: LineChartOptions): ChartDef {
  const rows = (input: ChartInput, p: ChartInput['current'], label: 'current' | 'baseline') =>
    yearRows(
      p.years,
      o.values(p),
      text(label, input.lang),
      o.scale,
      basisPath(input.pack, p, [o.key], input.lang, o.cumulative),
    );
  const data = (input: ChartInput): Record<string, Rows> => ({
    series: [...rows(input, input.current, 'current'), ...rows(input, input.baseline, 'baseline')],
  });
  return {
    id: o.id,
    title: o.title,
    line: o,
    data,
    spec(input) {
      const { lang } = input;
      const shape = o.shape(input);
      const yTitle = unitLabel(o.unit, lang);
      const national = o.frame ? nationalRows(input.pack, o.frame, lang) : [];
      return topLevel({
        lang,
        title: o.title(lang),
        subtitle: shapeText(shape, o.unit, lang, o.digits),
        description: `${o.title(lang)}. ${shapeText(shape, o.unit, lang, o.digits)}`,
        datasets: { ...shapeRows(shape), ...data(input), ...(national.length > 0 ? { national } : {}) },
        layer: [
          ...targetLayers(shape, lang),
          ...(national.length > 0 ? nationalLayers(lang) : []),
          yearLinesLayer(lang, yTitle, o.format, input.current.years),
        ],
      });
    },
  };
}

/** GRDP growth by year against the resolution's band on the average (read from the targets). */
export const growthChart = lineChart({
  id: 'growth',
  title: L('Tăng trưởng GRDP theo năm', 'GRDP growth by year'),
  unit: '%/yr',
  format: ',.1f',
  digits: 1,
  shape: ({ pack }) => targetShape(targetFor(pack, 'grdpReal', 'avgGrowth') ?? targetFor(pack, 'growth')),
  values: (p) => p.growth,
  key: 'growth',
  scale: 100,
  frame: 'grdpReal',
});

export const perCapitaChart = lineChart({
  id: 'perCapita',
  title: L('GRDP bình quân đầu người', 'GRDP per capita'),
  unit: 'mn VND',
  format: ',.1f',
  digits: 1,
  shape: ({ pack }) => targetShape(targetFor(pack, 'perCapita')),
  values: (p) => p.perCapita,
  key: 'perCapita',
  frame: 'perCapita',
});

function cumulativeChart(
  id: string,
  series: 'revenue' | 'investment' | 'exports',
  unit: string,
  title: (l: Lang) => string,
) {
  return lineChart({
    id,
    title,
    unit,
    format: ',.0f',
    digits: 0,
    shape: ({ pack }) => targetShape(targetFor(pack, series, 'cumulative')),
    values: (p) => cumulative(p[series]),
    key: series,
    cumulative: true,
  });
}

export const revenueChart = cumulativeChart(
  'revenue',
  'revenue',
  'bn VND',
  L('Thu ngân sách cộng dồn từ đầu kỳ', 'Budget revenue, cumulative over the plan'),
);
export const investmentChart = cumulativeChart(
  'investment',
  'investment',
  'bn VND',
  L('Vốn đầu tư toàn xã hội cộng dồn', 'Social investment, cumulative'),
);
export const exportsChart = cumulativeChart(
  'exports',
  'exports',
  'mn USD',
  L('Kim ngạch xuất khẩu cộng dồn', 'Exports, cumulative'),
);

/** Real GRDP by sector (stacked bars, current scenario) with the baseline's total as a dashed line. */
export const sectorsChart: ChartDef = {
  id: 'sectors',
  title: L('GRDP giá so sánh theo khu vực', 'Real GRDP by sector'),
  data: ({ current, baseline, lang, pack }) => {
    const basis = SECTORS.map((s) => basisPath(pack, current, [`real.${s}`], lang));
    return {
      series: current.years.flatMap((year, i) =>
        SECTORS.map((s, k) => ({
          year,
          sector: SECTOR_TEXT[s]![lang],
          order: k,
          value: current.real[s][i]!,
          basis: basis[k]![i]!,
        })),
      ),
      baseline: baseline.years.map((year, i) => ({
        year,
        value: baseline.grdpReal[i]!,
        scenario: text('baseline', lang),
      })),
    };
  },
  spec(input) {
    const { lang } = input;
    const unit = unitLabel('bn VND', lang);
    const sectors = SECTORS.map((s) => SECTOR_TEXT[s]![lang]);
    const x = { field: 'year', type: 'ordinal', axis: { title: text('year', lang), labelAngle: 0 } };
    return topLevel({
      lang,
      title: this.title(lang),
      subtitle:
        lang === 'vi'
          ? `Cột: kịch bản đang xem; nét đứt: tổng GRDP kịch bản gốc (${unit})`
          : `Bars: current scenario; dashed: baseline total GRDP (${unit})`,
      description: this.title(lang),
      datasets: this.data(input),
      layer: [
        {
          data: { name: 'series' },
          mark: { type: 'bar' },
          encoding: {
            x,
            y: { field: 'value', type: 'quantitative', stack: 'zero', axis: { title: unit, format: ',.0f' } },
            color: {
              field: 'sector',
              type: 'nominal',
              scale: { domain: sectors, range: ['#65a30d', '#b45309', '#2563eb', '#9333ea'] },
              legend: { title: null, columns: 2 },
            },
            order: { field: 'order', type: 'quantitative', sort: 'descending' },
            opacity: basisOpacity(lang, 1, 0.45, true),
            tooltip: [
              { field: 'sector', type: 'nominal', title: text('sector', lang) },
              { field: 'year', type: 'ordinal', title: text('year', lang) },
              { field: 'value', type: 'quantitative', title: unit, format: ',.0f' },
              { field: 'basis', type: 'nominal', title: ' ' },
            ],
          },
        },
        {
          data: { name: 'baseline' },
          mark: {
            type: 'line',
            color: '#111827',
            strokeDash: [6, 4],
            strokeWidth: 2,
            point: { color: '#111827', size: 30 },
          },
          encoding: {
            x,
            y: { field: 'value', type: 'quantitative' },
            tooltip: [
              { field: 'scenario', type: 'nominal', title: ' ' },
              { field: 'value', type: 'quantitative', title: unit, format: ',.0f' },
            ],
          },
        },
      ],
    });
  },
};

/** Economic structure: base-year shares, final-year shares of both scenarios, and the target shares. */
export const structureChart: ChartDef = {
  id: 'structure',
  title: L(
    'Cơ cấu kinh tế: năm gốc → năm cuối so với mục tiêu',
    'Economic structure: base year → final year vs target',
  ),
  data({ current, baseline, pack, lang }) {
    const first = current.years[0]!;
    const last = current.years.at(-1)!;
    const rows: Rows = [];
    const keys = SECTORS.map((s) => `share.${s}`);
    const cur = basisPath(pack, current, keys, lang);
    const bas = basisPath(pack, baseline, keys, lang);
    const given = basisText('published', lang);
    const which = {
      base: `${text('baseYear', lang)} ${first}`,
      cur: `${last}: ${text('current', lang).toLowerCase()}`,
      bas: `${last}: ${text('baseline', lang).toLowerCase()}`,
      tgt: `${text('target', lang)} ${last}`,
    };
    for (const s of SECTORS) {
      const sector = SECTOR_SHORT[s]![lang];
      const t = targetFor(pack, `share.${s}`, 'level');
      rows.push({ sector, which: which.base, value: current.share[s][0]! * 100, tol: null, basis: cur[0]! });
      rows.push({
        sector,
        which: which.cur,
        value: current.share[s].at(-1)! * 100,
        tol: null,
        basis: cur.at(-1)!,
      });
      rows.push({
        sector,
        which: which.bas,
        value: baseline.share[s].at(-1)! * 100,
        tol: null,
        basis: bas.at(-1)!,
      });
      // A target is a given number of the resolution, drawn solid.
      if (t?.value !== undefined)
        rows.push({ sector, which: which.tgt, value: t.value, tol: aboutTolerance(t), basis: given });
    }
    return { bars: rows };
  },
  spec(input) {
    const { lang, current } = input;
    const first = current.years[0]!;
    const last = current.years.at(-1)!;
    const domain = [
      `${text('baseYear', lang)} ${first}`,
      `${last}: ${text('current', lang).toLowerCase()}`,
      `${last}: ${text('baseline', lang).toLowerCase()}`,
      `${text('target', lang)} ${last}`,
    ];
    return topLevel({
      lang,
      title: this.title(lang),
      subtitle:
        lang === 'vi' ? 'Tỷ trọng trong GRDP giá hiện hành (%)' : 'Share of GRDP at current prices (%)',
      description: this.title(lang),
      datasets: this.data(input),
      body: {
        data: { name: 'bars' },
        mark: { type: 'bar', stroke: '#111827', strokeWidth: 0.5 },
        encoding: {
          x: {
            field: 'sector',
            type: 'nominal',
            sort: SECTORS.map((s) => SECTOR_SHORT[s]![lang]),
            axis: { title: null, labelAngle: 0, labelLimit: 140 },
          },
          xOffset: { field: 'which', type: 'nominal', sort: domain },
          y: { field: 'value', type: 'quantitative', axis: { title: '%', format: ',.0f' } },
          color: {
            field: 'which',
            type: 'nominal',
            scale: { domain, range: ['#cbd5e1', COLORS.current, COLORS.baseline, COLORS.target] },
            legend: { title: null, columns: 2 },
          },
          opacity: basisOpacity(lang, 1, 0.45, true),
          tooltip: [
            { field: 'sector', type: 'nominal', title: text('sector', lang) },
            { field: 'which', type: 'nominal', title: ' ' },
            { field: 'value', type: 'quantitative', title: '%', format: ',.2f' },
            { field: 'basis', type: 'nominal', title: '  ' },
          ],
        },
      },
    });
  },
};

/**
 * The digital-economy share of GRDP (eq. 90) against the pack's target and the national goal: only
 * for a pack that sets either (Vinh Long's VL.4, 10.08 % in 2030, beside the country's ≈ 30 %); a pack
 * without one would show a flat line of an assumed base.
 */
export const digitalShareChart: ChartDef = {
  ...lineChart({
    id: 'digitalShare',
    title: L('Kinh tế số trong GRDP', 'Digital economy, share of GRDP'),
    unit: '%',
    format: ',.1f',
    digits: 1,
    shape: ({ pack }) => targetShape(targetFor(pack, 'digitalShare')),
    values: (p) => p.digitalShare,
    key: 'digitalShare',
    scale: 100,
    frame: 'digitalShare',
  }),
  appliesTo: (pack) =>
    targetFor(pack, 'digitalShare') !== undefined || frameGoalFor(pack, 'digitalShare') !== null,
};

/** Every deterministic chart of the page, in page order (chartsFor: those a pack draws). */
export const CHARTS: readonly ChartDef[] = [
  growthChart,
  sectorsChart,
  structureChart,
  perCapitaChart,
  revenueChart,
  investmentChart,
  exportsChart,
  digitalShareChart,
];

/** The charts a pack draws, in page order. */
export function chartsFor<D extends ChartDef>(pack: ModelPack, defs: readonly D[]): D[] {
  return defs.filter((d) => d.appliesTo?.(pack) ?? true);
}
