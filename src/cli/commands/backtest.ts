import type { Command } from 'commander';
import { DEFAULT_MODEL_ID } from '../../io/paths.ts';
import { MAX_SEED } from '../../uncertainty/rng.ts';
import { parseIntFlag, parseLang, type CliContext } from '../context.ts';

/**
 * `plancast backtest --pack <id> [--json] [--lang vi|en]`: how well the engine would have forecast
 * the published figures from each earlier origin (docs/model.md §11.1). Deterministic: a fixed seed.
 */
export function registerBacktest(program: Command, ctx: CliContext): void {
  program
    .command('backtest')
    .description(
      'how well the engine would have forecast the published figures: coverage of the 50 % and 80 % fans, mean absolute error',
    )
    .option('--pack <id>', 'model pack id or directory', DEFAULT_MODEL_ID)
    .option('--draws <n>', 'Monte Carlo draws per origin and scenario, 100 to 100000', '2000')
    .option('--seed <n>', `random seed, 0 to ${MAX_SEED}`, '2021')
    .option('--lang <lang>', 'vi or en', 'en')
    .option('--json', 'print the whole result as JSON (every row, the summary)')
    .action(async (opts: { pack: string; draws?: string; seed?: string; lang?: string; json?: boolean }) => {
      const lang = parseLang(opts.lang);
      const draws = parseIntFlag('--draws', opts.draws, 100, 100_000, 2000);
      const seed = parseIntFlag('--seed', opts.seed, 0, MAX_SEED, 2021);
      const [{ backtest }, { loadModelPack }, { renderBacktest }] = await Promise.all([
        import('../../backtest/backtest.ts'),
        import('../../io/load-model-pack.ts'),
        import('../render-backtest.ts'),
      ]);
      const pack = loadModelPack(opts.pack);
      const result = backtest(pack, { draws, seed });
      if (opts.json) return ctx.out(JSON.stringify(result, null, 2) + '\n');
      ctx.out(renderBacktest(result, pack.model.name[lang], lang));
    });
}
