/// <reference lib="webworker" />
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import { project } from '../../src/model/project.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import { loadPacks } from './pack.ts';
import { preloadSimulation, runSensitivity, runSimulation } from './simulate-adapter.ts';
import type { FromWorker, RequiredOut, SpreadsOnPage, ToWorker } from './worker-protocol.ts';
import { backtest } from '../../src/backtest/backtest.ts';

/**
 * Heavy work off the main thread: the goal seek of every target ("growth needed", ~50 ms), the
 * one-at-a-time sensitivity (tornado, ~20 projections) and the Monte Carlo run. Only the newest
 * request of each kind is served; older ones are dropped.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Every pack of the build; a request's scenario names its pack in `model`. */
const packs = new Map(loadPacks().map((e) => [e.id, e.pack]));

function packOf(spec: ScenarioSpec): ModelPack {
  const pack = packs.get(spec.model);
  if (!pack) throw new Error(`unknown model pack ${spec.model}`);
  return pack;
}
const requiredModules = import.meta.glob<typeof import('../../src/solve/required.ts')>(
  '../../src/solve/required.ts',
);
const leverModules = import.meta.glob<typeof import('../../src/solve/levers.ts')>(
  '../../src/solve/levers.ts',
);

let simulateSeq = 0;

const post = (m: FromWorker) => scope.postMessage(m);
// Load the lazily split modules now, so the page keeps working if the network goes away.
void Promise.all(
  [...Object.values(requiredModules), ...Object.values(leverModules)].map((load) => load()),
).catch(() => undefined);
void preloadSimulation().catch(() => undefined);

/**
 * Serves only the newest of a kind of request: one runs at a time, and a request that is already
 * superseded when its turn comes is skipped.
 */
function latestOnly<M>(work: (m: M) => Promise<void>): (m: M) => void {
  let latest: M | null = null;
  let busy = false;
  const drain = async () => {
    busy = true;
    try {
      while (latest) {
        const m = latest;
        latest = null;
        // Let a newer request that is already queued replace this one before spending time on it.
        await new Promise((r) => setTimeout(r, 0));
        if (latest) continue;
        await work(m);
      }
    } finally {
      busy = false;
    }
  };
  return (m) => {
    latest = m;
    if (!busy) void drain();
  };
}

const serveRequired = latestOnly(async (m: Extract<ToWorker, { kind: 'required' }>) => {
  try {
    post({ kind: 'required', seq: m.seq, rows: await required(m.spec) });
  } catch (err) {
    post({ kind: 'error', seq: 0, message: String(err) });
  }
});

const serveSensitivity = latestOnly(async (m: Extract<ToWorker, { kind: 'sensitivity' }>) => {
  try {
    post({ kind: 'sensitivity', seq: m.seq, rows: await runSensitivity(packOf(m.spec), m.spec) });
  } catch (err) {
    post({
      kind: 'sensitivity',
      seq: m.seq,
      rows: null,
      error: err instanceof Error ? err.message : String(err),
    });
  }
});

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.kind === 'required') serveRequired(m);
  else if (m.kind === 'sensitivity') serveSensitivity(m);
  else if (m.kind === 'backtest') {
    const pack = packs.get(m.pack);
    post({ kind: 'backtest', seq: m.seq, result: pack ? backtest(pack) : null });
  } else if (m.kind === 'simulate') {
    simulateSeq = m.seq;
    void simulate(m.seq, m.spec, m.draws, m.seed, m.spreads);
  } else {
    simulateSeq = m.seq;
  }
};

async function required(spec: ScenarioSpec): Promise<Record<string, RequiredOut | null> | null> {
  const mod = await Object.values(requiredModules)[0]?.();
  const levers = await Object.values(leverModules)[0]?.();
  if (!mod) return null;
  const pack = packOf(spec);
  const r = resolveScenario(pack, spec);
  if (!r.ok) return null;
  const card = evaluate(pack, project(pack, r.value));
  const out: Record<string, RequiredOut | null> = {};
  for (const row of mod.withRequired(pack, r.value, card)) {
    const q = row.required;
    out[row.id] = q
      ? {
          lever: q.lever,
          value: q.value,
          unit: q.unit,
          current: q.current,
          reachable: q.reachable,
          label: levers?.leverDef(pack, q.lever)?.label ?? null,
        }
      : null;
  }
  return out;
}

async function simulate(
  seq: number,
  spec: ScenarioSpec,
  draws: number,
  seed: number,
  spreads: SpreadsOnPage,
): Promise<void> {
  try {
    const result = await runSimulation(packOf(spec), spec, draws, seed, spreads, (done, total) => {
      if (simulateSeq !== seq) return false;
      post({ kind: 'progress', seq, done, total });
      return true;
    });
    if (simulateSeq !== seq) return;
    if (result === null) post({ kind: 'unavailable', seq, what: 'simulate' });
    else post({ kind: 'simulated', seq, result });
  } catch (err) {
    if (simulateSeq === seq)
      post({ kind: 'error', seq, message: err instanceof Error ? err.message : String(err) });
  }
}
