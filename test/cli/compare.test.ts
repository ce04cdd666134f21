import { describe, expect, it } from 'vitest';
import { CompareResult } from '../../src/compare/compare-result.ts';
import { runCli } from '../helpers/cli.ts';

// The three shipped Ben Tre scenarios differ only in sector growth: I 4 / 4.35 / 4.7, II 15 / 16 / 17,
// III 7 / 7.8 / 8.6 %/yr (scenarios/plan-low|midpoint|high.json); product taxes 14.2 in all three.
const THREE = ['plan-low', 'plan-midpoint', 'plan-high'];

describe('plancast compare (spawned compiled CLI)', () => {
  it('prints the scorecard with a column per scenario, the differing statuses marked, then the differing assumptions', () => {
    // As of 2020 (the plan as written): the three scenarios differ in every year.
    const r = runCli(['compare', ...THREE, '--as-of', '2020']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Ben Tre socio-economic development plan 2021-2025 — Scenario comparison\n/);
    expect(r.stdout).toMatch(
      /Clause\s+Target\s+Goal\s+\[1\] plan-low\s+\[2\] plan-midpoint\s+\[3\] plan-high/,
    );
    // Average GRDP growth: missed at the lower bounds (7.90), met at the mid-points and upper bounds.
    expect(r.stdout).toMatch(
      /1\.2\.a\s+Average GRDP growth 2021-2025 .*✘ 7\.90 %\/yr \*\s+✔ 8\.57 %\/yr \*\s+✔ 9\.24 %\/yr \*\s+≠\n/,
    );
    // Social investment at the recorded investment rate: met, met, exceeded.
    expect(r.stdout).toMatch(
      /1\.2\.đ\s+Total social investment.*✔ [\d,]+ bn VND \*\s+✔ [\d,]+ bn VND \*\s+▲ [\d,]+ bn VND \*\s+≠\n/,
    );
    // The structure: the same statuses in all three, so no mark.
    expect(r.stdout).not.toMatch(/1\.2\.b\s[^\n]*≠\n/);
    const assumptions = r.stdout.slice(r.stdout.indexOf('Assumptions that differ'));
    expect(assumptions).toMatch(/real growth per year, sector I\s+%\/yr\s+4\s+4\.35\s+4\.7\n/);
    expect(assumptions).toMatch(/real growth per year, sector II\s+%\/yr\s+15\s+16\s+17\n/);
    expect(assumptions).toMatch(/real growth per year, sector III\s+%\/yr\s+7\s+7\.8\s+8\.6\n/);
    expect(assumptions).not.toContain('product taxes');
  });

  it('--json prints a CompareResult: three scenarios, the growth assumptions that differ, per-year series', () => {
    const r = runCli(['compare', ...THREE, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const c = CompareResult.parse(JSON.parse(r.stdout));
    expect(c.scenarios.map((s) => s.label)).toEqual(THREE);
    expect(c.scenarios.every((s) => s.asOf === 2024)).toBe(true);
    expect(c.assumptions.map((a) => a.id)).toEqual(['growth.I', 'growth.II', 'growth.III']);
    expect(c.assumptions[1]!.values).toEqual([15, 16, 17].map((g) => [g, g, g, g, g]));
    const growth = c.series.find((s) => s.id === 'growth')!;
    expect(growth.values).toHaveLength(3);
    expect(growth.values[0]).toHaveLength(c.years.length);
    // Published years are the same in every scenario: 2021-2024 are the actuals.
    for (let i = 0; i < 5; i++) expect(growth.values[2]![i]).toBeCloseTo(growth.values[0]![i]!, 9);
    expect(growth.values[2]![5]).toBeGreaterThan(growth.values[0]![5]!);
    // As of 2024 only 2025 differs: growth and social investment are missed in all three.
    expect(c.targets.find((t) => t.id === 'social-investment')?.differs).toBe(false);
    expect(c.targets.find((t) => t.id === 'grdp-growth')?.cells.map((x) => x.status)).toEqual([
      'missed',
      'missed',
      'missed',
    ]);
  });

  it.each([
    ['one scenario', ['plan-low'], /the number of scenarios is 1; allowed 2 to 4/],
    ['five scenarios', [...THREE, 'covid-2021', 'trend'], /the number of scenarios is 5; allowed 2 to 4/],
    [
      'scenarios of two packs',
      ['plan-low', 'vinh-long-2026-2030'],
      /different model packs \(ben-tre-2021-2025, vinh-long-2026-2030\)/,
    ],
  ])('%s: exit 2 with a clear message', (_name, refs, message) => {
    const r = runCli(['compare', ...refs]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});
