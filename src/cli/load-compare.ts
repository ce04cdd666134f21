import { PlancastError } from '../core/problems.ts';
import { compareCountProblem, samePackProblem, type ComparedRun } from '../compare/compare-scenarios.ts';
import { DEFAULT_MODEL_ID } from '../io/paths.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { loadRunOfSpec, specModelId, type LoadedRun } from './load-run.ts';
import { resolveScenarioRef } from './scenario-refs.ts';

export interface CompareOptions {
  /** `--pack <id>`: the pack for every scenario (default: the one each scenario names). */
  pack?: string;
  asOf?: string;
}

/**
 * Reads, resolves, projects and scores each referenced scenario with the pipeline of `plancast run`
 * (as of the pack's latest published year unless `--as-of` or the scenario says otherwise).
 * Refuses (exit 2) a count outside 2-4 (1-4 for the report) and scenarios of different packs.
 */
export function loadComparedRuns(
  refs: readonly string[],
  opts: CompareOptions,
  command: 'compare' | 'report',
): { pack: ModelPack; runs: (ComparedRun & LoadedRun & { spec: unknown })[] } {
  const count = compareCountProblem(refs.length, command === 'report' ? 1 : 2);
  if (count) throw new PlancastError(`plancast ${command}`, [count]);
  const read = refs.map(resolveScenarioRef);
  if (opts.pack === undefined) {
    const mixed = samePackProblem(read.map((r) => specModelId(r.spec) ?? DEFAULT_MODEL_ID));
    if (mixed) throw new PlancastError(`plancast ${command}`, [mixed]);
  }
  const runs = read.map((r) => ({
    label: r.label,
    spec: r.spec,
    ...loadRunOfSpec(r.origin, r.spec, {
      ...(opts.pack !== undefined ? { model: opts.pack } : {}),
      ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
      latestByDefault: true,
    }),
  }));
  return { pack: runs[0]!.pack, runs };
}
