import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('plancast run --estimate and the national frame (spawned)', () => {
  it('runs Vinh Long as of the 2026 estimate: growth 6.20 and per capita 92.0 in 2026, starred as estimated', () => {
    const r = runCli(['run', 'vinh-long-2026-2030', '--estimate', 'growth=6.2,perCapita=92', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Verdict — as of 2026 (estimate)');
    expect(r.stdout).toMatch(/2026\s+partly actual\s+6\.20\*\s+[\d,]+\*\s+92\.0\*/);
    // The national goals follow the scorecard as reference rows, with no status.
    expect(r.stdout).toContain('National goals (reference, never scored)');
    expect(r.stdout).toMatch(/GDP per capita in 2030 \(Viet Nam\)\s+≈ 8,500 USD\s+≈ 223\.4 million VND/);
  });

  it('exits 2 on a bad estimate, naming the field, the value and the range', () => {
    const bad = runCli(['run', 'vinh-long-2026-2030', '--estimate', 'growth=66']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('estimate.growth is 66; allowed -10 to 40');
    const unknown = runCli(['run', 'vinh-long-2026-2030', '--estimate', 'grow=6']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"grow" is not an estimate field');
  });

  it('plancast targets lists the national goals for Vinh Long and none for Ben Tre', () => {
    const vl = runCli(['targets', '--model', 'vinh-long-2026-2030', '--lang', 'vi']);
    expect(vl.code).toBe(0);
    expect(vl.stdout).toContain('Mục tiêu cả nước (tham chiếu, không chấm điểm)');
    expect(vl.stdout).toMatch(/Tăng trưởng GDP bình quân 2026-2030 \(cả nước\)\s+≥ 10 %\/năm/);
    const bt = runCli(['targets', '--model', 'ben-tre-2021-2025']);
    expect(bt.code).toBe(0);
    expect(bt.stdout).not.toContain('National goals');
  });
});
