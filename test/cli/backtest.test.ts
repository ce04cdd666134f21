import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const GOLDEN = path.resolve(import.meta.dirname, '../golden/expected/backtest-ben-tre-2021-2025.json');

describe('plancast backtest (end to end)', () => {
  it('--json twice is byte-identical and carries the golden numbers', () => {
    const a = runCli(['backtest', '--pack', 'ben-tre-2021-2025', '--json']);
    const b = runCli(['backtest', '--pack', 'ben-tre-2021-2025', '--json']);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('prints the summary table in Vietnamese; Vinh Long says there is nothing to backtest yet', () => {
    const r = runCli(['backtest', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Công cụ này dự báo đúng đến đâu/);
    expect(r.stdout).toMatch(/Trong khoảng 80 %/);
    const v = runCli(['backtest', '--pack', 'vinh-long-2026-2030']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/nothing to backtest/);
  });

  it('an unknown pack or a bad --draws exits 2 naming it', () => {
    const p = runCli(['backtest', '--pack', 'nowhere']);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/nowhere/);
    const d = runCli(['backtest', '--draws', '5']);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/--draws/);
  });
});

describe('plancast simulate --spreads', () => {
  it('record (default for Ben Tre) and design say which in the output; a bad value exits 2 naming the flag', () => {
    const rec = runCli(['simulate', '--draws', '200']);
    expect(rec.code).toBe(0);
    expect(rec.stdout).toMatch(
      /GRDP growth spread from the province record: σ = 2\.59 pp\/yr, φ = 0\.22 \(n = 8/,
    );
    expect(rec.stdout).toMatch(/P\(all headline targets met/);
    const des = runCli(['simulate', '--draws', '200', '--spreads', 'design', '--json']);
    expect(JSON.parse(des.stdout).calibration.used).toBe('design');
    const bad = runCli(['simulate', '--spreads', 'guess']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--spreads "guess".*record, design/);
  });
});
