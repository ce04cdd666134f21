import { loadModelPack } from '../io/load-model-pack.ts';
import { readScenarioFile, resolveScenarioOrThrow } from '../io/load-scenario.ts';
import { DEFAULT_MODEL_ID } from '../io/paths.ts';
import { project } from '../model/project.ts';
import type { Projection } from '../model/projection.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { evaluate, type Scorecard } from '../targets/scorecard.ts';
import { parseIntFlag } from './context.ts';

export const DEFAULT_SCENARIO = 'plan-midpoint';

export interface RunOptions {
  model?: string;
  asOf?: string;
}

export interface LoadedRun {
  pack: ModelPack;
  input: RunInput;
  projection: Projection;
  scorecard: Scorecard;
}

/**
 * Loads the pack named by the scenario (or `--model`), resolves the scenario with `--as-of`
 * applied, projects and evaluates. Shared by every command that starts from a scenario.
 */
export function loadRun(scenarioArg: string | undefined, opts: RunOptions): LoadedRun {
  const { file, spec } = readScenarioFile(scenarioArg ?? DEFAULT_SCENARIO);
  const specModel =
    typeof spec === 'object' && spec !== null && typeof (spec as { model?: unknown }).model === 'string'
      ? (spec as { model: string }).model
      : undefined;
  const pack = loadModelPack(opts.model ?? specModel ?? DEFAULT_MODEL_ID);
  const withAsOf =
    opts.asOf !== undefined && typeof spec === 'object' && spec !== null
      ? { ...spec, asOf: parseIntFlag('--as-of', opts.asOf, pack.model.baseYear, pack.model.lastPlanYear, 0) }
      : spec;
  const input = resolveScenarioOrThrow(pack, withAsOf, file);
  const projection = project(pack, input);
  return { pack, input, projection, scorecard: evaluate(pack, projection) };
}
