import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { PlancastError } from '../../core/problems.ts';
import { DEFAULT_MODEL_ID, MODELS_DIR } from '../../io/paths.ts';
import type { CliContext } from '../context.ts';

const COPIED = ['model.json', 'targets.json', 'history.json', 'actuals.json', 'sources.md'];

/** `plancast pack new <id> --from <pack> [--dir <dir>]` and `plancast pack check <dir>`. */
export function registerPack(program: Command, ctx: CliContext): void {
  const pack = program.command('pack').description('make and check model packs (docs/packs.md)');
  pack
    .command('new')
    .description('copy a pack as the skeleton of a new one, in models/<id> or --dir')
    .argument('<id>', 'the new pack id: lower-case letters, digits and dashes')
    .option('--from <pack>', 'pack id or directory to copy', DEFAULT_MODEL_ID)
    .option('--dir <dir>', 'where to write it (default: models/<id>)')
    .action(async (id: string, opts: { from: string; dir?: string }) => {
      if (!/^[a-z0-9-]+$/.test(id))
        throw new PlancastError('<id>', [
          {
            code: 'invalid_value',
            path: [],
            value: id,
            allowed: 'lower-case letters, digits and dashes',
            message: `"${id}" is not a pack id; allowed lower-case letters, digits and dashes`,
          },
        ]);
      const [{ resolvePackDir }, { readJsonFile }] = await Promise.all([
        import('../../io/load-model-pack.ts'),
        import('../../io/read-json.ts'),
      ]);
      const from = resolvePackDir(opts.from);
      const dest = path.resolve(opts.dir ?? path.join(MODELS_DIR, id));
      if (existsSync(dest) && readdirSync(dest).length > 0)
        throw new PlancastError(dest, [
          {
            code: 'exists',
            path: [],
            message: 'already exists and is not empty; choose another id or --dir',
          },
        ]);
      mkdirSync(dest, { recursive: true });
      for (const f of COPIED) {
        const src = path.join(from, f);
        if (!existsSync(src)) continue;
        if (f === 'model.json') {
          const model = readJsonFile(src) as Record<string, unknown>;
          model.id = id;
          writeFileSync(path.join(dest, f), JSON.stringify(model, null, 2) + '\n');
        } else copyFileSync(src, path.join(dest, f));
      }
      ctx.out(
        `${dest}: a copy of ${path.basename(from)} with id "${id}". Change the figures (each with its source), the targets and the years (docs/packs.md), then: plancast pack check ${displayPath(dest)}\n`,
      );
    });
  pack
    .command('check')
    .description(
      'list every problem of a pack: schema, sources, estimates, series names, formulas; exit 2 if any',
    )
    .argument('<dir>', 'the pack directory (or a pack id)')
    .action(async (dir: string) => {
      const [{ resolvePackDir }, { checkPack }, { formatProblems }] = await Promise.all([
        import('../../io/load-model-pack.ts'),
        import('../../io/pack-check.ts'),
        import('../../core/problems.ts'),
      ]);
      const resolved = resolvePackDir(dir);
      const problems = checkPack(resolved);
      if (problems.length > 0) {
        ctx.err(
          `${formatProblems(dir, problems)}\n${problems.length} problem${problems.length === 1 ? '' : 's'}\n`,
        );
        ctx.exitCode = 2;
        return;
      }
      ctx.out(`${dir}: no problems\n`);
    });
}

/** A path relative to the working directory when it lies inside it, else absolute. */
function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}
