import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('plancast sensitivity (end to end)', () => {
  it('--json gives tornado rows { assumption, target, low, high, base, deltaLow, deltaHigh, flips }', () => {
    const r = runCli(['sensitivity', 'plan-midpoint', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const row = out.rows.find(
      (x: { assumption: string; target: string }) =>
        x.assumption === 'investmentRate' && x.target === 'social-investment',
    );
    for (const k of ['low', 'high', 'base', 'deltaLow', 'deltaHigh', 'flips']) expect(row).toHaveProperty(k);
  });

  it('prints one block per target, in English and Vietnamese', () => {
    const en = runCli(['sensitivity']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Sector II real growth ±1 pp/);
    const vi = runCli(['sensitivity', '--lang', 'vi']);
    expect(vi.stdout).toMatch(/Độ nhạy/);
  });

  it('trend: prints the trend scenario with its holdout errors; run accepts scenarios/trend.json', () => {
    const t = runCli(['trend']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/holdout 2018-2020 errors/);
    const r = runCli(['run', 'scenarios/trend.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Trend from history \(.*MAPE holdout/);
  });
});
