import { formatNumber, unitLabel } from '../i18n/format.ts';
import type { Lang } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { NationalGoal } from '../schema/national-frame.ts';
import { frameGoalFor, goalValue } from '../targets/national-frame.ts';
import type { ChartSpec, Rows } from './input.ts';

/**
 * The national goal as a reference line (issue 13): a dotted purple rule labelled "mục tiêu cả
 * nước" / "national goal", drawn only for a pack whose `nationalFrame` gives a goal for the series.
 * Not the resolution's target (green): the province is not scored against it.
 */

const WORDS = { vi: 'mục tiêu cả nước', en: 'national goal' } as const;
const COLOR = '#7c3aed';

/** The `national` dataset of a chart: one row (value in the series' unit, label) or none. */
export function nationalRows(pack: ModelPack, series: NationalGoal['series'], lang: Lang): Rows {
  const g = frameGoalFor(pack, series);
  if (!g) return [];
  const { value, unit } = goalValue(g);
  const usd = g.unit === 'USD' ? ` (${formatNumber(g.value, lang, 0)} USD)` : '';
  const label = `${WORDS[lang]}: ${formatNumber(value, lang, 1)} ${unitLabel(unit, lang)}${usd}`;
  return [{ value, label }];
}

/** The rule and its label, reading the `national` dataset (nothing when the dataset is empty). */
export function nationalLayers(lang: Lang): ChartSpec[] {
  return [
    {
      data: { name: 'national' },
      mark: { type: 'rule', color: COLOR, strokeDash: [2, 3], strokeWidth: 2 },
      encoding: {
        y: { field: 'value', type: 'quantitative' },
        description: { value: WORDS[lang] },
        tooltip: [{ field: 'label', type: 'nominal', title: ' ' }],
      },
    },
    {
      data: { name: 'national' },
      mark: { type: 'text', color: COLOR, align: 'left', baseline: 'bottom', dx: 2, dy: -2, x: 0 },
      encoding: { y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
    },
  ];
}
