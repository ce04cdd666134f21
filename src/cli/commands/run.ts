import type { Command } from 'commander';
import { parseLang, type CliContext } from '../context.ts';

/** `plancast run [scenario]`: a year-by-year table and the scorecard. */
export function registerRun(program: Command, ctx: CliContext): void {
  program
    .command('run')
    .description('project a scenario year by year and check every target')
    .argument('[scenario]', 'scenario file, or the name of a shipped scenario', 'plan-midpoint')
    .option('--model <id>', 'model pack id or directory (default: the one the scenario names)')
    .option(
      '--as-of <year>',
      'use the pack actuals up to this year, assumptions after (default: the latest published year)',
    )
    .option('--as-written', 'the plan as written: no published figures, assumptions in every year')
    .option(
      '--estimate <fields>',
      "this year's estimate, e.g. growth=6.2,perCapita=92 (also revenue, investment, exports; year=…): used like published figures of that year, marked estimated",
    )
    .option('--lang <lang>', 'vi or en', 'en')
    .option('--json', 'print { model, scenario, years, series, scorecard } as JSON')
    .option('--csv', 'print the series by year as CSV')
    .action(
      async (
        scenario: string,
        opts: {
          model?: string;
          asOf?: string;
          asWritten?: boolean;
          estimate?: string;
          lang?: string;
          json?: boolean;
          csv?: boolean;
        },
      ) => {
        const lang = parseLang(opts.lang);
        // Loaded here, not at start-up: the other commands never pay for them.
        const [
          { projectionToCsv },
          { toRunResult },
          { loadRun },
          { renderRunReport },
          { asOfReport },
          { withRequired },
          { provenanceOf },
          { consistency },
        ] = await Promise.all([
          import('../../export/csv.ts'),
          import('../../export/run-result.ts'),
          import('../load-run.ts'),
          import('../render-run.ts'),
          import('../../solve/as-of-report.ts'),
          import('../../solve/required.ts'),
          import('../../model/provenance.ts'),
          import('../../targets/consistency.ts'),
        ]);
        // Where we stand is the default: as of the latest published year, unless --as-of/--as-written.
        const loaded = loadRun(scenario, { ...opts, latestByDefault: true });
        if (opts.csv)
          return ctx.out(projectionToCsv(loaded.projection, provenanceOf(loaded.pack, loaded.projection)));
        // Each row gains `required` (its own lever's value on the boundary) and, with --as-of, `asOf`.
        const progress =
          loaded.input.asOf !== null
            ? new Map(asOfReport(loaded.pack, loaded.projection).map((r) => [r.id, r.asOf]))
            : null;
        const rows = withRequired(loaded.pack, loaded.input, loaded.scorecard).map((r) =>
          progress ? { ...r, asOf: progress.get(r.id) ?? null } : r,
        );
        const run = { ...loaded, scorecard: { ...loaded.scorecard, rows } };
        if (opts.json)
          ctx.out(
            JSON.stringify(toRunResult(run.pack, run.input, run.projection, run.scorecard), null, 2) + '\n',
          );
        else ctx.out(renderRunReport(run, lang, ctx.isTTY, consistency(run.pack)));
      },
    );
}
