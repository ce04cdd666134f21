import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { replayHistory } from '../../src/model/history-replay.ts';

describe('history replay (docs/model.md §6)', () => {
  const rows = replayHistory(loadModelPack('ben-tre-2021-2025'));

  it('has observed years to replay', () => {
    expect(rows.length).toBeGreaterThanOrEqual(6); // 2019, 2020 × three series at least
  });

  it('gives back observed real and nominal GRDP within 0.1 bn VND', () => {
    for (const r of rows.filter((x) => x.series !== 'perCapita'))
      expect(Math.abs(r.replayed - r.observed), `${r.series} ${r.year}`).toBeLessThan(0.1);
  });

  it('gives back published per capita within 0.1 mn VND', () => {
    for (const r of rows.filter((x) => x.series === 'perCapita'))
      expect(Math.abs(r.replayed - r.observed), `per capita ${r.year}`).toBeLessThan(0.1);
  });
});
