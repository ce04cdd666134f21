import type { Problem } from '../core/problems.ts';
import type { Projection } from '../model/projection.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import { planYears } from '../model/resolve-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Scorecard } from '../targets/scorecard.ts';
import { assumptionValues, sameValue } from './assumption-values.ts';
import { MAX_COMPARED, MIN_COMPARED, type CompareResult } from './compare-result.ts';
import { KEY_SERIES } from './key-series.ts';

/** One scenario already resolved, projected and scored by the usual pipeline (src/cli/load-run.ts). */
export interface ComparedRun {
  label: string;
  input: RunInput;
  projection: Projection;
  scorecard: Scorecard;
}

/**
 * The problem of a comparison of `n` scenarios, or null when `min` (2) to 4 (one column each on A4).
 * @example compareCountProblem(5)?.allowed // => '2 to 4 scenarios'
 */
export function compareCountProblem(n: number, min = MIN_COMPARED): Problem | null {
  if (n >= min && n <= MAX_COMPARED) return null;
  return {
    code: 'out_of_range',
    path: ['scenarios'],
    value: n,
    allowed: `${min} to ${MAX_COMPARED} scenarios`,
    message: `the number of scenarios is ${n}; allowed ${min} to ${MAX_COMPARED}`,
  };
}

/** The problem when the scenarios name different packs (their targets would not line up), else null. */
export function samePackProblem(models: readonly string[]): Problem | null {
  const distinct = [...new Set(models)];
  if (distinct.length <= 1) return null;
  return {
    code: 'invalid_value',
    path: ['scenarios'],
    value: distinct.join(', '),
    allowed: 'scenarios of one model pack',
    message: `the scenarios belong to different model packs (${distinct.join(', ')}); compare scenarios of one pack`,
  };
}

/**
 * Per target of the pack, each run's value, status and gap (from its scorecard: the one scorer's
 * statuses, nothing re-scored), and whether the statuses differ. Any number of runs (the report
 * shows one scenario with the same rows).
 */
export function targetRows(
  pack: ModelPack,
  runs: readonly Pick<ComparedRun, 'scorecard'>[],
): CompareResult['targets'] {
  return pack.targets.map((t, k) => {
    const cells = runs.map((r) => {
      const row = r.scorecard.rows[k]!;
      return {
        projected: row.projected,
        status: row.status,
        gap: row.gap,
        restsOnEstimates: row.restsOnEstimates,
      };
    });
    const first = runs[0]!.scorecard.rows[k]!;
    return {
      id: t.id,
      clause: t.clause,
      name: t.name,
      unit: first.unit,
      comparator: first.comparator,
      target: first.target,
      cells,
      differs: cells.some((c) => c.status !== cells[0]!.status),
    };
  });
}

/**
 * Compares 2-4 runs of one pack: per target each run's value, status and gap with `differs` where
 * the statuses differ (the scorer's own statuses, src/targets/scorer.ts, nothing re-scored); the key
 * series per run and year; the assumptions on which the runs differ (file units).
 * Throws on fewer than 2 or more than 4 runs: callers check `compareCountProblem` first.
 */
export function compareScenarios(pack: ModelPack, runs: readonly ComparedRun[]): CompareResult {
  const count = compareCountProblem(runs.length);
  if (count) throw new Error(count.message);
  const targets = targetRows(pack, runs);
  const series = KEY_SERIES.map((s) => ({
    id: s.id,
    unit: s.unit,
    values: runs.map((r) => s.read(r.projection)),
  }));
  const perRun = runs.map((r) => assumptionValues(pack, r.input));
  const assumptions = perRun[0]!
    .map((a, k) => ({ ...a, values: perRun.map((vs) => vs[k]!.value) }))
    .filter((a) => a.values.some((v) => !sameValue(v, a.values[0]!)))
    .map(({ id, label, unit, values }) => ({ id, label, unit, values }));
  return {
    model: { id: pack.model.id, name: pack.model.name },
    years: [...runs[0]!.projection.years],
    planYears: planYears(pack),
    scenarios: runs.map((r) => ({
      label: r.label,
      name: r.input.name as LocalizedText | null,
      asOf: r.input.asOf,
      counts: r.scorecard.counts,
    })),
    targets,
    series,
    assumptions,
  };
}
