import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BacktestResultSchema, backtest } from '../../src/backtest/index.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';

/**
 * The Ben Tre backtest against its golden JSON, to the digit (the answer carries 6 significant
 * digits). Same mechanism as scenarios.test.ts: a mismatch leaves `<name>.actual.json` beside the
 * golden file; `UPDATE_GOLDEN=1 npx vitest run test/golden` accepts the new output.
 */
const DIR = path.resolve(import.meta.dirname, 'expected');
const benTre = loadModelPack('ben-tre-2021-2025');

describe('backtest', () => {
  const text = JSON.stringify(backtest(benTre), null, 1) + '\n';

  it('Ben Tre reproduces its golden JSON to the digit', () => {
    const file = path.join(DIR, 'backtest-ben-tre-2021-2025.json');
    const beside = file.replace(/\.json$/, '.actual.json');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
      if (process.env.UPDATE_GOLDEN !== '1') {
        writeFileSync(beside, text);
        throw new Error('no golden backtest file: review the .actual.json, then UPDATE_GOLDEN=1');
      }
      writeFileSync(file, text);
      rmSync(beside, { force: true });
      return;
    }
    try {
      expect(text).toBe(readFileSync(file, 'utf8'));
      rmSync(beside, { force: true });
    } catch (e) {
      writeFileSync(beside, text);
      throw e;
    }
  });

  it('the same seed twice gives byte-identical JSON; another seed moves the fans', () => {
    expect(JSON.stringify(backtest(benTre, { draws: 300, seed: 5 }))).toBe(
      JSON.stringify(backtest(benTre, { draws: 300, seed: 5 })),
    );
    const a = backtest(benTre, { draws: 300, seed: 5 }).rows[0]!.fan.p50;
    const b = backtest(benTre, { draws: 300, seed: 6 }).rows[0]!.fan.p50;
    expect(a).not.toBe(b);
  });

  it('the answer parses with its zod schema; origins 2020-2023, growth compared 4 + 3 + 2 + 1 times per scenario', () => {
    const r = BacktestResultSchema.parse(JSON.parse(text));
    expect(r.origins.map((o) => o.year)).toEqual([2020, 2021, 2022, 2023]);
    const growth = r.summary.find((s) => s.scenario === 'plan' && s.series === 'growth')!;
    expect(growth.n).toBe(10);
    // A row's flags follow from its numbers: in50 ⇔ p25 ≤ actual ≤ p75.
    for (const row of r.rows) expect(row.in50).toBe(row.actual >= row.fan.p25 && row.actual <= row.fan.p75);
    // Origin 2020 reads no plan-year figure, so its spreads are the design ones (4 one-step errors < 5).
    expect(r.origins[0]!.spreads).toBe('design');
  });

  it('Vinh Long: no published plan year yet, so no origin and a note that says so', () => {
    const r = backtest(loadModelPack('vinh-long-2026-2030'), { draws: 100 });
    expect(r.origins).toEqual([]);
    expect(r.rows).toEqual([]);
    expect(r.notes[0]).toMatch(/nothing to backtest/);
  });
});
