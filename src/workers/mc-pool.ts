import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PlancastError } from '../core/problems.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { McPlan } from '../uncertainty/plan.ts';
import {
  checkSimulateOptions,
  simulate,
  summarize,
  summarizeSlot,
  type SimulateOptions,
  type SimulationResult,
} from '../uncertainty/simulate.ts';
import { workerEntry } from './mc-bundle.ts';
import type { McWorkerData, McWorkerMessage, McWorkerRequest } from './mc-task.ts';

/** Idle workers kept for the next run in this process (unref'd: they never keep the process alive). */
const idle: Worker[] = [];
const MAX_IDLE = 64;

async function acquire(count: number): Promise<Worker[]> {
  const out = idle.splice(0, count);
  if (out.length < count) {
    const entry = await workerEntry();
    while (out.length < count) {
      const w = new Worker(entry);
      w.once('exit', () => {
        const i = idle.indexOf(w);
        if (i >= 0) idle.splice(i, 1);
      });
      out.push(w);
    }
  }
  for (const w of out) w.ref();
  return out;
}

function release(threads: Worker[]): void {
  for (const w of threads) {
    if (idle.length >= MAX_IDLE) void w.terminate();
    else {
      w.unref();
      idle.push(w);
    }
  }
}

/** Worker threads used when none is asked for: every core for large runs, none for small ones. */
export function defaultWorkers(draws: number): number {
  return draws >= 50_000 ? Math.max(1, availableParallelism()) : 1;
}

/**
 * `simulate()` split over `workers` threads, bit-identical to the single-thread run with the same
 * seed: each worker runs a contiguous range of draws (draw i always uses stream (seed, i)) and
 * hands back its met counts and the streamed bins of its values (integer counts, exact min and
 * max); their sums do not depend on the split, and the quantiles are read from the sum here.
 * No draw is stored. With `workers ≤ 1` the run stays on this thread.
 */
export async function simulateParallel(
  pack: ModelPack,
  input: RunInput,
  opts: SimulateOptions & { workers?: number },
): Promise<SimulationResult> {
  const problems = checkSimulateOptions(opts);
  if (problems.length > 0) throw new PlancastError('simulate', problems);
  const workers = Math.max(
    1,
    Math.min(opts.workers ?? defaultWorkers(opts.draws), 64, Math.floor(opts.draws / 100)),
  );
  if (workers <= 1) return simulate(pack, input, opts);
  const plan = new McPlan(pack, input, opts.spreads, opts.spreadChoice);
  const store = plan.allocate(opts.draws);
  if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('aborted');
  const threads = await acquire(workers);
  let done = 0;
  let ok = false;
  try {
    const results = await Promise.all(
      threads.map((worker, w) => {
        const from = Math.floor((opts.draws * w) / workers);
        const to = Math.floor((opts.draws * (w + 1)) / workers);
        const data: McWorkerData = {
          pack,
          input,
          spreads: opts.spreads,
          spreadChoice: opts.spreadChoice,
          seed: opts.seed,
          draws: opts.draws,
          from,
          to,
        };
        worker.postMessage({ kind: 'run', data } satisfies McWorkerRequest);
        return nextMessage(worker, 'done', opts.signal, (m) => {
          if (m.kind !== 'progress') return;
          done += m.done;
          opts.onProgress?.(done, opts.draws);
        });
      }),
    );
    for (const m of results)
      if (m.kind === 'done') {
        m.counts.forEach((c, i) => (store.counts[i]! += c));
        m.joint.forEach((c, i) => (store.joint[i]! += c));
        store.sketch.merge(m.sketch);
      }
    ok = true;
    const slots = plan.slots.map((_, s) => summarizeSlot(plan, store, s));
    return summarize(pack, input, plan, store, opts.seed, slots);
  } finally {
    // A worker that failed or was abandoned mid-run may still be busy: stop it; keep the others.
    if (ok) release(threads);
    else await Promise.all(threads.map((t) => t.terminate()));
  }
}

function nextMessage(
  worker: Worker,
  kind: McWorkerMessage['kind'],
  signal: AbortSignal | undefined,
  onOther?: (m: McWorkerMessage) => void,
): Promise<McWorkerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: McWorkerMessage) => {
      if (m.kind !== kind) return onOther?.(m);
      cleanup();
      resolve(m);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`Monte Carlo worker stopped (exit code ${code})`));
    };
    const onAbort = () => {
      cleanup();
      reject(signal?.reason ?? new Error('aborted'));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      signal?.removeEventListener('abort', onAbort);
    };
    if (signal?.aborted) return onAbort();
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort);
  });
}
