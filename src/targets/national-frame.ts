import type { Projection } from '../model/projection.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { NationalGoal } from '../schema/national-frame.ts';

/**
 * The national goals a pack cites (`model.json` → `nationalFrame`) set beside the province's own
 * projection: in the unit of the provincial series, with the province's projected value. Reference
 * only: nothing here is a status, and the scorecard never sees these rows.
 */

/** A national goal in the unit of the provincial series it is compared with. */
export interface FrameRow {
  id: string;
  goal: NationalGoal;
  /** The goal in the series' unit: %/yr, % or mn VND (a USD goal converted at `goal.vndPerUsd`). */
  value: number;
  unit: '%/yr' | '%' | 'mn VND';
  /** The province's projected value in the same unit (null: the year is outside the plan). */
  projected: number | null;
}

/**
 * A goal's value in the unit of its provincial series: USD per person → mn VND at the stated rate.
 * @example goalValue({ value: 8500, unit: 'USD', vndPerUsd: { value: 26280, … }, … }) // 223.38 (mn VND)
 */
export function goalValue(g: NationalGoal): { value: number; unit: FrameRow['unit'] } {
  if (g.unit === 'USD') return { value: (g.value * g.vndPerUsd!.value) / 1e6, unit: 'mn VND' };
  return { value: g.value, unit: g.unit };
}

/** The province's value to set beside a goal: average growth, or the level in the goal's year. */
function provincial(g: NationalGoal, p: Projection): number | null {
  if (g.kind === 'avgGrowth') return p.period.avgGrowth * 100;
  const i = p.years.indexOf(g.year!);
  if (i < 0) return null;
  const v =
    g.series === 'perCapita'
      ? p.perCapita[i]!
      : g.series === 'digitalShare'
        ? p.digitalShare[i]! * 100
        : null;
  return v ?? null;
}

/**
 * The reference rows: one per national goal of the pack's frame ([] without a frame), with the
 * province's value from run `p` (null without a run).
 */
export function frameRows(pack: ModelPack, p: Projection | null): FrameRow[] {
  return (pack.model.nationalFrame?.goals ?? []).map((g) => ({
    id: g.id,
    goal: g,
    ...goalValue(g),
    projected: p ? provincial(g, p) : null,
  }));
}

/** The goal drawn on the chart of `series` (the first one the frame gives), or null. */
export function frameGoalFor(pack: ModelPack, series: NationalGoal['series']): NationalGoal | null {
  return pack.model.nationalFrame?.goals.find((g) => g.series === series) ?? null;
}
