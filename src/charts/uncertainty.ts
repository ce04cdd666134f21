import { formatNumber, unitLabel } from '../i18n/format.ts';
import type { Lang, LocalizedText } from '../schema/common.ts';
import type { SensitivityRow } from '../uncertainty/sensitivity.ts';
import type { SeriesQuantiles } from '../uncertainty/simulate.ts';
import { text, type ChartSpec, type Rows, type TargetShape } from './input.ts';
import { COLORS, shapeRows, targetLayers, topLevel, yearAxis } from './layers.ts';

/** Quantiles of one series per year from a Monte Carlo run (values in display units). */
export type FanRow = Omit<SeriesQuantiles['years'][number], 'deterministic'>;

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

const LABEL_LIMIT = 250;

/** A tornado chart: per input, the outcome range around the central value, widest first. */
export function tornadoSpec(o: {
  lang: Lang;
  title: string;
  unit: string;
  format: string;
  base: number;
  rows: readonly TornadoRow[];
  /** Decimals of the central value in the subtitle (default 1). */
  digits?: number;
  /** An extra line under the subtitle. */
  note?: string;
  /** Widest y label in px before it is cut with "…" (default 250; less on a phone). */
  labelLimit?: number;
}): ChartSpec {
  const labelLimit = o.labelLimit ?? LABEL_LIMIT;
  const { lang } = o;
  const u = unitLabel(o.unit, lang);
  const data = tornadoData(o.rows, o.base, lang);
  const central = `${lang === 'vi' ? 'Giá trị trung tâm' : 'Central value'}: ${formatNumber(o.base, lang, o.digits ?? 1)} ${u}`;
  const spec = topLevel({
    lang,
    title: o.title,
    subtitle: o.note ? [central, o.note] : central,
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
            axis: { title: null, labelLimit },
          },
          x: {
            field: 'from',
            type: 'quantitative',
            scale: { zero: false },
            // Few ticks, end labels centred on their ticks: short decimals must not run together.
            axis: { title: u, format: o.format, tickCount: 6, labelFlush: false },
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
  const labels = new Set(o.rows.map((r) => r.label));
  // The y labels (up to labelLimit, ~6.5 px a character at 11 px) plus padding: the page
  // subtracts this from the card width so the bars are not cut off on the right.
  const labelPx = Math.min(labelLimit, Math.ceil(6.5 * Math.max(0, ...[...labels].map((l) => l.length))));
  return {
    ...spec,
    // One band of ~24 px per input, so ten assumptions stay readable.
    height: Math.max(96, 24 * labels.size),
    usermeta: { axisRoom: labelPx + 40 },
  };
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

/** The part of a sensitivity row (src/uncertainty) a tornado chart reads. */
export type SensitivityRowLike = Pick<
  SensitivityRow,
  'assumption' | 'assumptionLabel' | 'target' | 'targetName' | 'unit' | 'base' | 'low' | 'high' | 'flips'
>;

/** The targets a sensitivity run has bars for, in the order of its rows (pack order). */
export function tornadoTargets(
  rows: readonly SensitivityRowLike[],
): { id: string; name: LocalizedText; unit: string }[] {
  const seen = new Map<string, { id: string; name: LocalizedText; unit: string }>();
  for (const r of rows)
    if (!seen.has(r.target)) seen.set(r.target, { id: r.target, name: r.targetName, unit: r.unit });
  return [...seen.values()];
}

/** Decimals that show a target's changes: fewer for large values (bn VND), more for rates. */
export function tornadoDigits(values: readonly number[]): number {
  const m = Math.max(0, ...values.map((v) => Math.abs(v)).filter(Number.isFinite));
  return m >= 1000 ? 0 : m >= 10 ? 1 : 2;
}

/**
 * The tornado of one target from a sensitivity run: one bar per assumption that moves it
 * (label marked `*` when the target's status flips). Null when the run has no rows for the target.
 */
export function sensitivityTornado(
  rows: readonly SensitivityRowLike[],
  target: string,
  lang: Lang,
): {
  lang: Lang;
  title: string;
  unit: string;
  format: string;
  digits: number;
  base: number;
  rows: TornadoRow[];
  note?: string;
} | null {
  const mine = rows.filter((r) => r.target === target);
  const first = mine[0];
  if (!first) return null;
  const digits = tornadoDigits(mine.flatMap((r) => [r.base, r.low, r.high]));
  const flips = mine.some((r) => r.flips);
  return {
    lang,
    title: `${lang === 'vi' ? 'Độ nhạy' : 'Sensitivity'}: ${first.targetName[lang]}`,
    unit: first.unit,
    format: `,.${digits}f`,
    digits,
    base: first.base,
    rows: mine.map((r) => ({
      label: r.flips ? `${r.assumptionLabel[lang]} *` : r.assumptionLabel[lang],
      low: r.low,
      high: r.high,
    })),
    ...(flips
      ? {
          note:
            lang === 'vi'
              ? '* làm thay đổi trạng thái đánh giá của chỉ tiêu'
              : '* changes the status of the target',
        }
      : {}),
  };
}
