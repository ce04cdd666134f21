import { describe, expect, it } from 'vitest';
import { project } from '../../src/model/project.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';

// Every expected number below was computed by hand from test/fixtures/tiny-pack:
// base real I 100, II 50, III 40, T 10 (200); nominal 150/100/80/20 (350); growth 10/20/0/0 %;
// deflator growth I 10 %, others 0; population 100 (flat); revenue 10 % of GRDP, κ 50 %;
// recurrent 20 growing 10 %; transfers 10 flat; ICOR 3; K0 = 2 × 200; δ 5 %; α 0.5; exports 100 +10 %.
describe('project on the tiny pack (hand-checked)', () => {
  const pack = tinyPack();
  const p = project(pack, resolveOk(pack));

  it('grows sectors and GRDP', () => {
    expect(p.years).toEqual([2020, 2021, 2022]);
    expect(Array.from(p.real.I)).toEqual([100, 110, 121].map((x) => expect.closeTo(x, 9)));
    expect(p.real.II[2]).toBeCloseTo(72, 12);
    expect(p.grdpReal[1]).toBeCloseTo(220, 12);
    expect(p.grdpReal[2]).toBeCloseTo(243, 12);
    expect(p.growth[1]).toBeCloseTo(0.1, 12);
    expect(p.growth[2]).toBeCloseTo(243 / 220 - 1, 12); // 10.4545 %
  });

  it('prices, nominal GRDP, structure and per capita', () => {
    expect(p.deflator.I[2]).toBeCloseTo(1.815, 12);
    expect(p.grdpNominal[1]).toBeCloseTo(401.5, 9);
    expect(p.grdpNominal[2]).toBeCloseTo(463.615, 9);
    expect(p.share.I[2]).toBeCloseTo(219.615 / 463.615, 12);
    expect(p.perCapita[2]).toBeCloseTo(4.63615, 9);
  });

  it('budget: revenue, own revenue, self-balance and balance', () => {
    expect(p.revenue[1]).toBeCloseTo(40.15, 9);
    expect(p.ownRevenue[1]).toBeCloseTo(20.075, 9);
    expect(p.recurrent[1]).toBeCloseTo(22, 9);
    expect(p.selfBalance[1]).toBeCloseTo(20.075 / 22, 12);
    expect(p.balance[1]).toBeCloseTo(20.075 + 10 - 22, 9);
  });

  it('investment via ICOR, capital stock and TFP', () => {
    expect(p.investment[1]).toBeCloseTo(3 * 20 * 1.825, 9); // 109.5
    expect(p.capital[1]).toBeCloseTo(0.95 * 400 + 60, 9); // 440
    expect(p.capitalGrowth[1]).toBeCloseTo(0.1, 12);
    expect(p.tfpGrowth[1]).toBeCloseTo(0.1 - 0.5 * 0.1, 12);
  });

  it('exports and clamped social indicators', () => {
    expect(Array.from(p.exports)).toEqual([100, 110, 121].map((x) => expect.closeTo(x, 9)));
    expect(Array.from(p.indicators.urbanisation!)).toEqual([20, 21, 22].map((x) => expect.closeTo(x, 12)));
    expect(Array.from(p.indicators.poverty!)).toEqual([1.5, 0.5, 0].map((x) => expect.closeTo(x, 12)));
  });

  it('scores the targets', () => {
    const card = evaluate(pack, p);
    const row = (id: string) => card.rows.find((r) => r.id === id)!;
    expect(row('grdp-growth').projected).toBeCloseTo((Math.sqrt(243 / 200) - 1) * 100, 9); // 10.2247 %
    expect(row('grdp-growth').status).toBe('met');
    expect(row('per-capita').status).toBe('missed');
    expect(row('per-capita').gap).toBeCloseTo(4.63615 - 5, 9);
    expect(row('per-capita').restsOnEstimates).toBe(true); // nominal I is marked estimate
    expect(row('exports').projected).toBeCloseTo(231, 9);
    expect(row('exports').status).toBe('met');
    const pov = row('poverty');
    expect(pov.perYear!.map((y) => y.value)).toEqual([expect.closeTo(1, 12), expect.closeTo(0.5, 12)]);
    expect(pov.status).toBe('missed');
    expect(pov.atBound).toBe(true);
    expect(row('share-i').status).toBe('met'); // 47.37 % vs 47 ± 0.5
    expect(row('communes').status).toBe('not-modelled');
    expect(card.counts).toEqual({
      met: 3,
      exceeded: 0,
      near: 0,
      missed: 2,
      'cannot-assess': 0,
      'not-modelled': 1,
    });
  });
});

describe('as-of runs read actuals', () => {
  const pack = tinyPack();
  it('reproduces the published total growth with a uniform sector shift', () => {
    const p = project(pack, resolveOk(pack, { asOf: 2021 }));
    // published 2021 growth 4 %; assumed 10 %: all sectors shift by −6 pp
    expect(p.growth[1]).toBeCloseTo(0.04, 12);
    expect(p.sectorGrowth.I[1]).toBeCloseTo(0.04, 12);
    expect(p.sectorGrowth.II[1]).toBeCloseTo(0.14, 12);
    expect(p.yearKinds).toEqual(['base', 'partly-actual', 'projected']);
    expect(p.actualSeries[1]).toEqual(['growth']);
    // 2022 goes back to the assumptions
    expect(p.sectorGrowth.I[2]).toBeCloseTo(0.1, 12);
  });
});

describe('investment stays meaningful', () => {
  const pack = tinyPack();
  it('a shrinking economy invests nothing rather than a negative amount', () => {
    const shrink = { I: -10, II: -10, III: -10, T: -10 };
    const p = project(pack, resolveOk(pack, { assumptions: { growth: shrink, investment: { icor: 15 } } }));
    expect(Array.from(p.investment.slice(1))).toEqual([0, 0]);
    expect(p.capital.every((k) => k > 0)).toBe(true);
    expect(Number.isFinite(p.period.tfpShare)).toBe(true);
  });

  it('an as-of year without a published investment figure uses the investment rate', () => {
    const p = project(pack, resolveOk(pack, { asOf: 2021 }));
    expect(p.investment[1]).toBeCloseTo(0.3 * p.grdpNominal[1]!, 9); // tiny pack: rate 30 %
    expect(p.investment[2]).toBeCloseTo(3 * (p.grdpReal[2]! - p.grdpReal[1]!) * p.grdpDeflator[2]!, 9);
  });
});
