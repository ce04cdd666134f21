import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { HttpProblem } from './problems.ts';
import type { HeavyTask, TaskResult } from './tasks.ts';

/** Heavy work off the event loop, with a deadline and a bounded queue. */
export interface HeavyPool {
  /**
   * Runs a task in a worker. Rejects with a `busy` problem (503, Retry-After) when the queue is
   * full or the deadline passes (the worker running it is then terminated), or when `signal` aborts.
   */
  run(task: HeavyTask, deadlineMs: number, signal?: AbortSignal): Promise<TaskResult>;
  /** Threads alive, tasks waiting, tasks running. */
  stats(): { threads: number; queued: number; running: number };
  /** Starts the workers now rather than on the first heavy request. */
  warm(): Promise<void>;
  /** Ends every worker (in-flight tasks are abandoned: call after the server stopped accepting). */
  close(): Promise<void>;
}

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/** Creates the pool lazily: no thread starts until the first heavy request (or `warm`). */
export function createHeavyPool(opts: { threads?: number | undefined; maxQueue: number }): HeavyPool {
  const threads = opts.threads ?? Math.max(1, availableParallelism() - 1);
  let pool: Piscina<HeavyTask, TaskResult> | undefined;
  // Tasks handed to piscina and not settled: running on a worker or waiting in its queue.
  let inFlight = 0;
  const get = () =>
    (pool ??= new Piscina<HeavyTask, TaskResult>({
      filename: WORKER,
      minThreads: 1,
      maxThreads: threads,
      maxQueue: opts.maxQueue,
      idleTimeout: 60_000,
    }));
  return {
    async run(task, deadlineMs, signal) {
      const p = get();
      if (p.queueSize >= opts.maxQueue)
        throw busy(`${p.queueSize} heavy requests are already waiting; try again shortly`, 2);
      const deadline = AbortSignal.timeout(deadlineMs);
      const both = signal ? AbortSignal.any([deadline, signal]) : deadline;
      inFlight += 1;
      try {
        return await p.run(task, { signal: both });
      } catch (e) {
        if (deadline.aborted)
          throw busy(
            `the work took longer than ${deadlineMs} ms and was stopped; ask for less (e.g. fewer draws)`,
            5,
          );
        if (signal?.aborted) throw busy('the client went away', 1);
        if (e instanceof Error && /queue is at limit/i.test(e.message))
          throw busy('the work queue is full; try again shortly', 2);
        throw e;
      } finally {
        inFlight -= 1;
      }
    },
    stats() {
      if (!pool) return { threads: 0, queued: 0, running: 0 };
      // piscina's queue holds what no worker has taken yet: the rest of ours is running.
      const queued = pool.queueSize;
      return { threads: pool.threads.length, queued, running: Math.max(0, inFlight - queued) };
    },
    async warm() {
      await get().run({ kind: 'spin', ms: 0 });
    },
    async close() {
      const p = pool;
      pool = undefined;
      if (p) await p.destroy();
    },
  };
}

function busy(message: string, retryAfterSeconds: number): HttpProblem {
  return new HttpProblem('busy', message, [{ code: 'busy', path: [], message }], {
    'retry-after': String(retryAfterSeconds),
  });
}
