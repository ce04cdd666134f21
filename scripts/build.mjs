// Compiles the CLI, the server and the server's worker to plain ES modules in dist/ (esbuild, Node 20),
// so a start loads JavaScript instead of transpiling TypeScript. npm packages stay in node_modules,
// except zod and commander in the CLI (see below).
//
//   node scripts/build.mjs     build now (run by `npm install` through the `prepare` script)
//   import { ensureBuilt }     what bin/plancast.mjs and bin/start.mjs call: build only when stale
//
// Freshness is a stamp, dist/build.json: every file the build read, with its modification time.
// dist/ is stale when the stamp is missing or any of those times changed (one stat per file, a few
// ms for the ~105 files; equality, so a source dated in the future does not rebuild every run). A
// new source file can only enter the build through an edit of one already in it. This module
// imports esbuild only when it builds.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Version of the stamp's shape. */
export const FORMAT = 2;

/** Output (under dist/, without extension) → source. Every output sits two levels below the root. */
const ENTRIES = {
  'cli/main': 'src/cli/main.ts',
  'api/main': 'src/api/main.ts',
  // piscina's worker: src/api/worker.mjs registers tsx, then loads tasks.ts; compiled, it is tasks.ts.
  'api/worker': 'plancast:api-worker',
};
/** Sources that code finds by path (`new URL('./x', import.meta.url)`), compiled to these outputs. */
const COMPILED_AS = {
  'src/api/worker.mjs': 'dist/api/worker.js',
  'src/formula/mathjs-parse.ts': 'dist/formula/mathjs-parse.cjs',
};
/** mathjs's parser alone, as CommonJS: src/io/formula-parser.ts requires it only for a pack with a formula. */
const MATHJS_PARSE = { in: 'src/formula/mathjs-parse.ts', out: 'formula/mathjs-parse', file: 'dist/formula/mathjs-parse.cjs' };

/** True when dist/ holds a build of the files as they are now: each one's mtime as the stamp has it. */
export function isFresh(root = ROOT) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(root, 'dist', 'build.json'), 'utf8'));
    if (stamp.format !== FORMAT) return false;
    for (const f in stamp.inputs) if (statSync(path.join(root, f)).mtimeMs !== stamp.inputs[f]) return false;
    for (const f of stamp.entries) statSync(path.join(root, f));
    return true;
  } catch {
    return false; // no stamp, or a file was removed
  }
}

/**
 * Builds when stale. Returns true when dist/ is usable, false when it cannot be built here (no
 * esbuild, a read-only install, a syntax error): the caller then runs the sources through tsx.
 */
export async function ensureBuilt(root = ROOT) {
  if (isFresh(root)) return true;
  try {
    await build(root);
    return true;
  } catch (e) {
    if (process.env.PLANCAST_DIST === 'require') throw e;
    return false;
  }
}

/** Builds every entry into dist/ and writes the stamp last. Safe to run in several processes at once. */
export async function build(root = ROOT) {
  const builtAt = Date.now();
  const { build: esbuild } = await import('esbuild');
  const rel = (abs) => path.relative(root, abs).split(path.sep).join('/');
  const common = {
    absWorkingDir: root,
    outdir: path.join(root, 'dist'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
  };
  const results = await Promise.all([
    // The CLI: code behind a dynamic import() goes to its own chunk, loaded (with its npm packages)
    // only by the command that needs it.
    esbuild({
      ...common,
      entryPoints: [{ in: ENTRIES['cli/main'], out: 'cli/main' }],
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      // zod and commander are compiled in, the rest stays in node_modules: loading zod's 100 modules
      // (and parsing its 64 locales, unused) was ~40 % of a start. Commander is CommonJS: its
      // require() calls of node builtins need a require. better-sqlite3 (a native addon) must stay
      // external: its chunk is imported only by `plancast scenarios` (test/cli/library.test.ts).
      plugins: [sourcePaths(root, rel, { zodNamespace: true }), externals(new Set(['zod', 'commander']))],
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      minify: true,
    }),
    // The server and its worker load everything at start: one file each.
    esbuild({
      ...common,
      entryPoints: [
        { in: ENTRIES['api/main'], out: 'api/main' },
        { in: ENTRIES['api/worker'], out: 'api/worker' },
      ],
      packages: 'external',
      plugins: [sourcePaths(root, rel), apiWorker(root)],
    }),
    // mathjs's parser, tree-shaken from the number-only build into one CommonJS file (~150 kB
    // instead of the ~3 s it takes to load the whole package), so loading a pack stays synchronous.
    esbuild({
      ...common,
      entryPoints: [{ in: MATHJS_PARSE.in, out: MATHJS_PARSE.out }],
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
      minify: true,
    }),
  ]);
  const result = {
    outputFiles: results.flatMap((r) => r.outputFiles),
    metafile: { inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)) },
  };
  // Chunks first, then the entries that import them, then the stamp: a process starting meanwhile
  // sees either the old build or the whole new one.
  const written = result.outputFiles.sort(
    (a, b) => Number(!a.path.includes('chunks')) - Number(!b.path.includes('chunks')),
  );
  const outputs = [];
  for (const file of written) {
    const out = rel(file.path);
    if (out.split('/').length !== 3) throw new Error(`build: ${out} is not two levels below the root`);
    writeAtomically(file.path, file.contents);
    outputs.push(out);
  }
  removeOldChunks(root, new Set(outputs));
  const files = Object.keys(result.metafile.inputs)
    .filter((f) => !f.includes(':') && !f.includes('node_modules/'))
    .concat(rel(fileURLToPath(import.meta.url)), 'package.json');
  // npm rewrites its hidden lock file on every install: a new zod or commander means a new build.
  if (existsSync(path.join(root, 'node_modules', '.package-lock.json')))
    files.push('node_modules/.package-lock.json');
  // A file changed while esbuild ran may have been read before the change: recorded as -1, it
  // makes the next run build again.
  const builtUntil = Date.now();
  const inputs = {};
  for (const f of files) {
    const m = statSync(path.join(root, f)).mtimeMs;
    inputs[f] = m >= builtAt && m <= builtUntil ? -1 : m;
  }
  const entries = Object.keys(ENTRIES).map((e) => `dist/${e}.js`).concat(MATHJS_PARSE.file);
  const stamp = { format: FORMAT, inputs, entries };
  writeAtomically(path.join(root, 'dist', 'build.json'), JSON.stringify(stamp) + '\n');
  return { ...stamp, outputs };
}

/**
 * Removes chunks no build uses any more, once they are 10 minutes old: a process started from the
 * previous build may still import one of its chunks lazily.
 */
function removeOldChunks(root, keep) {
  const dir = path.join(root, 'dist', 'chunks');
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const file = path.join(dir, name);
    try {
      if (!keep.has(`dist/chunks/${name}`) && Date.now() - statSync(file).mtimeMs > 10 * 60_000) rmSync(file);
    } catch {
      // removed by a concurrent build
    }
  }
}

/** Writes through a temporary file and a rename, so a concurrent reader sees the old file or the new one. */
function writeAtomically(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true });
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(part, contents);
  renameSync(part, file);
}

/** npm packages stay in node_modules, except those named in `inline`. */
function externals(inline) {
  return {
    name: 'externals',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) =>
        inline.has(args.path.split('/')[0]) ? undefined : { path: args.path, external: true },
      );
    },
  };
}

function apiWorker(root) {
  return {
    name: 'api-worker',
    setup(b) {
      b.onResolve({ filter: /^plancast:api-worker$/ }, () => ({ path: 'api-worker', namespace: 'plancast' }));
      b.onLoad({ filter: /.*/, namespace: 'plancast' }, () => ({
        contents: "export { runTask as default } from './tasks.ts';",
        resolveDir: path.join(root, 'src', 'api'),
        loader: 'ts',
      }));
    },
  };
}

/**
 * A bundle no longer sits where its sources did: `import.meta.url` of a source becomes the URL that
 * source has (so src/io/paths.ts still finds models/), and a path to a compiled file (the server's
 * worker) points into dist/.
 */
function sourcePaths(root, rel, { zodNamespace = false } = {}) {
  const toRoot = '../../'; // from any output (dist/<dir>/<file>.js) back to the package root
  return {
    name: 'source-paths',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.(ts|mjs)$/ }, async (args) => {
        let text = readFileSync(args.path, 'utf8');
        if (/import\.meta\.(dirname|filename)/.test(text))
          throw new Error(`${rel(args.path)}: use import.meta.url, which the build maps back to the source`);
        // `import * as z` lets esbuild drop what `z.` never reaches (zod: 756 kB → 170 kB); the
        // namespace holds the same bindings as zod's `z` export.
        const star = zodNamespace && /^import \{ z \} from 'zod';$/m.test(text);
        if (star) text = text.replace(/^import \{ z \} from 'zod';$/m, "import * as z from 'zod';");
        if (!star && !text.includes('import.meta.url')) return undefined;
        const contents = text.replace(
          /new URL\((['"])([^'"]+)\1,\s*import\.meta\.url\)|import\.meta\.url/g,
          (match, _q, target) => {
            if (target === undefined)
              return `new URL(${JSON.stringify(toRoot + rel(args.path))}, import.meta.url).href`;
            const source = rel(path.resolve(path.dirname(args.path), target));
            return `new URL(${JSON.stringify(toRoot + (COMPILED_AS[source] ?? source))}, import.meta.url)`;
          },
        );
        return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const t0 = Date.now();
  const stamp = await build();
  const chunks = stamp.outputs.filter((f) => f.startsWith('dist/chunks/') && f.endsWith('.js')).length;
  console.log(
    `build: ${stamp.entries.join(', ')} (+${chunks} chunks) from ${Object.keys(stamp.inputs).length} files in ${Date.now() - t0} ms`,
  );
}
