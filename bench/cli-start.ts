// `npm run bench:cli` (and the last rows of `npm run bench`): whole-process start-up of the compiled
// CLI, `plancast targets`, against a bare `node -e 0` on the same machine at the same moment.
// Runs alternate between the two so load from elsewhere hits both alike; the goal is a ratio.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOAL_RATIO = 3;

/** Wall-clock milliseconds of one `node <args>` process, output discarded; throws if it fails. */
function timeProcess(args: readonly string[]): number {
  const t0 = performance.now();
  // PLANCAST_DIST=require: fail rather than time the tsx fallback when dist/ cannot be built.
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PLANCAST_DIST: 'require' },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const range = (xs: readonly number[]) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)} ms`;

/** A pack with formulas (derived series and formula targets): its start loads mathjs's parser. */
const FORMULA_PACK = path.join('test', 'fixtures', 'formula-pack');
/** The same small pack without its formulas: the formula row's cost is read against this one. */
const PLAIN_PACK = path.join('test', 'fixtures', 'tiny-pack');

/** Measures, prints the medians, the ratio and a `met` / `NOT met` line; returns the ratio. */
export function cliStart(runs = 5): number {
  const cli = [path.join('bin', 'plancast.mjs'), 'targets'];
  const withFormula = [...cli, '--model', FORMULA_PACK];
  const plainSmall = [...cli, '--model', PLAIN_PACK];
  const bare = ['-e', '0'];
  // Unmeasured first runs: dist/ built if stale, files in the page cache.
  timeProcess(cli);
  timeProcess(withFormula);
  timeProcess(plainSmall);
  timeProcess(bare);
  const node: number[] = [];
  const plancast: number[] = [];
  const formula: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(timeProcess(bare));
    plancast.push(timeProcess(cli));
    plain.push(timeProcess(plainSmall));
    formula.push(timeProcess(withFormula));
  }
  const ratio = median(plancast) / median(node);
  console.log(`\nCLI start-up, whole process, median of ${runs} (alternating runs)`);
  console.log(`${'node -e 0'.padEnd(46)} ${median(node).toFixed(0).padStart(8)} ms  (${range(node)})`);
  console.log(
    `${'plancast targets (compiled, dist/)'.padEnd(46)} ${median(plancast).toFixed(0).padStart(8)} ms  (${range(plancast)})`,
  );
  console.log(
    `${'plancast targets, small pack, no formula'.padEnd(46)} ${median(plain).toFixed(0).padStart(8)} ms  (${range(plain)})`,
  );
  console.log(
    `${'plancast targets, same pack with formulas'.padEnd(46)} ${median(formula).toFixed(0).padStart(8)} ms  (${range(formula)})  +${(median(formula) - median(plain)).toFixed(0)} ms: mathjs's parser and the compile`,
  );
  console.log(
    `plancast targets start-up: ${ratio.toFixed(2)}× node -e 0 (goal ≤ ${GOAL_RATIO}×) ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'}`,
  );
  return ratio;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) cliStart();
