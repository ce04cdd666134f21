import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import type { FanRow, SensitivityRowLike } from '../../src/charts/index.ts';
import type { McSeries } from '../../src/uncertainty/index.ts';
import type { SimulationOut, SpreadsOnPage } from './worker-protocol.ts';

type UncertaintyModule = typeof import('../../src/uncertainty/index.ts');

/** The public API of src/uncertainty, when it is part of the build (a glob: the page builds with or without it). */
const uncertaintyModules = import.meta.glob<UncertaintyModule>('../../src/uncertainty/index.ts');

async function uncertainty(): Promise<UncertaintyModule | null> {
  const load = Object.values(uncertaintyModules)[0];
  if (!load) return null;
  const mod = await load();
  return typeof mod.McPlan === 'function' &&
    typeof mod.summarize === 'function' &&
    typeof mod.summarizeSlot === 'function' &&
    typeof mod.sensitivity === 'function'
    ? mod
    : null;
}

export async function preloadSimulation(): Promise<void> {
  await uncertainty();
}

function resolved(pack: ModelPack, spec: ScenarioSpec) {
  const r = resolveScenario(pack, spec);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}

/** Fan charts of the page: chart id → Monte Carlo series (fanRows gives display units). */
const FAN_SERIES = {
  growth: 'growth',
  perCapita: 'perCapita',
  revenue: 'revenue',
  exports: 'exports',
} as const satisfies Record<string, McSeries>;

/** Draws per chunk: small enough to report progress and notice a cancel often. */
const CHUNK = 100;

/**
 * The Monte Carlo of src/uncertainty, run in chunks with progress between them; `progress`
 * returning false stops it (a newer run replaced it). The library's `simulate()` is synchronous
 * (progress per 5,000-draw block, an AbortSignal the worker could not fire mid-run), so the chunks
 * are driven here with McPlan.runRange and the result is assembled by the library's own
 * `summarize`: the numbers are those of `simulate(pack, input, { draws, seed })` (a draw's
 * stream depends on (seed, i) only, not on chunking), P(met) included.
 * Null when the module is not in the build or the run was stopped.
 */
export async function runSimulation(
  pack: ModelPack,
  spec: ScenarioSpec,
  draws: number,
  seed: number,
  spreads: SpreadsOnPage,
  progress: (done: number, total: number) => boolean,
): Promise<SimulationOut | null> {
  const mod = await uncertainty();
  if (!mod) return null;
  const problems = mod.checkSimulateOptions({ draws, seed });
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  const input = resolved(pack, spec);
  const plan = new mod.McPlan(pack, input, undefined, spreads === 'auto' ? {} : { from: spreads });
  const store = plan.allocate(draws);
  for (let from = 0; from < draws; from += CHUNK) {
    const to = Math.min(draws, from + CHUNK);
    plan.runRange(seed, from, to, store);
    if (!progress(to, draws)) return null;
    // Yield so a cancel or a newer request can arrive between chunks.
    await new Promise((res) => setTimeout(res, 0));
  }
  const slots = plan.slots.map((_, s) => mod.summarizeSlot(plan, store, s));
  const result = mod.summarize(pack, input, plan, store, seed, slots);
  const fans: Record<string, FanRow[]> = {};
  for (const [id, key] of Object.entries(FAN_SERIES)) {
    // Projected years only: the base year is observed (no spread).
    const rows = mod.fanRows(result, key).slice(1);
    if (rows.length > 0) fans[id] = rows;
  }
  const pMet = Object.fromEntries(result.targets.map((t) => [t.id, t.pMet]));
  const { headline } = result.joint;
  const joint = {
    pAll: headline.pAll,
    lo: headline.interval.lo,
    hi: headline.interval.hi,
    n: result.countMet.n,
    pK: result.countMet.distribution.map((d) => d.p),
  };
  const { used, growth } = result.calibration;
  return { draws: result.draws, spreads: { used, sigma: growth.sigma, n: growth.n }, fans, pMet, joint };
}

/**
 * One-at-a-time sensitivity of the scenario (src/uncertainty `sensitivity`, ~20 projections):
 * the rows the tornado needs. Null when the module is not in the build.
 */
export async function runSensitivity(
  pack: ModelPack,
  spec: ScenarioSpec,
): Promise<SensitivityRowLike[] | null> {
  const mod = await uncertainty();
  if (!mod) return null;
  return mod.sensitivity(pack, resolved(pack, spec)).rows.map((r) => ({
    assumption: r.assumption,
    assumptionLabel: r.assumptionLabel,
    target: r.target,
    targetName: r.targetName,
    unit: r.unit,
    base: r.base,
    low: r.low,
    high: r.high,
    flips: r.flips,
  }));
}
