import { parentPort } from 'node:worker_threads';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { McPlan, type McStore } from '../uncertainty/plan.ts';
import { summarizeSlot } from '../uncertainty/simulate.ts';
import type { Spreads } from '../uncertainty/spreads.ts';

/** What the pool hands a worker for one run (structured-cloned; `values` is shared by all workers). */
export interface McWorkerData {
  pack: ModelPack;
  input: RunInput;
  spreads: Partial<Spreads> | undefined;
  seed: number;
  draws: number;
  from: number;
  to: number;
  values: SharedArrayBuffer;
}

/** Requests to a (persistent) worker: run a range of draws, then summarise some slots. */
export type McWorkerRequest = { kind: 'run'; data: McWorkerData } | { kind: 'slots'; slots: number[] };

/** Messages from a worker: progress, its met counts, then the summaries of the slots it was asked for. */
export type McWorkerMessage =
  | { kind: 'progress'; done: number }
  | { kind: 'counts'; counts: Float64Array }
  | {
      kind: 'slots';
      slots: { s: number; q: number[]; hist: { edges: number[]; counts: number[] } | null }[];
    };

const BLOCK = 5_000;
const port = parentPort!;
let plan: McPlan | null = null;
let store: McStore | null = null;

port.on('message', (m: McWorkerRequest) => {
  if (m.kind === 'run') {
    const d = m.data;
    plan = new McPlan(d.pack, d.input, d.spreads);
    store = plan.allocate(d.draws, {
      values: d.values,
      counts: new ArrayBuffer(plan.targets.length * 5 * 8),
    });
    for (let from = d.from; from < d.to; from += BLOCK) {
      const to = Math.min(d.to, from + BLOCK);
      plan.runRange(d.seed, from, to, store);
      port.postMessage({ kind: 'progress', done: to - from } satisfies McWorkerMessage);
    }
    port.postMessage({ kind: 'counts', counts: store.counts } satisfies McWorkerMessage);
    return;
  }
  // Phase 2, after every worker has written its draws: quantiles of disjoint slots, in place.
  const p = plan!;
  const st = store!;
  const out = m.slots.map((s) => ({ s, ...summarizeSlot(p, st, s) }));
  // Drop the references to the shared values so a finished run's buffer can be freed.
  plan = null;
  store = null;
  port.postMessage({ kind: 'slots', slots: out } satisfies McWorkerMessage);
});
