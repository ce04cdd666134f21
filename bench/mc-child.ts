// Child process of `npm run bench`: one Monte Carlo run of `draws` draws on `workers` threads, then
// one JSON line with its time and this process's peak RSS (worker threads included), so the
// bench's own allocations do not count (after a warm-up run, as the bench's in-process rows). Usage: node --import tsx bench/mc-child.ts DRAWS WORKERS
import { loadModelPack } from '../src/io/load-model-pack.ts';
import { loadScenario } from '../src/io/load-scenario.ts';
import { simulateParallel } from '../src/workers/mc-pool.ts';

const draws = Number(process.argv[2] ?? 1_000_000);
const workers = Number(process.argv[3] ?? 1);
const pack = loadModelPack('ben-tre-2021-2025');
const input = loadScenario('plan-midpoint', pack);
// Warm up as the in-process rows do (JIT, and the worker pool a running server keeps).
await simulateParallel(pack, input, { draws: workers > 1 ? 20_000 : 5_000, seed: 1, workers });
const before = process.resourceUsage().maxRSS / 1024;
const t0 = performance.now();
const r = await simulateParallel(pack, input, { draws, seed: 42, workers });
const ms = performance.now() - t0;
console.log(
  JSON.stringify({
    draws: r.draws,
    workers,
    ms,
    startRssMb: before,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
