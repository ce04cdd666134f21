import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PlancastError } from '../core/problems.ts';
import { resolveScenario } from '../model/resolve-scenario.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import { SCENARIOS_DIR } from './paths.ts';
import { readJsonFile } from './read-json.ts';

/** Names of the shipped scenarios (`scenarios/<name>.json`). */
export function listScenarioNames(): string[] {
  if (!existsSync(SCENARIOS_DIR)) return [];
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Reads a shipped scenario by name, or a file by path, without resolving it. */
export function readScenarioFile(nameOrFile: string): { file: string; spec: unknown } {
  const isName = /^[a-z0-9-]+$/.test(nameOrFile);
  const shipped = path.join(SCENARIOS_DIR, `${nameOrFile}.json`);
  if (isName && existsSync(shipped)) return { file: shipped, spec: readJsonFile(shipped) };
  // A bare name that is neither shipped nor a file here was most likely meant as a shipped name.
  if (isName && lstatSync(nameOrFile, { throwIfNoEntry: false }) === undefined) {
    const names = listScenarioNames();
    throw new PlancastError(nameOrFile, [
      {
        code: 'unknown_scenario',
        path: [],
        value: nameOrFile,
        allowed: names.join(', '),
        message: `no shipped scenario "${nameOrFile}" and no such file; shipped: ${names.join(', ')} (or give a file path)`,
      },
    ]);
  }
  return { file: nameOrFile, spec: readJsonFile(nameOrFile) };
}

/**
 * Loads a scenario (a file path, a shipped name, or an object) and resolves it against a pack.
 * Throws PlancastError naming the file and field on bad input.
 */
export function loadScenario(
  fileOrObject: string | ScenarioSpec | Record<string, unknown>,
  pack: ModelPack,
): RunInput {
  const { file, spec } =
    typeof fileOrObject === 'string'
      ? readScenarioFile(fileOrObject)
      : { file: 'scenario', spec: fileOrObject };
  return resolveScenarioOrThrow(pack, spec, file);
}

/** Resolves a parsed scenario against a pack, throwing PlancastError that names `origin` on bad input. */
export function resolveScenarioOrThrow(pack: ModelPack, spec: unknown, origin: string): RunInput {
  const resolved = resolveScenario(pack, spec);
  if (!resolved.ok) throw new PlancastError(origin, resolved.problems);
  return resolved.value;
}
