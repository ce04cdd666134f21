import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describeValue } from '../core/problems.ts';
import { loadModelPack } from '../io/load-model-pack.ts';
import { readJsonFile } from '../io/read-json.ts';
import type { ModelSummary } from '../schema/api.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { ScenarioSpec } from '../schema/scenario.ts';
import { HttpProblem } from './problems.ts';

const ID = /^[a-z0-9-]{1,100}$/;

/** A scenario file as listed by the API. */
export interface ShippedScenario {
  name: string;
  spec: ScenarioSpec;
}

/**
 * The packs of a models directory and the scenarios of a scenarios directory, loaded lazily
 * and cached for the life of the server (the hot path of `POST /api/project` is one Map lookup).
 */
export class Catalog {
  readonly modelsDir: string;
  readonly scenariosDir: string;
  readonly #packs = new Map<string, ModelPack>();
  readonly #scenarios = new Map<string, ScenarioSpec>();

  constructor(modelsDir: string, scenariosDir: string) {
    this.modelsDir = modelsDir;
    this.scenariosDir = scenariosDir;
  }

  /** Ids of the packs present (folders holding a model.json), sorted. */
  modelIds(): string[] {
    if (!existsSync(this.modelsDir)) return [];
    return readdirSync(this.modelsDir)
      .filter((d) => ID.test(d) && existsSync(path.join(this.modelsDir, d, 'model.json')))
      .sort();
  }

  /** The directory of a pack (for workers, which load and cache packs themselves). */
  packDir(id: string): string {
    this.pack(id);
    return path.join(this.modelsDir, id);
  }

  /** A pack by id; unknown ids throw a `not-found` problem naming the known ones. */
  pack(id: string): ModelPack {
    const hit = this.#packs.get(id);
    if (hit) return hit;
    const dir = path.join(this.modelsDir, id);
    if (!ID.test(id) || !existsSync(path.join(dir, 'model.json'))) {
      const known = this.modelIds().join(', ');
      const message = `no model pack ${describeValue(id)}; known: ${known || '(none)'}`;
      throw new HttpProblem('not-found', message, [
        { code: 'unknown_model', path: [], value: id, allowed: known, message },
      ]);
    }
    let pack: ModelPack;
    try {
      pack = loadModelPack(dir);
    } catch (e) {
      // A broken pack on the server is the server's fault, not the client's: a logged 500.
      throw new Error(`model pack ${id} does not load`, { cause: e });
    }
    this.#packs.set(id, pack);
    return pack;
  }

  /** The pack a request body names in its `model` field: unknown → 422 pointing at `model`. */
  packForBody(id: string, at: (string | number)[] = ['model']): ModelPack {
    try {
      return this.pack(id);
    } catch (e) {
      if (!(e instanceof HttpProblem) || e.kind !== 'not-found') throw e;
      const known = this.modelIds().join(', ');
      const message = `${at.join('.')} is ${describeValue(id)}; known model packs: ${known || '(none)'}`;
      throw new HttpProblem('unprocessable', message, [
        { code: 'unknown_model', path: at, value: id, allowed: known, message },
      ]);
    }
  }

  /** One line per pack for listings. Packs that fail to load are skipped (and reported by `pack`). */
  summaries(onError: (id: string, err: unknown) => void): ModelSummary[] {
    const out: ModelSummary[] = [];
    for (const id of this.modelIds()) {
      try {
        out.push(summarize(id, this.pack(id)));
      } catch (e) {
        onError(id, e);
      }
    }
    return out;
  }

  /** Names of the scenario files present, sorted. */
  scenarioNames(): string[] {
    if (!existsSync(this.scenariosDir)) return [];
    return readdirSync(this.scenariosDir)
      .filter((f) => f.endsWith('.json') && ID.test(f.slice(0, -5)))
      .map((f) => f.slice(0, -5))
      .sort();
  }

  /** A shipped scenario by name, validated; unknown names → 404. */
  scenario(name: string): ScenarioSpec {
    const hit = this.#scenarios.get(name);
    if (hit) return hit;
    const file = path.join(this.scenariosDir, `${name}.json`);
    if (!ID.test(name) || !existsSync(file)) {
      const known = this.scenarioNames().join(', ');
      const message = `no scenario ${describeValue(name)}; known: ${known || '(none)'}`;
      throw new HttpProblem('not-found', message, [
        { code: 'not_found', path: [], value: name, allowed: known, message },
      ]);
    }
    let raw: unknown;
    try {
      raw = readJsonFile(file);
    } catch (e) {
      throw new Error(`shipped scenario ${file} does not read`, { cause: e });
    }
    const parsed = ScenarioSpec.safeParse(raw);
    if (!parsed.success) throw new Error(`shipped scenario ${file} is invalid`, { cause: parsed.error });
    this.#scenarios.set(name, parsed.data);
    return parsed.data;
  }
}

/** The listing line of a pack. */
export function summarize(id: string, pack: ModelPack): ModelSummary {
  const m = pack.model;
  return {
    id,
    name: m.name,
    province: m.province,
    resolution: m.resolution,
    baseYear: m.baseYear,
    firstPlanYear: m.firstPlanYear,
    lastPlanYear: m.lastPlanYear,
    targets: pack.targets.length,
    indicators: m.indicators.length,
  };
}
