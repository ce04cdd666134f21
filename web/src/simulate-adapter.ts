import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import type { FanRow } from '../../src/charts/uncertainty.ts';
import type { SimulationOut } from './worker-protocol.ts';

type PlanModule = typeof import('../../src/uncertainty/plan.ts');
type QuantileModule = typeof import('../../src/uncertainty/quantile.ts');

/** src/uncertainty, when it is part of the build (globs: the page builds with or without it). */
const planModules = import.meta.glob<PlanModule>('../../src/uncertainty/plan.ts');
const quantileModules = import.meta.glob<QuantileModule>('../../src/uncertainty/quantile.ts');

async function modules(): Promise<{ plan: PlanModule; quantile: QuantileModule } | null> {
  const p = Object.values(planModules)[0];
  const q = Object.values(quantileModules)[0];
  if (!p || !q) return null;
  const [plan, quantile] = await Promise.all([p(), q()]);
  return typeof plan.McPlan === 'function' && typeof quantile.quantilesInPlace === 'function'
    ? { plan, quantile }
    : null;
}

export async function preloadSimulation(): Promise<void> {
  await modules();
}

/** Fan charts of the page: chart id → Monte Carlo series and the factor to display units. */
const FAN_SERIES: Record<string, { series: string; scale: number }> = {
  growth: { series: 'growth', scale: 100 },
  perCapita: { series: 'perCapita', scale: 1 },
  revenue: { series: 'revenue', scale: 1 },
  exports: { series: 'exports', scale: 1 },
};

/** Draws per chunk: small enough to report progress and notice a cancel often. */
const CHUNK = 100;

/**
 * The Monte Carlo of src/uncertainty (McPlan: seeded, deterministic for a seed) run in chunks, with
 * progress between chunks; `progress` returning false stops it (a newer run replaced it).
 * Null when the module is not in the build or the run was stopped.
 */
export async function runSimulation(
  pack: ModelPack,
  spec: ScenarioSpec,
  draws: number,
  seed: number,
  progress: (done: number, total: number) => boolean,
): Promise<SimulationOut | null> {
  const mods = await modules();
  if (!mods) return null;
  const r = resolveScenario(pack, spec);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  const plan = new mods.plan.McPlan(pack, r.value);
  const store = plan.allocate(draws);
  for (let from = 0; from < draws; from += CHUNK) {
    const to = Math.min(draws, from + CHUNK);
    plan.runRange(seed, from, to, store);
    if (!progress(to, draws)) return null;
    // Yield so a cancel or a newer request can arrive between chunks.
    await new Promise((res) => setTimeout(res, 0));
  }
  const years = plan.kernel.years;
  const fans: Record<string, FanRow[]> = {};
  for (const [id, f] of Object.entries(FAN_SERIES)) {
    const rows: FanRow[] = [];
    plan.slots.forEach((slot, s) => {
      if (slot.series !== f.series) return;
      const v = store.values.slice(s * draws, (s + 1) * draws);
      const [p05, p25, p50, p75, p95] = mods.quantile
        .quantilesInPlace(v, [0.05, 0.25, 0.5, 0.75, 0.95])
        .map((x) => x * f.scale);
      rows.push({ year: years[slot.t]!, p05: p05!, p25: p25!, p50: p50!, p75: p75!, p95: p95! });
    });
    if (rows.length > 0) fans[id] = rows;
  }
  const nStatus = plan.targets.length > 0 ? store.counts.length / plan.targets.length : 0;
  const pMet: Record<string, number> = {};
  plan.targets.forEach((t, j) => {
    const met = store.counts[j * nStatus]! + store.counts[j * nStatus + 1]!;
    pMet[t.target.id] = met / draws;
  });
  return { draws, fans, pMet, tornado: null };
}
