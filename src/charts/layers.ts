import type { Lang } from '../schema/common.ts';
import { chartConfig } from './locale.ts';
import { text, type ChartSpec, type Rows, type TargetShape } from './input.ts';
import { basisDash, basisOpacity } from './provenance.ts';

export const COLORS = {
  current: '#1d4ed8',
  baseline: '#6b7280',
  target: '#15803d',
  band: '#22c55e',
} as const;

/**
 * Rows of a yearly series for one scenario label, each with its provenance `basis` (src/charts/provenance.ts)
 * and the previous year's point, so the segment leading to a value is drawn in that value's style.
 */
export function yearRows(
  years: readonly number[],
  values: ArrayLike<number>,
  scenario: string,
  scale = 1,
  basis: readonly string[] = [],
): Rows {
  return years.map((year, i) => ({
    year,
    value: values[i]! * scale,
    scenario,
    basis: basis[i] ?? null,
    prevYear: i > 0 ? years[i - 1]! : null,
    prevValue: i > 0 ? values[i - 1]! * scale : null,
  }));
}

/** The static dataset of a target shape (empty when there is none). */
export function shapeRows(shape: TargetShape): { band: Rows; goal: Rows } {
  if (!shape) return { band: [], goal: [] };
  return shape.kind === 'band'
    ? { band: [{ min: shape.min, max: shape.max }], goal: [] }
    : { band: [], goal: [{ value: shape.value }] };
}

/** Layers drawing a target: a shaded band across the chart, or a dashed goal line. */
export function targetLayers(shape: TargetShape, lang: Lang): ChartSpec[] {
  if (!shape) return [];
  const label = text(shape.kind === 'band' ? 'targetBand' : 'target', lang);
  if (shape.kind === 'band')
    return [
      {
        data: { name: 'band' },
        mark: { type: 'rect', color: COLORS.band, opacity: 0.16, tooltip: false },
        encoding: {
          y: { field: 'min', type: 'quantitative' },
          y2: { field: 'max' },
          description: { value: label },
        },
      },
    ];
  return [
    {
      data: { name: 'goal' },
      mark: { type: 'rule', color: COLORS.target, strokeDash: [6, 3], strokeWidth: 2 },
      encoding: { y: { field: 'value', type: 'quantitative' }, description: { value: label } },
    },
  ];
}

/** Colour and dash encodings telling the current scenario from the plan baseline (dash: never colour alone). */
export function scenarioEncoding(lang: Lang): ChartSpec {
  const domain = [text('current', lang), text('baseline', lang)];
  return {
    color: {
      field: 'scenario',
      type: 'nominal',
      scale: { domain, range: [COLORS.current, COLORS.baseline] },
      legend: { title: null },
    },
    strokeDash: {
      field: 'scenario',
      type: 'nominal',
      scale: {
        domain,
        range: [
          [1, 0],
          [6, 4],
        ],
      },
      legend: { title: null },
    },
  };
}

/** The scenarios of a line chart: their labels, one colour and one point shape each (never colour alone). */
export interface ScenarioLegend {
  domain: string[];
  colors: string[];
  shapes: string[];
}

/**
 * A line per scenario over the years, x as calendar years. Each year's segment (a rule from the
 * previous point) is solid when the value is published, dashed when projected, dotted and faded
 * when it rests on estimates; the scenarios differ by colour and point shape.
 */
export function yearLinesLayer(
  lang: Lang,
  yTitle: string,
  format: string,
  years: readonly number[],
  scenarios: ScenarioLegend = {
    domain: [text('current', lang), text('baseline', lang)],
    colors: [COLORS.current, COLORS.baseline],
    shapes: ['circle', 'square'],
  },
): ChartSpec {
  const { domain } = scenarios;
  const color = {
    field: 'scenario',
    type: 'nominal',
    scale: { domain, range: scenarios.colors },
    legend: { title: null },
  };
  return {
    data: { name: 'series' },
    encoding: {
      x: yearAxis(lang, years),
      y: { field: 'value', type: 'quantitative', scale: { zero: false }, axis: { title: yTitle, format } },
    },
    layer: [
      {
        transform: [{ filter: 'datum.prevYear != null' }],
        mark: { type: 'rule', strokeWidth: 2.5 },
        encoding: {
          x: { field: 'prevYear', type: 'quantitative' },
          y: { field: 'prevValue', type: 'quantitative' },
          x2: { field: 'year' },
          y2: { field: 'value' },
          color,
          strokeDash: basisDash(lang),
          opacity: basisOpacity(lang),
        },
      },
      {
        mark: { type: 'point', filled: true, size: 36 },
        encoding: {
          color,
          shape: {
            field: 'scenario',
            type: 'nominal',
            scale: { domain, range: scenarios.shapes },
            legend: null,
          },
          opacity: basisOpacity(lang),
          tooltip: [
            { field: 'scenario', type: 'nominal', title: ' ' },
            { field: 'year', type: 'quantitative', title: text('year', lang), format: 'd' },
            { field: 'value', type: 'quantitative', title: yTitle, format },
            { field: 'basis', type: 'nominal', title: '  ' },
          ],
        },
      },
    ],
  };
}

export function yearAxis(lang: Lang, years: readonly number[]): ChartSpec {
  return {
    field: 'year',
    type: 'quantitative',
    scale: { domain: [years[0], years.at(-1)], nice: false, padding: 12 },
    axis: { title: text('year', lang), format: 'd', tickMinStep: 1, labelFlush: false },
  };
}

/** Wraps layers into a top-level spec with its datasets, size and the language's locale. */
export function topLevel(opts: {
  lang: Lang;
  title: string;
  subtitle?: string | string[];
  description: string;
  datasets: Record<string, Rows>;
  layer?: ChartSpec[];
  body?: ChartSpec;
}): ChartSpec {
  const spec: ChartSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: opts.description,
    title: opts.subtitle ? { text: opts.title, subtitle: opts.subtitle } : { text: opts.title },
    width: 'container',
    height: 170,
    autosize: { type: 'fit', contains: 'padding' },
    datasets: opts.datasets,
    config: chartConfig(opts.lang),
  };
  if (opts.layer) spec.layer = opts.layer;
  if (opts.body) Object.assign(spec, opts.body);
  return spec;
}
