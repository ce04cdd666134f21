import { loadModelPack } from '../io/load-model-pack.ts';
import { readScenarioFile, resolveScenarioOrThrow } from '../io/load-scenario.ts';
import { DEFAULT_MODEL_ID } from '../io/paths.ts';
import { project } from '../model/project.ts';
import type { Projection } from '../model/projection.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { evaluate, type Scorecard } from '../targets/scorecard.ts';
import { estimateYearOf, latestPublishedYear } from '../targets/verdict.ts';
import { PlancastError } from '../core/problems.ts';
import { parseIntFlag } from './context.ts';
import { parseEstimateFlag } from './estimate-flag.ts';

export const DEFAULT_SCENARIO = 'plan-midpoint';

export interface RunOptions {
  model?: string;
  asOf?: string;
  /** `--as-written`: no actuals, the plan as written (overrides the scenario's own asOf). */
  asWritten?: boolean;
  /**
   * With neither flag nor a scenario asOf: open as of the latest year with published figures in
   * the pack's actuals (`plancast run`); other commands keep the scenario as it is.
   */
  latestByDefault?: boolean;
  /** `--estimate growth=6.2,perCapita=92`: this year's estimate (the run is then as of its year). */
  estimate?: string;
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
  return loadRunOfSpec(file, spec, opts);
}

/** The model pack id a parsed scenario names, if it names one. */
export function specModelId(spec: unknown): string | undefined {
  return typeof spec === 'object' && spec !== null && typeof (spec as { model?: unknown }).model === 'string'
    ? (spec as { model: string }).model
    : undefined;
}

/** `loadRun` for a scenario already read (`file` names it in error messages). */
export function loadRunOfSpec(file: string, spec: unknown, opts: RunOptions): LoadedRun {
  const pack = loadModelPack(opts.model ?? specModelId(spec) ?? DEFAULT_MODEL_ID);
  if (opts.asOf !== undefined && opts.asWritten)
    throw new PlancastError('--as-written', [
      {
        code: 'invalid_value',
        path: [],
        value: opts.asOf,
        allowed: 'either --as-of <year> or --as-written',
        message: '--as-of and --as-written cannot be used together',
      },
    ]);
  const isObject = typeof spec === 'object' && spec !== null;
  const specAsOf = isObject ? (spec as { asOf?: unknown }).asOf : undefined;
  const latest = opts.latestByDefault && specAsOf === undefined ? latestPublishedYear(pack) : null;
  let withAsOf = spec;
  if (isObject && opts.asOf !== undefined)
    withAsOf = {
      ...spec,
      asOf: parseIntFlag('--as-of', opts.asOf, pack.model.baseYear, pack.model.lastPlanYear, 0),
    };
  else if (isObject && opts.asWritten) {
    const { asOf: _drop, ...rest } = spec as Record<string, unknown>;
    void _drop;
    withAsOf = rest;
  } else if (isObject && latest !== null) withAsOf = { ...spec, asOf: latest };
  if (isObject && opts.estimate !== undefined)
    withAsOf = { ...(withAsOf as object), estimate: parseEstimateFlag(opts.estimate, estimateYearOf(pack)) };
  const input = resolveScenarioOrThrow(pack, withAsOf, file);
  const projection = project(pack, input);
  return { pack, input, projection, scorecard: evaluate(pack, projection) };
}
