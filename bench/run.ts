// `npm run bench`: projection speed, Monte Carlo times (1 thread and every core), sensitivity,
// peak memory. Numbers vary with the machine and its load (printed first); tests never time.
import { availableParallelism, loadavg } from 'node:os';
import { loadModelPack } from '../src/io/load-model-pack.ts';
import { loadScenario } from '../src/io/load-scenario.ts';
import { project } from '../src/model/project.ts';
import { statusOf } from '../src/targets/scorer.ts';
import { McPlan } from '../src/uncertainty/plan.ts';
import { FastStream } from '../src/uncertainty/rng-fast.ts';
import { sensitivity } from '../src/uncertainty/sensitivity.ts';
import { simulate } from '../src/uncertainty/simulate.ts';
import { simulateParallel } from '../src/workers/mc-pool.ts';

const pack = loadModelPack('ben-tre-2021-2025');
const input = loadScenario('plan-midpoint', pack);
const cores = availableParallelism();
const only = process.argv.slice(2);

/** Runs `fn` for about `ms` after a warm-up; prints and returns µs per call. */
function perSecond(label: string, fn: () => void, ms = 1500): number {
  for (let i = 0; i < 2000; i++) fn(); // warm up the JIT
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (let i = 0; i < 1000; i++) fn();
    n += 1000;
    t = performance.now();
  }
  const us = ((t - t0) * 1000) / n;
  console.log(
    `${label.padEnd(46)} ${Math.round(n / ((t - t0) / 1000))
      .toLocaleString('en-US')
      .padStart(12)} /s  (${us.toFixed(3)} µs each)`,
  );
  return us;
}

/** Times one call of `fn`; prints and returns milliseconds. */
async function time(label: string, fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(46)} ${ms.toFixed(0).padStart(8)} ms`);
  return ms;
}

/** The goals, checked against what this run measured. */
const GOALS = { kernelUs: 1, draws100kOneThreadMs: 300, draws1MAllCoresMs: 2000 };
const verdicts: string[] = [];
function goal(what: string, measured: number, limit: number, unit: string): void {
  const ok = measured <= limit;
  verdicts.push(
    `${what}: ${measured.toFixed(unit === 'µs' ? 3 : 0)} ${unit} (goal ≤ ${limit} ${unit}) ${ok ? 'met' : 'NOT met'}`,
  );
}
/** A speed goal stated as a ratio to a reference measured in the same run (machines differ 2-5×). */
function ratioGoal(what: string, ratio: number, limit: number): void {
  verdicts.push(`${what}: ${ratio.toFixed(2)}× (goal ≤ ${limit}×) ${ratio <= limit ? 'met' : 'NOT met'}`);
}

console.log(
  `plancast bench — ${cores} cores, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}, node ${process.version}`,
);
console.log(
  `model ${pack.model.id}, scenario plan-midpoint, ${pack.targets.length} targets, ${pack.model.indicators.length} indicators\n`,
);

const projectUs = perSecond('project(): one 5-year run, its full named result', () => project(pack, input));
const plan = new McPlan(pack, input);
const kernelUs = perSecond('kernel: one 5-year run', () => plan.kernel.run());
ratioGoal('project() ÷ one kernel run', projectUs / kernelUs, 2);
const ops = plan.targets.map((t) => t.op);
const last = plan.kernel.n - 1;
const scoredUs = perSecond('kernel + status of every target, as the Monte Carlo scores', () => {
  plan.kernel.run();
  for (const o of ops) statusOf(o, last, plan.kernel.period);
});
let drawIndex = 0;
const inputsUs = perSecond('MC draw of the inputs (random streams)', () => plan.drawInputs(42, drawIndex++));
const stream = new FastStream();
const normals = new Float64Array(plan.normalsPerDraw);
perSecond(`  of which the ${plan.normalsPerDraw} standard normals alone`, () => {
  stream.reset(42, drawIndex++);
  stream.fill(normals, 0, normals.length);
});
console.log(`  (${plan.targets.length} scored targets, ${plan.slots.length} quantile slots per draw)`);
// What one draw costs before its values are stored and summarised: a floor for the 100k goal.
const floorMs = ((inputsUs + scoredUs) * 100_000) / 1000;
console.log(
  `  floor for 100k draws on one thread (inputs + kernel + scoring only): ${floorMs.toFixed(0)} ms` +
    ` (goal ${GOALS.draws100kOneThreadMs} ms)\n`,
);

// Warm the Monte Carlo path (and the worker pool, as a running server has it) so the first
// timing is not the JIT's or the thread start-up's.
simulate(pack, input, { draws: 5_000, seed: 1 });
if (cores > 1) await simulateParallel(pack, input, { draws: 20_000, seed: 1, workers: cores });
const sizes = [10_000, 100_000, 1_000_000].filter((n) => only.length === 0 || only.includes(String(n)));
for (const draws of sizes) {
  const one = await time(`Monte Carlo ${draws.toLocaleString('en-US')} draws, 1 thread`, () =>
    simulate(pack, input, { draws, seed: 42 }),
  );
  if (draws === 100_000) goal('100k draws on one thread', one, GOALS.draws100kOneThreadMs, 'ms');
  if (cores > 1) {
    const all = await time(`Monte Carlo ${draws.toLocaleString('en-US')} draws, ${cores} workers`, () =>
      simulateParallel(pack, input, { draws, seed: 42, workers: cores }),
    );
    if (draws === 1_000_000) goal(`1M draws on ${cores} workers`, all, GOALS.draws1MAllCoresMs, 'ms');
  }
}
await time('sensitivity (10 assumptions × 2 runs)', () => sensitivity(pack, input));

const mem = process.memoryUsage();
console.log(
  `\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; now RSS ${(mem.rss / 2 ** 20).toFixed(0)} MB, ` +
    `heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, array buffers ${(mem.arrayBuffers / 2 ** 20).toFixed(0)} MB`,
);
console.log(`\n${verdicts.join('\n')}`);
const { cliStart } = await import('./cli-start.ts');
cliStart();
