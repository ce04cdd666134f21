import { describe, expect, it } from 'vitest';
import { CompareResult } from '../../src/compare/compare-result.ts';
import { runCli } from '../helpers/cli.ts';

// The three shipped Ben Tre scenarios differ only in sector growth: I 4 / 4.35 / 4.7, II 15 / 16 / 17,
// III 7 / 7.8 / 8.6 %/yr (scenarios/plan-low|midpoint|high.json); product taxes 14.2 in all three.
const THREE = ['plan-low', 'plan-midpoint', 'plan-high'];

describe('plancast compare (spawned compiled CLI)', () => {
  it('prints the scorecard with a column per scenario, the differing statuses marked, then the differing assumptions', () => {
    // From the 2020 base year (no published plan year): the sector lower bounds do not deliver the
    // 8.5 %/yr total minimum (plan-low's own description), the mid-points and upper bounds do.
    const r = runCli(['compare', ...THREE, '--as-of', '2020']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Ben Tre socio-economic development plan 2021-2025 — Scenario comparison\n/);
    expect(r.stdout).toContain('[1] plan-low — Ben Tre 2021-2025: growth at band lower bounds (as of 2020)');
    expect(r.stdout).toMatch(
      /Clause\s+Target\s+Goal\s+\[1\] plan-low\s+\[2\] plan-midpoint\s+\[3\] plan-high/,
    );
    expect(r.stdout).toMatch(
      /1\.2\.a\s+Average GRDP growth 2021-2025\s+8\.5–9\.5 %\/yr\s+✘ 7\.\d\d %\/yr \*\s+✔ 8\.\d\d %\/yr \*\s+✔ 9\.\d\d %\/yr \*\s+≠\n/,
    );
    // Sector II grows at exactly its assumed rate, inside the 15-17 band in all three: same status, no mark.
    expect(r.stdout).toMatch(
      /1\.2\.a\s+Average growth of sector II .*✔ 15\.00 %\/yr \*\s+✔ 16\.00 %\/yr \*\s+✔ 17\.00 %\/yr \*\n/,
    );
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
    // As of 2024 the published years decide average growth: missed in all three, not marked.
    expect(c.targets.find((t) => t.id === 'grdp-growth')?.cells.map((x) => x.status)).toEqual([
      'missed',
      'missed',
      'missed',
    ]);
    expect(c.targets.find((t) => t.id === 'grdp-growth')?.differs).toBe(false);
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
