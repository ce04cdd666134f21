import type { Command } from 'commander';
import { PlancastError } from '../../core/problems.ts';
import type { ScenarioLibrary } from '../../library/store.ts';
import { LIBRARY_LIMITS } from '../../schema/library.ts';
import { parseIntFlag, parseLang, type CliContext } from '../context.ts';

type LangOpt = { lang?: string };

/**
 * Opens the library at PLANCAST_DATA for one command and closes it after. Imported lazily: the
 * native SQLite module is loaded only by `plancast scenarios …`, never by the other commands.
 */
async function withLibrary<T>(f: (lib: ScenarioLibrary) => T | Promise<T>): Promise<T> {
  const [{ ScenarioLibrary }, { libraryFile }] = await Promise.all([
    import('../../library/store.ts'),
    import('../../library/data-path.ts'),
  ]);
  const lib = ScenarioLibrary.open(libraryFile());
  try {
    return await f(lib);
  } finally {
    lib.close();
  }
}

const versionFlag = (flag: string, v: string | undefined) =>
  v === undefined ? undefined : parseIntFlag(flag, v, 1, LIBRARY_LIMITS.maxVersions, 1);

/**
 * `plancast scenarios save|list|show|diff|export|import`: the scenario library, a SQLite file at
 * PLANCAST_DATA (default ./data/plancast.db). Every save is a new version.
 */
export function registerScenarios(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('scenarios')
    .description('the scenario library: saved scenarios and their versions');
  const langOption = (c: Command) => c.option('--lang <lang>', 'vi or en', 'en');

  langOption(
    cmd
      .command('save <file>')
      .description('save a scenario file (or a shipped scenario name) as the next version of <name>')
      .requiredOption(
        '--name <name>',
        `library name, ${LIBRARY_LIMITS.nameMin}-${LIBRARY_LIMITS.nameMax} characters, any script`,
      )
      .option('--note <text>', `what changed, at most ${LIBRARY_LIMITS.noteMax} characters`)
      .option('--author <a>', 'who saves it'),
  ).action(async (file: string, o: LangOpt & { name: string; note?: string; author?: string }) => {
    const lang = parseLang(o.lang);
    const [{ readScenarioFile }, { loadModelPack }, { tf }] = await Promise.all([
      import('../../io/load-scenario.ts'),
      import('../../io/load-model-pack.ts'),
      import('../../i18n/messages.ts'),
    ]);
    const { spec } = readScenarioFile(file);
    const pack = typeof spec === 'object' && spec !== null ? (spec as { model?: unknown }).model : undefined;
    // An unknown pack is refused here, naming the packs there are (the scenario schema checks the rest).
    if (typeof pack === 'string') loadModelPack(pack);
    await withLibrary((lib) => {
      const r = lib.save({
        name: o.name,
        pack: String(pack ?? ''),
        scenario: spec,
        note: o.note,
        author: o.author,
      });
      if (!r.ok) throw new Error('unreachable: a save without an expected version cannot conflict');
      ctx.out(`${tf('library.saved', lang, { n: o.name.normalize('NFC'), v: r.version })}\n`);
    });
  });

  langOption(
    cmd
      .command('list')
      .description('the saved scenarios with their latest version')
      .option('--json', 'print JSON'),
  ).action(async (o: LangOpt & { json?: boolean }) => {
    const lang = parseLang(o.lang);
    const { renderList } = await import('../render-library.ts');
    await withLibrary((lib) => {
      const list = lib.list();
      ctx.out(o.json ? JSON.stringify({ scenarios: list }, null, 2) + '\n' : renderList(list, lang));
    });
  });

  langOption(
    cmd
      .command('show <name>')
      .description('one version (default: the latest) with its history')
      .option('--version <n>', 'version number')
      .option('--json', 'print JSON'),
  ).action(async (name: string, o: LangOpt & { version?: string; json?: boolean }) => {
    const lang = parseLang(o.lang);
    const version = versionFlag('--version', o.version);
    const { renderShow } = await import('../render-library.ts');
    await withLibrary((lib) => {
      const v = lib.show(name, version);
      ctx.out(o.json ? JSON.stringify(v, null, 2) + '\n' : renderShow(v, lib.history(name), lang));
    });
  });

  langOption(
    cmd
      .command('diff <name>')
      .description(
        'assumptions and target statuses that changed between two versions (default: previous vs latest)',
      )
      .option('--from <n>', 'older version')
      .option('--to <n>', 'newer version')
      .option('--json', 'print JSON'),
  ).action(async (name: string, o: LangOpt & { from?: string; to?: string; json?: boolean }) => {
    const lang = parseLang(o.lang);
    const from = versionFlag('--from', o.from);
    const to = versionFlag('--to', o.to);
    const [{ compareVersions }, { loadModelPack }, { renderDiff }] = await Promise.all([
      import('../../library/compare-versions.ts'),
      import('../../io/load-model-pack.ts'),
      import('../render-library.ts'),
    ]);
    await withLibrary((lib) => {
      const d = compareVersions(lib, (id) => loadModelPack(id), name, from, to);
      ctx.out(o.json ? JSON.stringify(d, null, 2) + '\n' : renderDiff(d, lang));
    });
  });

  langOption(
    cmd.command('export <name> <file>').description('write a scenario with every version to a JSON file'),
  ).action(async (name: string, file: string, o: LangOpt) => {
    const lang = parseLang(o.lang);
    const [{ replaceFileAtomically }, { tf }] = await Promise.all([
      import('../../io/atomic-write.ts'),
      import('../../i18n/messages.ts'),
    ]);
    await withLibrary((lib) => {
      const doc = lib.exportDocument(name);
      try {
        replaceFileAtomically(file, JSON.stringify(doc, null, 2) + '\n', false);
      } catch (e) {
        const message = `cannot write the export (${(e as Error).message})`;
        throw new PlancastError(file, [{ code: 'unreadable', path: [], value: file, message }]);
      }
      ctx.out(`${tf('library.exported', lang, { n: doc.name, v: doc.versions.length, f: file })}\n`);
    });
  });

  langOption(
    cmd
      .command('import <file>')
      .description(
        'add an exported scenario with its versions (refused when the name is already in the library)',
      ),
  ).action(async (file: string, o: LangOpt) => {
    const lang = parseLang(o.lang);
    const [{ readJsonFile }, { tf }] = await Promise.all([
      import('../../io/read-json.ts'),
      import('../../i18n/messages.ts'),
    ]);
    const doc = readJsonFile(file);
    await withLibrary((lib) => {
      try {
        const r = lib.importDocument(doc);
        ctx.out(`${tf('library.imported', lang, { n: r.name, v: r.versions })}\n`);
      } catch (e) {
        // Name the file the bad field came from.
        if (e instanceof PlancastError) throw new PlancastError(file, e.problems);
        throw e;
      }
    });
  });
}
