import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Scorecard, ScorecardRow } from '../targets/scorecard.ts';
import { goalSeek, type UnreachableReason } from './goal-seek.ts';
import { leverDef } from './levers.ts';

/**
 * The value of a target's own lever (`lever` in targets.json) that puts the target on its
 * boundary, docs/model.md §5.2 `requiredValue`: for a missed target the value that closes the gap,
 * for a met one the value at which it would stop being met. `value` is in `unit` (pp for shift
 * levers, the lever's own unit otherwise); unreachable → `value` null and a `reason`.
 */
export interface Required {
  lever: string;
  value: number | null;
  unit: string;
  /** The lever's current value in the scenario (0 for shift levers). */
  current: number | null;
  reachable: boolean;
  reason?: UnreachableReason | 'unknown-lever';
}

export type RowWithRequired = ScorecardRow & { required: Required | null };

/**
 * Adds `required` to every scorecard row: a goal seek of the row's target on its own lever
 * (null for targets not modelled or without a lever). Pure; about 20-40 model runs per row.
 * @example withRequired(pack, input, evaluate(pack, project(pack, input)))[0].required
 */
export function withRequired(pack: ModelPack, input: RunInput, scorecard: Scorecard): RowWithRequired[] {
  const targets = new Map(pack.targets.map((t) => [t.id, t]));
  return scorecard.rows.map((row): RowWithRequired => {
    const t = targets.get(row.id);
    // A target that cannot be assessed has no boundary worth seeking: its value rests on a placeholder.
    if (!t || !t.lever || row.status === 'not-modelled' || row.status === 'cannot-assess')
      return { ...row, required: null };
    const def = leverDef(pack, t.lever);
    if (!def)
      return {
        ...row,
        required: {
          lever: t.lever,
          value: null,
          unit: '',
          current: null,
          reachable: false,
          reason: 'unknown-lever',
        },
      };
    const g = goalSeek(pack, input, t, def, { sideEffects: false });
    const required: Required = {
      lever: def.id,
      value: g.value,
      unit: def.unit,
      current: g.lever.base,
      reachable: g.reachable,
    };
    if (g.reason) required.reason = g.reason;
    return { ...row, required };
  });
}
