import type { Command } from 'commander';
import { PlancastError } from '../../core/problems.ts';
import { DEFAULT_MODEL_ID } from '../../io/paths.ts';
import type { CliContext } from '../context.ts';

/** `plancast template actuals --pack <id> --format csv|xlsx --out <file>`: an empty actuals sheet. */
export function registerTemplate(program: Command, ctx: CliContext): void {
  const template = program.command('template').description('write an empty sheet to fill in');
  template
    .command('actuals')
    .description(
      'an empty actuals sheet of a pack: one row per series (with its unit), one column per plan year',
    )
    .option('--pack <id>', 'model pack id or directory', DEFAULT_MODEL_ID)
    .option('--format <format>', 'csv or xlsx (default: from the file name)')
    .requiredOption('--out <file>', 'file to write')
    .action(async (opts: { pack: string; format?: string; out: string }) => {
      const format = sheetFormat(opts.format, opts.out);
      const [{ loadModelPack }, { actualsTemplate }, tabular] = await Promise.all([
        import('../../io/load-model-pack.ts'),
        import('../../io/actuals-sheet.ts'),
        import('../../io/tabular.ts'),
      ]);
      const pack = loadModelPack(opts.pack);
      const sheet = actualsTemplate(pack);
      if (format === 'csv') tabular.writeCsv(opts.out, sheet);
      else await tabular.writeXlsx(opts.out, sheet, 'actuals');
      ctx.out(
        `${opts.out}: ${sheet.length - 1} series × ${sheet[0]!.length - 4} years (${pack.model.firstPlanYear}-${pack.model.lastPlanYear}) of ${pack.model.id}; fill in, then: plancast actuals import ${opts.out} --pack ${opts.pack}\n`,
      );
    });
}

/** csv or xlsx, from the flag or else the file's extension. */
export function sheetFormat(flag: string | undefined, file: string): 'csv' | 'xlsx' {
  const f = flag ?? (/\.xlsx$/i.test(file) ? 'xlsx' : /\.csv$/i.test(file) ? 'csv' : undefined);
  if (f === 'csv' || f === 'xlsx') return f;
  throw new PlancastError('--format', [
    {
      code: 'invalid_value',
      path: [],
      value: f ?? file,
      allowed: 'csv, xlsx',
      message: `${f === undefined ? `cannot tell the format of "${file}"` : `"${f}" is not a format`}; allowed csv, xlsx`,
    },
  ]);
}
