import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('plancast simulate (end to end)', () => {
  it('--json echoes seed and draws and gives P(met), quantiles per year and histograms', () => {
    const r = runCli(['simulate', 'plan-low', '--draws', '300', '--seed', '5', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.seed).toBe(5);
    expect(out.draws).toBe(300);
    expect(out.targets.find((t: { id: string }) => t.id === 'grdp-growth').interval).toBeDefined();
    expect(out.series.find((s: { key: string }) => s.key === 'perCapita').years).toHaveLength(6);
    expect(out.histograms).toHaveLength(10);
  });

  it('one worker and two workers print the same JSON', () => {
    const one = runCli(['simulate', '--draws', '400', '--seed', '9', '--workers', '1', '--json']);
    const two = runCli(['simulate', '--draws', '400', '--seed', '9', '--workers', '2', '--json']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints a readable table in Vietnamese', () => {
    const r = runCli(['simulate', '--draws', '200', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Mô phỏng Monte Carlo: 200 lần rút, hạt giống 42/);
    expect(r.stdout).toMatch(/P\(đạt\)/);
    expect(r.stdout).toMatch(/Tăng trưởng GRDP/);
  });

  it.each([
    ['0', /--draws: "0" is not allowed; expected an integer from 100 to 1000000/],
    ['abc', /--draws: "abc" is not allowed; expected an integer from 100 to 1000000/],
    ['2000001', /from 100 to 1000000/],
  ])('--draws %s → exit 2 with a clear message', (draws, message) => {
    const r = runCli(['simulate', '--draws', draws]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('--seed out of range → exit 2', () => {
    const r = runCli(['simulate', '--draws', '100', '--seed', '-3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--seed/);
  });
});
