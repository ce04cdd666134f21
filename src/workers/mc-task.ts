import { parentPort } from 'node:worker_threads';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { McPlan, type SpreadChoice } from '../uncertainty/plan.ts';
import { transferList, type SketchData } from '../uncertainty/sketch.ts';
import type { Spreads } from '../uncertainty/spreads.ts';

/** What the pool hands a worker for one run (structured-cloned). */
export interface McWorkerData {
  pack: ModelPack;
  input: RunInput;
  spreads: Partial<Spreads> | undefined;
  spreadChoice: SpreadChoice | undefined;
  seed: number;
  draws: number;
  from: number;
  to: number;
}

/** Requests to a (persistent) worker: run a range of draws. */
export type McWorkerRequest = { kind: 'run'; data: McWorkerData };

/**
 * Messages from a worker: progress, then its met counts and the streamed bins of its draws
 * (integer counts and min/max: the pool adds them up, in any order, to the single-thread numbers).
 */
export type McWorkerMessage =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; counts: Float64Array; joint: Float64Array; sketch: SketchData };

const BLOCK = 5_000;
const port = parentPort!;

port.on('message', (m: McWorkerRequest) => {
  const d = m.data;
  const plan = new McPlan(d.pack, d.input, d.spreads, d.spreadChoice);
  const store = plan.allocate(d.draws);
  for (let from = d.from; from < d.to; from += BLOCK) {
    const to = Math.min(d.to, from + BLOCK);
    plan.runRange(d.seed, from, to, store);
    port.postMessage({ kind: 'progress', done: to - from } satisfies McWorkerMessage);
  }
  const sketch = store.sketch.export();
  const { counts, joint } = store;
  port.postMessage({ kind: 'done', counts, joint, sketch } satisfies McWorkerMessage, [
    counts.buffer as ArrayBuffer,
    joint.buffer as ArrayBuffer,
    ...transferList(sketch),
  ]);
});
