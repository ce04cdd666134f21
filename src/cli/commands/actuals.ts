import path from 'node:path';
import type { Command } from 'commander';
import { PlancastError } from '../../core/problems.ts';
import { DEFAULT_MODEL_ID } from '../../io/paths.ts';
import type { CliContext } from '../context.ts';
import { sheetFormat } from './template.ts';

/**
 * `plancast actuals import <file.csv|file.xlsx> --pack <id> [--dry-run]`: validates every row of a
 * filled actuals sheet, prints what would change and writes the pack's actuals.json atomically
 * (the previous one kept as actuals.json.bak). Any bad row: exit 2, the row and column named,
 * nothing written.
 */
export function registerActuals(program: Command, ctx: CliContext): void {
  const actuals = program.command('actuals').description("the pack's published outcomes (actuals.json)");
  actuals
    .command('import')
    .description('validate a filled actuals sheet (csv or xlsx) and merge it into the pack')
    .argument('<file>', 'the sheet: .csv or .xlsx (from plancast template actuals)')
    .option('--pack <id>', 'model pack id or directory', DEFAULT_MODEL_ID)
    .option('--format <format>', 'csv or xlsx (default: from the file name)')
    .option('--dry-run', 'print what would change, write nothing')
    .action(async (file: string, opts: { pack: string; format?: string; dryRun?: boolean }) => {
      const format = sheetFormat(opts.format, file);
      const [
        { loadModelPack, resolvePackDir },
        { importActuals },
        tabular,
        { parseModelPack },
        { replaceFileAtomically },
      ] = await Promise.all([
        import('../../io/load-model-pack.ts'),
        import('../../io/actuals-sheet.ts'),
        import('../../io/tabular.ts'),
        import('../../model/parse-model-pack.ts'),
        import('../../io/atomic-write.ts'),
      ]);
      const dir = resolvePackDir(opts.pack);
      const pack = loadModelPack(dir);
      const sheet = format === 'csv' ? tabular.readCsv(file) : await tabular.readXlsx(file);
      const result = importActuals(pack, sheet);
      if (!result.ok) throw new PlancastError(file, result.problems);
      const target = path.join(dir, 'actuals.json');
      // The merged actuals must pass the pack's own checks too (e.g. levels above 0).
      const check = parseModelPack({
        'model.json': pack.model,
        'targets.json': pack.targets,
        'history.json': pack.history,
        'actuals.json': result.actuals,
      });
      if (!check.ok) throw new PlancastError(target, check.problems);
      for (const c of result.changes)
        ctx.out(`${c.key} ${c.year}: ${c.from === null ? '(none)' : String(c.from)} → ${c.to}\n`);
      const added = result.changes.filter((c) => c.from === null).length;
      const summary = `${added} value${added === 1 ? '' : 's'} added, ${result.changes.length - added} changed`;
      if (opts.dryRun) {
        ctx.out(`${summary}; --dry-run: nothing written\n`);
        return;
      }
      if (result.changes.length === 0) {
        ctx.out(`no change; ${target} left as it is\n`);
        return;
      }
      replaceFileAtomically(target, JSON.stringify(result.actuals, null, 2) + '\n');
      ctx.out(`${summary}; wrote ${target} (previous file kept as actuals.json.bak)\n`);
    });
}
