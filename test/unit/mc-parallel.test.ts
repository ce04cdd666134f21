import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { loadScenario } from '../../src/io/load-scenario.ts';
import { simulate } from '../../src/uncertainty/simulate.ts';
import { simulateParallel } from '../../src/workers/mc-pool.ts';

describe('worker threads: the split does not change a single number', () => {
  const pack = loadModelPack('ben-tre-2021-2025');
  const input = loadScenario('plan-low', pack);
  it('1 worker (this thread) vs 2 and 3 workers: identical results, progress reaches the total', async () => {
    const one = simulate(pack, input, { draws: 3001, seed: 77 });
    const seen: number[] = [];
    const two = await simulateParallel(pack, input, {
      draws: 3001,
      seed: 77,
      workers: 2,
      onProgress: (d) => seen.push(d),
    });
    const three = await simulateParallel(pack, input, { draws: 3001, seed: 77, workers: 3 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
    expect(seen.at(-1)).toBe(3001);
  });

  it('an aborted signal rejects and stops the workers', async () => {
    const ac = new AbortController();
    ac.abort(new Error('cancelled'));
    await expect(
      simulateParallel(pack, input, { draws: 5000, seed: 1, workers: 2, signal: ac.signal }),
    ).rejects.toThrow('cancelled');
  });
});
