import path from 'node:path';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import type { RunInput } from '../../src/model/resolved-scenario.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';

export const TINY_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'tiny-pack');

/** The hand-checked two-year pack (see test/fixtures/tiny-pack and docs/architecture.md). */
export function tinyPack(): ModelPack {
  return loadModelPack(TINY_DIR);
}

/** Resolves a scenario against a pack, failing the test with the problems if it is refused. */
export function resolveOk(pack: ModelPack, spec: Record<string, unknown> = {}): RunInput {
  const r = resolveScenario(pack, { model: pack.model.id, ...spec });
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.value;
}
