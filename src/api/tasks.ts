import { loadModelPack } from '../io/load-model-pack.ts';
import type { Problem } from '../core/problems.ts';
import type { ModelPack } from '../schema/model-pack.ts';

/**
 * Heavy work run in worker threads (src/api/worker.mjs). Tasks carry plain data (a pack directory,
 * never a pack object) and return results as data: errors cross the thread boundary as problems.
 */
export type HeavyTask =
  /** Busy-waits `ms` milliseconds: lets tests and the load test exercise the pool without the cores. */
  { kind: 'spin'; ms: number };

/** What a task answers: a value, or problems that the route turns into a 422. */
export type TaskResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Loads (and caches, per worker) the pack a task names. */
export function taskPack(dir: string): ModelPack {
  return loadModelPack(dir);
}

/** Runs one task in the current thread (the pool calls this in a worker). */
export function runTask(task: HeavyTask): TaskResult {
  switch (task.kind) {
    case 'spin': {
      const end = performance.now() + Math.min(task.ms, 60_000);
      let x = 0;
      while (performance.now() < end) x += 1;
      return { ok: true, value: x };
    }
  }
}
