import type { Command } from 'commander';
import { PlancastError } from '../../core/problems.ts';
import { parseLang, type CliContext } from '../context.ts';

interface SolveOptions {
  target?: string;
  lever?: string;
  all?: boolean;
  levers?: string;
  strict?: boolean;
  model?: string;
  asOf?: string;
  lang?: string;
  json?: boolean;
}

/**
 * `plancast solve [scenario] --target <id|clause> [--lever <id>]`: the lever value meeting one
 * target (docs/model.md §8.1); `--all`: the smallest change meeting every modelled target (§8.2).
 */
export function registerSolve(program: Command, ctx: CliContext): void {
  program
    .command('solve')
    .description(
      'find the assumption that meets a target (--target), or the smallest change meeting all (--all)',
    )
    .argument('[scenario]', 'scenario file, or the name of a shipped scenario', 'plan-midpoint')
    .option('--target <id>', 'target id or clause, e.g. 1.2.c or per-capita-2025')
    .option(
      '--lever <id>',
      "lever to move (default: the target's own), e.g. growth.all, growth.II, revenueRatio, icor",
    )
    .option('--all', 'meet every modelled target with the smallest change to the assumptions')
    .option(
      '--levers <ids>',
      "with --all: comma-separated levers (default: sector growth and deflator shifts plus the targets' own levers)",
    )
    .option('--strict', 'with --all: exceeding a band counts as a miss')
    .option('--model <id>', 'model pack id or directory (default: the one the scenario names)')
    .option('--as-of <year>', 'use the pack actuals up to this year; levers move the later years')
    .option('--lang <lang>', 'vi or en', 'en')
    .option('--json', 'print the answer as JSON')
    .action(async (scenario: string, opts: SolveOptions) => {
      const lang = parseLang(opts.lang);
      if (!opts.all && opts.target === undefined)
        throw new PlancastError('plancast solve', [
          {
            code: 'invalid_value',
            path: [],
            message: 'give --target <id|clause> (one target) or --all (every modelled target)',
          },
        ]);
      const [
        { asOfReport },
        { findTarget },
        { goalSeek },
        { leverDef, leverIds, parseLever },
        { solveAll },
        { renderAsOf, renderGoalSeek, renderSolveAll },
        { loadRun },
      ] = await Promise.all([
        import('../../solve/as-of-report.ts'),
        import('../../solve/find-target.ts'),
        import('../../solve/goal-seek.ts'),
        import('../../solve/levers.ts'),
        import('../../solve/multi-target.ts'),
        import('../../solve/text.ts'),
        import('../load-run.ts'),
      ]);
      const run = loadRun(scenario, opts);
      const { pack, input } = run;
      if (opts.all) {
        const levers = opts.levers
          ?.split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        for (const id of levers ?? [])
          if (!leverDef(pack, id)) throw new PlancastError('--levers', unwrap(parseLever(pack, id)));
        const result = solveAll(pack, input, { ...(levers ? { levers } : {}), strict: opts.strict ?? false });
        const asOf = input.asOf !== null ? withNames(pack.targets, asOfReport(pack, run.projection)) : [];
        if (opts.json) ctx.out(JSON.stringify({ ...result, asOfReport: asOf }, null, 2) + '\n');
        else ctx.out(renderSolveAll(result, lang) + (asOf.length > 0 ? '\n' + renderAsOf(asOf, lang) : ''));
        return;
      }
      const found = findTarget(pack, opts.target!);
      if (!found.ok) throw new PlancastError('--target', found.problems);
      const { target, others } = found.value;
      const leverId = opts.lever ?? target.lever;
      if (leverId === undefined)
        throw new PlancastError('--lever', [
          {
            code: 'invalid_value',
            path: [],
            message: `target ${target.id} names no lever; give --lever, one of: ${leverIds(pack).join(', ')}`,
          },
        ]);
      const lever = parseLever(pack, leverId);
      if (!lever.ok) throw new PlancastError('--lever', lever.problems);
      const result = goalSeek(pack, input, target, lever.value);
      if (opts.json) ctx.out(JSON.stringify(result, null, 2) + '\n');
      else {
        if (others.length > 0 && opts.target !== target.id)
          ctx.out(
            `${opts.target}: ${target.id} (${lang === 'vi' ? 'các chỉ tiêu khác' : 'other targets'}: ${others.join(', ')})\n`,
          );
        ctx.out(renderGoalSeek(result, lang));
      }
    });
}

function unwrap(r: { ok: false; problems: import('../../core/problems.ts').Problem[] } | { ok: true }) {
  return r.ok ? [] : r.problems;
}

function withNames<T extends { id: string }>(
  targets: readonly { id: string; clause: string; name: { vi: string; en: string }; unit: string }[],
  rows: T[],
) {
  return rows.map((r) => {
    const t = targets.find((x) => x.id === r.id)!;
    return { ...r, clause: t.clause, name: t.name, unit: t.unit };
  });
}
