import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import { resolveScenarioOrThrow } from '../../src/io/load-scenario.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import {
  gapText,
  headlineCards,
  latestPublishedYear,
  leverWords,
  statusReason,
  verdict,
  verdictInput,
  type RowFacts,
  type VerdictInput,
} from '../../src/targets/verdict.ts';

/** Ben Tre as of 2024, by hand: growth 2.64, 7.33, 5.16, 5.68 % → (1.0264·1.0733·1.0516·1.0568)^(1/4) − 1 = 5.189 %/yr; 8.5 %/yr over five years then needs 1.085^5 / 1.2000 − 1 = 22.82 % in 2025. */
const BT_2024: VerdictInput = {
  firstPlanYear: 2021,
  lastPlanYear: 2025,
  baseYear: 2020,
  asOf: 2024,
  latest: 2024,
  counts: { met: 8, exceeded: 1, near: 2, missed: 20, 'not-modelled': 19 },
  growth: {
    comparator: 'range',
    min: 8.5,
    max: 9.5,
    projected: 5.92,
    soFar: 5.18899,
    boundary: 8.5,
    needPct: 22.8196,
    remainingYears: 1,
  },
};

describe('verdict', () => {
  it('says how many assessable targets are out of reach, growth so far against the goal, and what 2025 would need', () => {
    expect(verdict(BT_2024, 'vi')).toEqual({
      title: 'theo số liệu thực hiện đến 2024',
      missed: 20,
      assessable: 31,
      sentences: [
        'Theo số liệu thực hiện đến 2024, 20 trong 31 chỉ tiêu đánh giá được không thể đạt (9 đạt, 2 gần đạt).',
        'GRDP tăng bình quân 5,19 %/năm 2021-2024 so với mục tiêu 8,5-9,5 %/năm.',
        'Để cả kỳ đạt bình quân 8,5 %/năm, riêng năm 2025 phải tăng 22,82 %.',
      ],
    });
    expect(verdict(BT_2024, 'en').sentences).toEqual([
      'As of published figures to 2024, 20 of the 31 assessable targets are out of reach (9 met, 2 near).',
      'GRDP grew 5.19 %/yr on average in 2021-2024 against a goal of 8.5-9.5 %/yr.',
      'For the plan to average 8.5 %/yr, 2025 alone would need 22.82 % growth.',
    ]);
  });

  it('treats a status it does not know (e.g. "cannot be assessed") as not assessable', () => {
    const v = verdict({ ...BT_2024, counts: { ...BT_2024.counts, 'cannot-assess': 3, missed: 17 } }, 'en');
    expect(v.assessable).toBe(28);
    expect(v.missed).toBe(17);
    expect(v.sentences[0]).toContain('17 of the 28 assessable targets');
  });

  it('several remaining years, the plan as written, and a pack with no published year', () => {
    const two = verdict(
      {
        ...BT_2024,
        asOf: 2023,
        growth: { ...BT_2024.growth!, soFar: 5.04, needPct: 12.3456, remainingYears: 2 },
      },
      'vi',
    );
    expect(two.sentences[2]).toBe(
      'Để cả kỳ đạt bình quân 8,5 %/năm, các năm 2024-2025 phải tăng 12,35 %/năm.',
    );
    const written = verdict(
      { ...BT_2024, asOf: null, growth: { ...BT_2024.growth!, projected: 8.5731 } },
      'vi',
    );
    expect(written.title).toBe('kế hoạch như đã viết');
    expect(written.sentences).toEqual([
      'Theo kế hoạch như đã viết (chưa dùng số liệu thực hiện), 20 trong 31 chỉ tiêu đánh giá được không đạt (9 đạt, 2 gần đạt).',
      'Tăng trưởng GRDP bình quân dự báo 8,57 %/năm 2021-2025 so với mục tiêu 8,5-9,5 %/năm.',
    ]);
    const base = verdict({ ...BT_2024, asOf: null, latest: null, baseYear: 2025 }, 'en');
    expect(base.title).toBe('from the 2025 base year (no published figures yet)');
    expect(base.sentences[0]).toMatch(
      /^No published figures for the plan years yet; projected from the 2025 base year/,
    );
  });

  it('is computed from the Ben Tre run as of its latest published year (2024)', () => {
    const pack = loadModelPack('ben-tre-2021-2025');
    expect(latestPublishedYear(pack)).toBe(2024);
    const p = project(pack, resolveScenarioOrThrow(pack, { model: pack.model.id, asOf: 2024 }, 'test'));
    const card = evaluate(pack, p);
    const input = verdictInput(pack, p, card.counts);
    expect(input.growth!.soFar).toBeCloseTo(5.18899, 4);
    expect(input.growth!.needPct).toBeCloseTo(22.8196, 3);
    expect(input.growth!.boundary).toBe(8.5);
    const cards = headlineCards(pack, card.rows, 'vi');
    expect(cards.map((c) => c.series)).toEqual([
      'grdpReal',
      'perCapita',
      'share.',
      'revenue',
      'investment',
      'exports',
    ]);
    expect(cards[1]).toMatchObject({
      status: 'missed',
      projected: '65,9 triệu đồng',
      goal: '≥ 87 triệu đồng',
    });
  });
});

describe('latestPublishedYear', () => {
  const model = { firstPlanYear: 2021, lastPlanYear: 2025 } as Parameters<
    typeof latestPublishedYear
  >[0]['model'];
  const actuals = (values: Record<string, number>) => ({
    grdpGrowthPct: {
      unit: '%',
      series: 'provincial' as const,
      source: 't',
      confidence: 'high' as const,
      values,
    },
  });
  it('takes the last plan year with published GRDP growth; none in the plan years gives null', () => {
    expect(latestPublishedYear({ model, actuals: actuals({ '2019': 1, '2021': 2, '2023': 3 }) })).toBe(2023);
    expect(latestPublishedYear({ model, actuals: actuals({ '2020': 1, '2026': 2 }) })).toBeNull();
    expect(latestPublishedYear({ model, actuals: {} })).toBeNull();
  });
});

describe('words of the scorecard cells', () => {
  const row = (over: Partial<RowFacts>): RowFacts => ({
    id: 'x',
    status: 'met',
    projected: 8.5,
    gap: 0,
    unit: '%/yr',
    comparator: 'range',
    target: { min: 8.5, max: 9.5 },
    name: { vi: 'x', en: 'x' },
    ...over,
  });
  it('gives the reason for a status', () => {
    expect(statusReason(row({}), 'vi')).toBe('ở mức sàn');
    expect(statusReason(row({ projected: 9 }), 'vi')).toBe('trong khoảng');
    expect(statusReason(row({ status: 'exceeded', projected: 9.8, gap: 0.3 }), 'vi')).toBe('vượt khoảng');
    expect(
      statusReason(
        row({
          status: 'missed',
          projected: 65.93,
          gap: -21.07,
          unit: 'mn VND',
          comparator: 'atLeast',
          target: { value: 87 },
        }),
        'vi',
      ),
    ).toBe('thiếu 21,1 triệu đồng');
    expect(
      statusReason(
        row({
          status: 'missed',
          projected: 30.66,
          gap: 3.65,
          unit: '%',
          comparator: 'about',
          target: { value: 26.51, tol: 0.5 },
        }),
        'en',
      ),
    ).toBe('over by 3.65 pp');
    expect(statusReason(row({ status: 'cannot-assess' }), 'vi')).toBe('');
  });

  it('writes share gaps in points and counts as integers', () => {
    expect(gapText(-0.92, '%', 'vi')).toBe('0,92 điểm %');
    expect(gapText(-2121, 'enterprises', 'vi')).toBe('2.121 doanh nghiệp');
    expect(gapText(-720, 'persons/yr', 'vi')).toBe('720 người/năm');
  });

  it('names the lever in words', () => {
    const r = { reachable: true, unit: 'pp' };
    expect(leverWords({ ...r, lever: 'growth.all', value: 3.42 }, 'vi')).toBe('mọi khu vực +3,42 điểm %/năm');
    expect(leverWords({ ...r, lever: 'growth.all', value: 3.42 }, 'en')).toBe('all sectors +3.42 pp/yr');
    expect(leverWords({ ...r, lever: 'growth.II', value: -1.5 }, 'vi')).toBe('khu vực II -1,50 điểm %/năm');
    expect(leverWords({ lever: 'revenueRatio', value: 8.98, unit: '% of GRDP', reachable: true }, 'vi')).toBe(
      'thu ngân sách 8,98 % GRDP',
    );
    expect(leverWords({ lever: 'icor', value: 4.53, unit: 'ICOR', reachable: true }, 'vi')).toBe('ICOR 4,53');
    expect(
      leverWords({ lever: 'indicator.jobs', value: -2500, unit: 'persons/yr', reachable: true }, 'vi'),
    ).toBe('thay đổi -2.500 người/năm');
    expect(leverWords({ lever: 'growth.all', value: null, unit: 'pp', reachable: false }, 'vi')).toBe(
      'không đạt được trong phạm vi cho phép',
    );
  });
});
