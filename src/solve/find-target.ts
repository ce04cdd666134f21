import type { ModelPack } from '../schema/model-pack.ts';
import type { Result } from '../schema/parse.ts';
import type { Target } from '../schema/target.ts';

/**
 * Finds the target a `--target` names: a target id, or a clause (`1.2.d`), which picks its first
 * modelled target and lists the others. Returns a problem listing the valid ids and clauses.
 */
export function findTarget(pack: ModelPack, key: string): Result<{ target: Target; others: string[] }> {
  const byId = pack.targets.find((t) => t.id === key);
  const inClause = pack.targets.filter((t) => t.clause === key);
  const modelled = (byId ? [byId] : inClause).filter((t) => t.modelled !== 'no' && t.series);
  if (modelled.length > 0)
    return {
      ok: true,
      value: { target: modelled[0]!, others: inClause.filter((t) => t !== modelled[0]).map((t) => t.id) },
    };
  const valid = pack.targets.filter((t) => t.modelled !== 'no' && t.series);
  const allowed = valid.map((t) => `${t.id} (${t.clause})`).join(', ');
  const why =
    byId || inClause.length > 0 ? 'is not modelled' : `is not a target id or clause of ${pack.model.id}`;
  return {
    ok: false,
    problems: [
      {
        code: 'invalid_value',
        path: [],
        value: key,
        allowed,
        message: `"${key}" ${why}; valid targets: ${allowed}`,
      },
    ],
  };
}
