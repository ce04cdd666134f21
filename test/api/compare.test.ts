import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem, post, testApp } from './helpers.ts';

const app = testApp();
afterAll(() => app.close());

// The tiny pack (test/fixtures/tiny-pack): exports 100 mn USD in 2020, target ≥ 230 summed over
// 2021-2022. At 10 %/yr: 110 + 121 = 231 (met); at 5 %/yr: 105 + 110.25 = 215.25 (missed, gap −14.75).
// asOf 2020 (the base year): no published plan year replaces the projection.
const at = (exportGrowth: number, en: string) => ({
  model: 'tiny',
  name: { vi: en, en },
  assumptions: { exportGrowth },
});

describe('POST /api/compare', () => {
  it('gives each scenario value, status and gap per target, the key series and only the assumptions that differ', async () => {
    const r = await post(app, '/api/compare', { scenarios: [at(10, 'ten'), at(5, 'five')], asOf: 2020 });
    expect(r.statusCode, r.body).toBe(200);
    const c = r.json();
    expect(c.scenarios.map((s: { label: string }) => s.label)).toEqual(['ten', 'five']);
    const exports = c.targets.find((t: { id: string }) => t.id === 'exports');
    expect(exports.cells.map((x: { projected: number }) => x.projected)).toEqual([
      expect.closeTo(231, 9),
      expect.closeTo(215.25, 9),
    ]);
    expect(exports.cells.map((x: { status: string }) => x.status)).toEqual(['met', 'missed']);
    expect(exports.cells[1].gap).toBeCloseTo(-14.75, 9);
    expect(exports.differs).toBe(true);
    const series = c.series.find((s: { id: string }) => s.id === 'exports');
    expect(series.values[1]).toEqual([100, 105, expect.closeTo(110.25, 9)]);
    expect(c.assumptions).toEqual([
      {
        id: 'exportGrowth',
        label: { vi: 'tăng xuất khẩu', en: 'export growth per year (USD)' },
        unit: '%/yr',
        values: [
          [10, 10],
          [5, 5],
        ],
      },
    ]);
  });

  it.each([
    ['one scenario', 1],
    ['five scenarios', 5],
  ])('refuses %s (400 naming scenarios)', async (_name, n) => {
    const r = await post(app, '/api/compare', { scenarios: Array.from({ length: n }, () => at(10, 'x')) });
    const body = expectProblem(r, 400);
    expect(body.problems[0]!.path).toEqual(['scenarios']);
  });

  it('refuses scenarios of different packs (422)', async () => {
    const r = await post(app, '/api/compare', {
      scenarios: [at(10, 'a'), { model: 'ben-tre-2021-2025' }],
    });
    const body = expectProblem(r, 422);
    expect(body.detail).toMatch(/different model packs \(tiny, ben-tre-2021-2025\)/);
  });

  it('names the scenario and field of a bad value (400)', async () => {
    const r = await post(app, '/api/compare', { scenarios: [at(10, 'a'), at(900, 'b')] });
    const body = expectProblem(r, 400);
    expect(body.problems[0]!.path).toEqual(['scenarios', 1, 'assumptions', 'exportGrowth']);
  });
});

describe('POST /api/report', () => {
  it('answers one self-contained HTML document in Vietnamese with both scenarios', async () => {
    const r = await post(app, '/api/report', {
      scenarios: [at(10, 'ten'), at(5, 'five')],
      lang: 'vi',
      asOf: 2020,
    });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(r.body).toMatch(/^<!doctype html><html lang="vi">/);
    expect(r.body).toContain('Báo cáo kịch bản kế hoạch');
    expect(r.body).toContain('Gói thử nhỏ');
    expect(r.body).toContain('[2] five');
    expect((r.body.match(/<svg/g) ?? []).length).toBe(5);
    expect(r.body).not.toMatch(/https?:|src=|<script|<link/i);
  });

  it('refuses an unknown language (400 naming lang)', async () => {
    const r = await post(app, '/api/report', { scenarios: [at(10, 'a')], lang: 'fr' });
    expect(expectProblem(r, 400).problems[0]!.path).toEqual(['lang']);
  });
});
