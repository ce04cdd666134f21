import { formatNumber, unitLabel } from '../i18n/format.ts';
import type { Lang } from '../schema/common.ts';
import { text, type ChartSpec, type Rows, type TargetShape } from './input.ts';
import { COLORS, shapeRows, targetLayers, topLevel, yearAxis } from './layers.ts';

/** Quantiles of one series per year from a Monte Carlo run (values in display units). */
export interface FanRow {
  year: number;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** A fan chart: 90 % and 50 % bands, the median, and the deterministic current path. */
export function fanChartSpec(o: {
  lang: Lang;
  id: string;
  title: string;
  unit: string;
  format: string;
  fan: readonly FanRow[];
  path: readonly { year: number; value: number }[];
  shape: TargetShape;
}): ChartSpec {
  const { lang } = o;
  const u = unitLabel(o.unit, lang);
  const years = o.fan.map((r) => r.year);
  const x = yearAxis(lang, years.length > 0 ? years : o.path.map((r) => r.year));
  const bands = [
    { lo: 'p05', hi: 'p95', label: text('p90', lang), opacity: 0.18 },
    { lo: 'p25', hi: 'p75', label: text('p50', lang), opacity: 0.32 },
  ];
  return topLevel({
    lang,
    title: o.title,
    subtitle:
      lang === 'vi'
        ? `Vùng đậm: 50 %, vùng nhạt: 90 % các lần mô phỏng (${u})`
        : `Dark: 50 %, light: 90 % of the draws (${u})`,
    description: `${o.title}: ${text('p90', lang)}, ${text('p50', lang)}, ${text('median', lang)}`,
    datasets: { ...shapeRows(o.shape), ...fanData(o.fan, o.path) },
    layer: [
      ...targetLayers(o.shape, lang),
      ...bands.map((b) => ({
        data: { name: 'fan' },
        mark: { type: 'area', color: COLORS.current, opacity: b.opacity },
        encoding: {
          x,
          y: {
            field: b.lo,
            type: 'quantitative',
            scale: { zero: false },
            axis: { title: u, format: o.format },
          },
          y2: { field: b.hi },
          tooltip: [
            { field: 'year', type: 'quantitative', title: text('year', lang), format: 'd' },
            { field: b.lo, type: 'quantitative', title: `${b.label} ↓`, format: o.format },
            { field: b.hi, type: 'quantitative', title: `${b.label} ↑`, format: o.format },
          ],
        },
      })),
      {
        data: { name: 'fan' },
        mark: { type: 'line', color: COLORS.current, strokeWidth: 2 },
        encoding: {
          x,
          y: { field: 'p50', type: 'quantitative' },
          tooltip: [{ field: 'p50', type: 'quantitative', title: text('median', lang), format: o.format }],
        },
      },
      {
        data: { name: 'path' },
        mark: {
          type: 'line',
          color: '#111827',
          strokeDash: [4, 3],
          strokeWidth: 1.5,
          point: { color: '#111827', size: 20 },
        },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative' },
          tooltip: [{ field: 'value', type: 'quantitative', title: text('current', lang), format: o.format }],
        },
      },
    ],
  });
}

export function fanData(
  fan: readonly FanRow[],
  path: readonly { year: number; value: number }[],
): Record<string, Rows> {
  return { fan: fan.map((r) => ({ ...r })), path: path.map((r) => ({ ...r })) };
}

/** One bar of a tornado chart: the outcome with the input lowered and raised. */
export interface TornadoRow {
  label: string;
  low: number;
  high: number;
}

/** A tornado chart: per input, the outcome range around the central value, widest first. */
export function tornadoSpec(o: {
  lang: Lang;
  title: string;
  unit: string;
  format: string;
  base: number;
  rows: readonly TornadoRow[];
}): ChartSpec {
  const { lang } = o;
  const u = unitLabel(o.unit, lang);
  const data = tornadoData(o.rows, o.base, lang);
  return topLevel({
    lang,
    title: o.title,
    subtitle: `${lang === 'vi' ? 'Giá trị trung tâm' : 'Central value'}: ${formatNumber(o.base, lang, 1)} ${u}`,
    description: o.title,
    datasets: { ...data, center: [{ value: o.base }] },
    layer: [
      {
        data: { name: 'bars' },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y: {
            field: 'label',
            type: 'nominal',
            sort: { field: 'width', order: 'descending' },
            axis: { title: null, labelLimit: 200 },
          },
          x: {
            field: 'from',
            type: 'quantitative',
            scale: { zero: false },
            axis: { title: u, format: o.format },
          },
          x2: { field: 'to' },
          color: {
            field: 'side',
            type: 'nominal',
            scale: { domain: [text('low', lang), text('high', lang)], range: ['#f97316', COLORS.current] },
            legend: { title: null },
          },
          tooltip: [
            { field: 'label', type: 'nominal', title: text('input', lang) },
            { field: 'side', type: 'nominal', title: ' ' },
            { field: 'outcome', type: 'quantitative', title: u, format: o.format },
          ],
        },
      },
      {
        data: { name: 'center' },
        mark: { type: 'rule', color: '#111827', strokeWidth: 1.5 },
        encoding: { x: { field: 'value', type: 'quantitative' } },
      },
    ],
  });
}

/** Two half-bars per input (lowered, raised), each from the central value to the outcome. */
export function tornadoData(rows: readonly TornadoRow[], base: number, lang: Lang): { bars: Rows } {
  return {
    bars: rows.flatMap((r) => {
      const width = Math.abs(r.high - r.low);
      return [
        { label: r.label, side: text('low', lang), from: base, to: r.low, outcome: r.low, width },
        { label: r.label, side: text('high', lang), from: base, to: r.high, outcome: r.high, width },
      ];
    }),
  };
}
