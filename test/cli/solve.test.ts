import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'solve-five-year');
const FIVE = [path.join(DIR, 'scenario.json'), '--model', DIR];

describe('plancast solve (spawned)', () => {
  it('--target 1.2.c finds the uniform growth shift and the resulting average growth', () => {
    const r = runCli(['solve', ...FIVE, '--target', '1.2.c']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Reachable: growth\.all = \+1\.9\d pp → 87\.0 million VND \(met\)/);
    expect(r.stdout).toMatch(/average GRDP growth 10\.8\d %\/yr/);
    expect(r.stdout).toMatch(/grdp-growth|1\.2\.a grdp-growth: met → exceeded/);
  });

  it('--lever revenueRatio --json, and Vietnamese text', () => {
    const j = runCli(['solve', ...FIVE, '--target', '1.2.d', '--lever', 'revenueRatio', '--json']);
    expect(j.code).toBe(0);
    const out = JSON.parse(j.stdout);
    expect(out).toMatchObject({ target: { id: 'revenue' }, lever: { id: 'revenueRatio' }, reachable: true });
    expect(out.value).toBeCloseTo(8.51, 2);
    const vi = runCli(['solve', ...FIVE, '--target', '1.2.c', '--lever', 'growth.II', '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/Đạt được: growth\.II = \+7,0\d điểm %/);
  });

  it('--all meets every modelled target; --as-of adds what the remaining years must deliver', () => {
    const r = runCli(['solve', ...FIVE, '--all', '--as-of', '2023', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.asOf).toBe(2023);
    expect(out.levers.length).toBeGreaterThanOrEqual(8);
    expect(out.asOfReport.find((x: { id: string }) => x.id === 'per-capita').asOf.remainingYears).toBe(2);
    const text = runCli(['solve', ...FIVE, '--all', '--as-of', '2023']);
    expect(text.stdout).toContain('Actuals through 2023: what the remaining years must deliver');
  });

  it('a bad --target or --lever exits 2 and lists the valid ones', () => {
    const t = runCli(['solve', ...FIVE, '--target', '9.9.z']);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(
      /--target: "9\.9\.z" is not a target id or clause of five; valid targets: grdp-growth \(1\.2\.a\)/,
    );
    const l = runCli(['solve', ...FIVE, '--target', '1.2.c', '--lever', 'magic']);
    expect(l.code).toBe(2);
    expect(l.stderr).toMatch(/valid levers: growth\.all, growth\.I, .*revenueRatio.*indicator\.poverty/);
    const none = runCli(['solve', ...FIVE]);
    expect(none.code).toBe(2);
  });

  it('run --as-of shows the required lever column and the remaining-years section', () => {
    const r = runCli(['run', ...FIVE, '--as-of', '2023']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Gap\s+Required/);
    // The lever in words (src/targets/verdict.ts leverWords), and the remaining years' need in words.
    expect(r.stdout).toMatch(/1\.2\.d\s+revenue.*revenue at [\d.]+ % of GRDP/);
    expect(r.stdout).toMatch(
      /1\.2\.c\s+per-capita: so far [\d.]+ million VND[§+~*]; 2024-2025 need [\d.]+ %\/yr growth/,
    );
    const j = JSON.parse(runCli(['run', ...FIVE, '--as-of', '2023', '--json']).stdout);
    const row = j.scorecard.find((x: { id: string }) => x.id === 'per-capita');
    expect(row.required).toMatchObject({ lever: 'growth.all', unit: 'pp', reachable: true });
    expect(row.asOf).toMatchObject({ asOf: 2023, remainingYears: 2, soFarKind: 'level' });
  });
});

describe('plancast consistency (spawned)', () => {
  it('prints findings first, then numbers; --json and --lang vi', () => {
    const r = runCli(['consistency', '--model', DIR]);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('✘ Product taxes')).toBeGreaterThan(0);
    expect(r.stdout.indexOf('Product taxes')).toBeLessThan(r.stdout.indexOf('Numbers (I / II / III / T)'));
    const vi = runCli(['consistency', '--model', DIR, '--lang', 'vi']);
    expect(vi.stdout).toContain('Thuế sản phẩm tăng 14,2 %/năm');
    const j = JSON.parse(runCli(['consistency', '--model', DIR, '--json']).stdout);
    expect(j.reconcilingDrift.T).toBeCloseTo(-4.59, 1);
    expect(runCli(['consistency', '--model', DIR, '--lang', 'fr']).code).toBe(2);
  });
});
