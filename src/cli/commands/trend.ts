import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_MODEL_ID } from '../../io/paths.ts';
import { parseLang, type CliContext } from '../context.ts';

/**
 * `plancast trend [--model id] [--write file]`: the "trend" scenario forecast from the pack's
 * history alone (docs/model.md §11), with its holdout errors. `--write` saves the scenario file
 * (scenarios/trend.json is generated this way; a test checks it is not stale).
 */
export function registerTrend(program: Command, ctx: CliContext): void {
  program
    .command('trend')
    .description(
      'forecast a scenario from the pack history alone (log-linear or Holt trend) with holdout errors',
    )
    .option('--model <id>', 'model pack id or directory', DEFAULT_MODEL_ID)
    .option('--write <file>', 'write the scenario to this file (e.g. scenarios/trend.json)')
    .option('--lang <lang>', 'vi or en', 'en')
    .option('--json', 'print { spec, diagnostics } as JSON')
    .action(async (opts: { model: string; write?: string; lang?: string; json?: boolean }) => {
      const lang = parseLang(opts.lang);
      // simple-statistics (the fits) loads only for this command.
      const [{ trendScenario }, { loadModelPack }] = await Promise.all([
        import('../../forecast/trend.ts'),
        import('../../io/load-model-pack.ts'),
      ]);
      const result = trendScenario(loadModelPack(opts.model));
      if (opts.write) writeFileSync(opts.write, JSON.stringify(result.spec, null, 2) + '\n');
      if (opts.json) return ctx.out(JSON.stringify(result, null, 2) + '\n');
      ctx.out(`${result.spec.name?.[lang] ?? ''}\n\n${result.spec.description?.[lang] ?? ''}\n`);
      if (opts.write) ctx.out(`\n→ ${opts.write}\n`);
    });
}
