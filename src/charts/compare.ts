import { unitLabel } from '../i18n/format.ts';
import type { Projection } from '../model/projection.ts';
import type { Lang } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { ChartSpec } from './input.ts';
import {
  shapeRows,
  targetLayers,
  topLevel,
  yearLinesLayer,
  yearRows,
  type ScenarioLegend,
} from './layers.ts';
import { basisPath } from './provenance.ts';
import { CHARTS, shapeText, type ChartDef, type LineChartOptions } from './specs.ts';

/** One colour and one point shape per compared scenario (up to four), told apart without colour too. */
export const SCENARIO_COLORS = ['#1d4ed8', '#b45309', '#047857', '#9333ea'] as const;
const SCENARIO_SHAPES = ['circle', 'square', 'triangle-up', 'diamond'] as const;

/** A scenario on an overlaid chart: its legend label and its projection. */
export interface ChartRun {
  label: string;
  projection: Projection;
}

/** The legend of the overlaid scenarios: their labels, in order, with colour and shape each. */
export function scenarioLegend(labels: readonly string[]): ScenarioLegend {
  return {
    domain: [...labels],
    colors: labels.map((_, k) => SCENARIO_COLORS[k % SCENARIO_COLORS.length]!),
    shapes: labels.map((_, k) => SCENARIO_SHAPES[k % SCENARIO_SHAPES.length]!),
  };
}

/** The yearly line charts of the page (growth, per capita, cumulative revenue, investment, exports). */
export const COMPARE_CHARTS: readonly (ChartDef & { line: LineChartOptions })[] = CHARTS.filter(
  (c): c is ChartDef & { line: LineChartOptions } => c.line !== undefined,
);

/**
 * One of the page's yearly line charts with every scenario overlaid, one legend for all (same
 * target band, axes and provenance styles as the page's chart: src/charts/specs.ts).
 */
export function compareChartSpec(
  def: ChartDef & { line: LineChartOptions },
  pack: ModelPack,
  runs: readonly ChartRun[],
  lang: Lang,
): ChartSpec {
  const o = def.line;
  const first = runs[0]!.projection;
  const shape = o.shape({ lang, pack, current: first, baseline: first });
  const series = runs.flatMap((r) =>
    yearRows(
      r.projection.years,
      o.values(r.projection),
      r.label,
      o.scale,
      basisPath(pack, r.projection, [o.key], lang, o.cumulative),
    ),
  );
  const legend = scenarioLegend(runs.map((r) => r.label));
  const spec = topLevel({
    lang,
    title: o.title(lang),
    subtitle: shapeText(shape, o.unit, lang, o.digits),
    description: `${o.title(lang)}. ${shapeText(shape, o.unit, lang, o.digits)}`,
    datasets: { ...shapeRows(shape), series },
    layer: [
      ...targetLayers(shape, lang),
      yearLinesLayer(lang, unitLabel(o.unit, lang), o.format, first.years, legend),
    ],
  });
  // Scenario names are long ("Bến Tre 2021-2025: điểm giữa các khoảng tăng trưởng"): show them whole.
  const config = spec.config as { legend?: Record<string, unknown> } | undefined;
  return { ...spec, config: { ...config, legend: { ...config?.legend, labelLimit: 0 } } };
}
