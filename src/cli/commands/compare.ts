import type { Command } from 'commander';
import { parseLang, type CliContext } from '../context.ts';

/** `plancast compare <a> <b> [c] [d]`: two to four scenarios of one pack side by side. */
export function registerCompare(program: Command, ctx: CliContext): void {
  program
    .command('compare')
    .description('compare two to four scenarios: the scorecard side by side and the assumptions that differ')
    .argument('<scenarios...>', 'two to four scenario files (or names of shipped scenarios)')
    .option('--pack <id>', 'model pack id or directory (default: the one the scenarios name)')
    .option('--as-of <year>', 'use the pack actuals up to this year (default: the latest published year)')
    .option('--lang <lang>', 'vi or en', 'en')
    .option('--json', 'print the comparison as JSON (schema: CompareResult)')
    .action(async (refs: string[], opts: { pack?: string; asOf?: string; lang?: string; json?: boolean }) => {
      const lang = parseLang(opts.lang);
      // Loaded here, not at start-up: the other commands never pay for them.
      const [{ loadComparedRuns }, { compareScenarios }, { renderCompare }] = await Promise.all([
        import('../load-compare.ts'),
        import('../../compare/compare-scenarios.ts'),
        import('../render-compare.ts'),
      ]);
      const { pack, runs } = loadComparedRuns(refs, opts, 'compare');
      const result = compareScenarios(pack, runs);
      ctx.out(opts.json ? JSON.stringify(result, null, 2) + '\n' : renderCompare(result, lang, ctx.isTTY));
    });
}
