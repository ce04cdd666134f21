import { formatProblems } from '../core/problems.ts';
import { toRunResult, type RunResult } from '../export/run-result.ts';
import { project } from '../model/project.ts';
import { resolveScenario } from '../model/resolve-scenario.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import { evaluate } from '../targets/scorecard.ts';
import type { Catalog } from './catalog.ts';
import { HttpProblem } from './problems.ts';

/**
 * The glue between a request and the core, kept out of route handlers: find the pack the body
 * names, resolve the scenario (422 on refusal), project, score.
 */
export function resolveForRequest(
  catalog: Catalog,
  spec: ScenarioSpec,
  at: (string | number)[] = [],
): { pack: ModelPack; input: RunInput } {
  const pack = catalog.packForBody(spec.model, [...at, 'model']);
  const resolved = resolveScenario(pack, spec);
  if (!resolved.ok) {
    const problems = resolved.problems.map((p) => ({ ...p, path: [...at, ...p.path] }));
    throw new HttpProblem('unprocessable', formatProblems('body', problems), problems);
  }
  return { pack, input: resolved.value };
}

/** `POST /api/project`: the RunResult of one scenario (same JSON as `plancast run --json`). */
export function runProjection(catalog: Catalog, spec: ScenarioSpec): RunResult {
  const { pack, input } = resolveForRequest(catalog, spec);
  const p = project(pack, input);
  return toRunResult(pack, input, p, evaluate(pack, p));
}
