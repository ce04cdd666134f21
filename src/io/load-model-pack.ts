import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PlancastError } from '../core/problems.ts';
import { compilePackFormulas, packHasFormulas } from '../formula/pack.ts';
import { parseModelPack, type PackFiles } from '../model/parse-model-pack.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { mathParser } from './formula-parser.ts';
import { DEFAULT_MODEL_ID, MODELS_DIR } from './paths.ts';
import { readJsonFile } from './read-json.ts';

const PACK_FILES = ['model.json', 'targets.json', 'history.json', 'actuals.json'] as const;
const cache = new Map<string, ModelPack>();

/** Ids of the packs shipped in `models/`. */
export function listModelIds(): string[] {
  if (!existsSync(MODELS_DIR)) return [];
  return readdirSync(MODELS_DIR)
    .filter((d) => existsSync(path.join(MODELS_DIR, d, 'model.json')))
    .sort();
}

/**
 * Loads a model pack by id (a folder of `models/`) or by directory path, validated.
 * Throws PlancastError naming the file, the field path, the value and what is allowed.
 */
export function loadModelPack(idOrDir: string = DEFAULT_MODEL_ID): ModelPack {
  const dir = resolvePackDir(idOrDir);
  const hit = cache.get(dir);
  if (hit) return hit;
  const files = Object.fromEntries(
    PACK_FILES.map((f) => {
      const file = path.join(dir, f);
      // A pack without actuals or history is still a pack: empty sets.
      if (!existsSync(file) && (f === 'history.json' || f === 'actuals.json')) return [f, {}];
      return [f, readJsonFile(file)];
    }),
  ) as unknown as PackFiles;
  const parsed = parseModelPack(files);
  if (!parsed.ok) throw new PlancastError(dir, parsed.problems);
  // Formulas (src/formula): mathjs is loaded only for a pack that has one.
  if (packHasFormulas(parsed.value)) {
    const problems = compilePackFormulas(parsed.value, mathParser());
    if (problems.length > 0) throw new PlancastError(dir, problems);
  }
  cache.set(dir, parsed.value);
  return parsed.value;
}

export function resolvePackDir(idOrDir: string): string {
  const asDir = path.resolve(idOrDir);
  if (existsSync(asDir) && statSync(asDir).isDirectory()) return asDir;
  if (/^[a-z0-9-]+$/.test(idOrDir) && existsSync(path.join(MODELS_DIR, idOrDir, 'model.json')))
    return path.join(MODELS_DIR, idOrDir);
  const known = listModelIds();
  throw new PlancastError(idOrDir, [
    {
      code: 'unknown_model',
      path: [],
      value: idOrDir,
      allowed: known.join(', '),
      message: `no model pack "${idOrDir}"; known: ${known.join(', ')} (or give a directory)`,
    },
  ]);
}
