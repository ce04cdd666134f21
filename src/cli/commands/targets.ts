import type { Command } from 'commander';
import { DEFAULT_MODEL_ID } from '../../io/paths.ts';
import { parseLang, type CliContext } from '../context.ts';

/** `plancast targets`: the resolution's targets, one line each, with clause and unit. */
export function registerTargets(program: Command, ctx: CliContext): void {
  program
    .command('targets')
    .description("list the resolution's targets with clause, kind and unit")
    .option('--model <id>', 'model pack id or directory', DEFAULT_MODEL_ID)
    .option('--lang <lang>', 'vi or en', 'en')
    .option('--json', 'print JSON')
    .action(async (opts: { model: string; lang?: string; json?: boolean }) => {
      const lang = parseLang(opts.lang);
      const [{ unitLabel }, { t }, { loadModelPack }, { describeGoal }, { renderTable }] = await Promise.all([
        import('../../i18n/format.ts'),
        import('../../i18n/messages.ts'),
        import('../../io/load-model-pack.ts'),
        import('../../targets/describe-goal.ts'),
        import('../table.ts'),
      ]);
      const pack = loadModelPack(opts.model);
      if (opts.json) {
        ctx.out(JSON.stringify(pack.targets, null, 2) + '\n');
        return;
      }
      const rows = pack.targets.map((tg) => [
        tg.clause,
        tg.id,
        tg.name[lang],
        describeGoal(tg, lang),
        unitLabel(tg.unit, lang),
        t(`modelled.${tg.modelled}`, lang),
      ]);
      ctx.out(
        renderTable(
          [t('clause', lang), 'id', t('target', lang), t('goal', lang), t('unit', lang), t('modelled', lang)],
          rows,
          ['l', 'l', 'l', 'l', 'l', 'l'],
        ),
      );
      ctx.out(`${pack.targets.length} ${t('targetsCount', lang)}\n`);
      const { renderNationalFrame } = await import('../render-frame.ts');
      ctx.out(renderNationalFrame(pack, lang));
    });
}
