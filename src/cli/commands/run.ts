import type { Command } from 'commander';
import { projectionToCsv } from '../../export/csv.ts';
import { toRunResult } from '../../export/run-result.ts';
import { parseLang, type CliContext } from '../context.ts';
import { loadRun } from '../load-run.ts';
import { renderRunReport } from '../render-run.ts';

/** `plancast run [scenario]`: a year-by-year table and the scorecard. */
export function registerRun(program: Command, ctx: CliContext): void {
  program
    .command('run')
    .description('project a scenario year by year and check every target')
    .argument('[scenario]', 'scenario file, or the name of a shipped scenario', 'plan-midpoint')
    .option('--model <id>', 'model pack id or directory (default: the one the scenario names)')
    .option('--as-of <year>', 'use the pack actuals up to this year, assumptions after')
    .option('--lang <lang>', 'vi or en', 'en')
    .option('--json', 'print { model, scenario, years, series, scorecard } as JSON')
    .option('--csv', 'print the series by year as CSV')
    .action((scenario: string, opts: { model?: string; asOf?: string; lang?: string; json?: boolean; csv?: boolean }) => {
      const lang = parseLang(opts.lang);
      const run = loadRun(scenario, opts);
      if (opts.json) ctx.out(JSON.stringify(toRunResult(run.pack, run.input, run.projection, run.scorecard), null, 2) + '\n');
      else if (opts.csv) ctx.out(projectionToCsv(run.projection));
      else ctx.out(renderRunReport(run, lang, ctx.isTTY));
    });
}
