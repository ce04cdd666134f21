import type { Problem } from '../core/problems.ts';
import { loadModelPack } from '../io/load-model-pack.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { project } from '../model/project.ts';
import { asOfReport } from '../solve/as-of-report.ts';
import { goalSeek } from '../solve/goal-seek.ts';
import { leverDef } from '../solve/levers.ts';
import { solveAll } from '../solve/multi-target.ts';
import { withRequired } from '../solve/required.ts';
import { evaluate } from '../targets/scorecard.ts';
import { PlancastError } from '../core/problems.ts';
import { sensitivity, simulate } from '../uncertainty/index.ts';
import type { SpreadsFrom } from '../uncertainty/calibration.ts';

/**
 * Heavy work run in worker threads (src/api/worker.mjs). Tasks carry plain data (a pack directory,
 * never a pack object) and return results as data: errors cross the thread boundary as problems.
 */
export type HeavyTask =
  /** Busy-waits `ms` milliseconds: lets tests exercise the pool without the cores. */
  | { kind: 'spin'; ms: number }
  /** One target (by id) on its boundary with one lever (both checked by the route). */
  | { kind: 'goal-seek'; packDir: string; input: RunInput; target: string; lever: string }
  /** The least change meeting every modelled target. */
  | { kind: 'solve-all'; packDir: string; input: RunInput; levers?: string[]; strict?: boolean }
  /** Monte Carlo (docs/model.md §9); `spreadScale` multiplies every default spread (absent: 1). */
  | {
      kind: 'simulate';
      packDir: string;
      input: RunInput;
      draws: number;
      seed: number;
      spreadScale?: number;
      spreadsFrom?: SpreadsFrom;
    }
  /** Every target's own lever value on its boundary (the scorecard's `required`, as `plancast run`). */
  | { kind: 'required-each'; packDir: string; input: RunInput }
  /** One-at-a-time sensitivity (docs/model.md §10). */
  | { kind: 'sensitivity'; packDir: string; input: RunInput };

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
    case 'goal-seek': {
      const pack = taskPack(task.packDir);
      const target = pack.targets.find((t) => t.id === task.target);
      const def = leverDef(pack, task.lever);
      if (!target || !def)
        return {
          ok: false,
          problems: [{ code: 'invalid_value', path: [], message: 'unknown target or lever' }],
        };
      return { ok: true, value: goalSeek(pack, task.input, target, def) };
    }
    case 'solve-all': {
      const pack = taskPack(task.packDir);
      const opts = { ...(task.levers ? { levers: task.levers } : {}), strict: task.strict ?? false };
      const result = solveAll(pack, task.input, opts);
      // As `plancast solve --all --json`: with asOf, how far the years so far carried each target.
      const report = task.input.asOf === null ? [] : asOfReport(pack, project(pack, task.input));
      const asOf = report.map((r) => {
        const t = pack.targets.find((x) => x.id === r.id)!;
        return { ...r, clause: t.clause, name: t.name, unit: t.unit };
      });
      return { ok: true, value: { result, asOfReport: asOf } };
    }
    case 'simulate': {
      const pack = taskPack(task.packDir);
      try {
        // The scale applies after the record-or-design choice (docs/model.md §9.2).
        const spreadChoice = { from: task.spreadsFrom, scale: task.spreadScale };
        const opts = { draws: task.draws, seed: task.seed, spreadChoice };
        return { ok: true, value: simulate(pack, task.input, opts) };
      } catch (e) {
        // Errors lose their class crossing the thread boundary: hand refusals back as problems.
        if (e instanceof PlancastError) return { ok: false, problems: e.problems };
        throw e;
      }
    }
    case 'required-each': {
      const pack = taskPack(task.packDir);
      const rows = withRequired(pack, task.input, evaluate(pack, project(pack, task.input)));
      return {
        ok: true,
        value: rows.map((r) => ({
          id: r.id,
          clause: r.clause,
          name: r.name,
          unit: r.unit,
          status: r.status,
          projected: r.projected,
          gap: r.gap,
          required: r.required,
        })),
      };
    }
    case 'sensitivity':
      return { ok: true, value: sensitivity(taskPack(task.packDir), task.input) };
  }
}
