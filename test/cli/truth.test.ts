import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { TINY_DIR } from '../helpers/tiny.ts';

// Issue 12 in the CLI: a provenance mark on every value of the year table with its legend, and the
// "cannot be assessed" status counted apart, in both languages (Ben Tre: 14 such targets).
describe('plancast run: provenance marks and "cannot be assessed" (spawned)', () => {
  it('English: marks, legend, the status in the rows and the summary, and the placeholder note', () => {
    const r = runCli(['run', 'plan-midpoint', '--as-written']);
    expect(r.code).toBe(0);
    // 2020 growth 0.84 % is the provincial statistics office's figure; 2021 rests on the estimated sector split.
    expect(r.stdout).toMatch(/2020\s+base\s+0\.84§/);
    expect(r.stdout).toMatch(/2021\s+projected\s+[\d.]+\*/);
    expect(r.stdout).toContain('Provenance of values: § published, + derived, ~ assumed, * estimated');
    expect(r.stdout).toMatch(/1\.2\.m\s+Doctors per 10,000 people.*\? cannot be assessed/);
    expect(r.stdout).toMatch(
      // Against the ICOR-5.5 defaults: urbanisation (met), poverty and insurance (missed) and hospital
      // beds (near) rest on placeholders now; social investment at the 35.5 % rate is met, not exceeded.
      /Summary: met 8, exceeded 1, near 0, missed 8, cannot be assessed 14, not modelled 19/,
    );
    expect(r.stdout).toContain('? rests on a placeholder base figure');
  });

  it('Vietnamese: the same, with no English word in what was added', () => {
    const r = runCli(['run', 'plan-midpoint', '--as-written', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2020\s+\S+\s+0,84§/);
    expect(r.stdout).toContain('Nguồn gốc số liệu: § công bố, + tính từ số công bố, ~ giả định, * ước tính');
    expect(r.stdout).toMatch(/1\.2\.m\s+Số bác sĩ trên một vạn dân.*\? chưa đánh giá được/);
    expect(r.stdout).toContain('chưa đánh giá được 14');
    expect(r.stdout).toContain('? dựa trên số liệu giả định chưa có nguồn');
    for (const word of [
      'cannot',
      'assessed',
      'published',
      'derived',
      'assumed',
      'estimated',
      'placeholder',
      'Provenance',
    ])
      expect(r.stdout).not.toContain(word);
  });

  it('--csv adds a _kind companion column per series (the tiny pack: per capita rests on the estimated nominal I)', () => {
    const tiny = path.join(mkdtempSync(path.join(tmpdir(), 'plancast-truth-')), 'tiny.json');
    writeFileSync(tiny, JSON.stringify({ model: 'tiny' }));
    const r = runCli(['run', tiny, '--model', TINY_DIR, '--csv']);
    expect(r.code).toBe(0);
    const [head, , y2021] = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const at = (name: string) => head!.indexOf(name);
    expect(at('per_capita_mn_vnd_kind')).toBeGreaterThan(at('indicator_poverty'));
    expect(y2021![at('per_capita_mn_vnd_kind')]).toBe('estimated');
    expect(y2021![at('population_thousand_kind')]).toBe('assumed');
  });

  it('simulate reports no P(met) for a target that cannot be assessed', () => {
    const r = runCli(['simulate', 'plan-midpoint', '--draws', '200', '--seed', '1']);
    expect(r.code).toBe(0);
    const doctors = r.stdout.split('\n').find((l) => l.startsWith('Doctors per 10,000 people'))!;
    expect(doctors).toMatch(/cannot be assessed\s+cannot be assessed\s+–/);
  });

  it('run --json carries the verdict in both languages and the ICOR each year implies (eq. 12c)', () => {
    const j = JSON.parse(runCli(['run', '--as-of', '2024', '--json']).stdout);
    expect(j.verdict).toMatchObject({ missed: 15, assessable: 17 });
    expect(j.verdict.title.en).toBe('as of published figures to 2024');
    expect(j.verdict.sentences.en[0]).toBe(
      'As of published figures to 2024, 15 of the 17 assessable targets are out of reach (2 met, 0 near).',
    );
    expect(j.verdict.sentences.vi[0]).toContain('15 trong 17');
    const s = j.series;
    // 2023 publishes investment 19,394.07 bn: ICOR = I / (ΔGRDP real × GRDP deflator).
    const icor2023 = s.investment[3] / ((s.grdpReal[3] - s.grdpReal[2]) * s.grdpDeflator[3]);
    expect(s.investment[3]).toBe(19394.07);
    expect(s.icorImplied[3]).toBeCloseTo(icor2023, 12);
    // Investment is 35.5 % of nominal GRDP in a year without a published figure (2025).
    expect(s.investment[5] / s.grdpNominal[5]).toBeCloseTo(0.355, 12);
  });

  it('as of 2024 the so-far values carry their marks: published total growth, estimated sector split', () => {
    const r = runCli(['run', '--as-of', '2024']);
    expect(r.code).toBe(0);
    // GRDP growth 2021-2024 is published every year (2.64, 7.33, 5.16, 5.68 %): (Π(1+g))^(1/4) − 1 = 5.19 %.
    expect(r.stdout).toMatch(/Average GRDP growth 2021-2025: so far 5\.19 %\/yr§;/);
    // Sector II: 2024 is published (10.59 %), 2021-2023 are the eq. (33) split of the total: estimated.
    expect(r.stdout).toMatch(
      /Average growth of sector II \(industry, construction\): so far [\d.]+ %\/yr\*;/,
    );
  });
});
