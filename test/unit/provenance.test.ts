import { describe, expect, it } from 'vitest';
import { toRunResult } from '../../src/export/run-result.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import { DEPENDS, provenanceOf } from '../../src/model/provenance.ts';
import { OUTPUTS } from '../../src/model/variables.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';

// Hand-checked against test/fixtures/tiny-pack: every base figure is official ("hand-made test
// figure") except nominal I ("estimate": "made up"); the pack has no digital share; the actuals
// publish total growth 4 % for 2021 only (source "test"). Years 2020 (base), 2021, 2022.
describe('provenance of every value on the tiny pack (hand-checked)', () => {
  const pack = tinyPack();
  const p = project(pack, resolveOk(pack));
  const prov = provenanceOf(pack, p);
  const kinds = (key: string) => prov.series[key]!.kind;

  it('marks base figures published with their source, base-year sums derived, projections assumed', () => {
    expect(kinds('real.II')).toEqual(['published', 'assumed', 'assumed']);
    expect(kinds('population')).toEqual(['published', 'assumed', 'assumed']);
    expect(kinds('growth')).toEqual(['published', 'assumed', 'assumed']);
    expect(kinds('indicator.poverty')).toEqual(['published', 'assumed', 'assumed']);
    // Real GRDP 2020 = 100 + 50 + 40 + 10, all official: computed from published figures only.
    expect(kinds('grdpReal')).toEqual(['derived', 'assumed', 'assumed']);
    // Deflator II = nominal II / real II, both official.
    expect(kinds('deflator.II')).toEqual(['derived', 'assumed', 'assumed']);
    expect(prov.sources).toEqual(['hand-made test figure']);
    expect(prov.series['population']!.source).toEqual([0, null, null]);
  });

  it('marks everything resting on the estimated nominal I as estimated, and fill-ins too', () => {
    expect(kinds('nominal.I')).toEqual(['estimated', 'estimated', 'estimated']);
    expect(kinds('nominal.II')).toEqual(['published', 'assumed', 'assumed']);
    // Nominal GRDP, shares and per capita add up every sector's nominal value, nominal I included.
    expect(kinds('grdpNominal')).toEqual(['estimated', 'estimated', 'estimated']);
    expect(kinds('share.II')).toEqual(['estimated', 'estimated', 'estimated']);
    expect(kinds('perCapita')).toEqual(['estimated', 'estimated', 'estimated']);
    // Revenue 2020 is the pack's 35; later years are 10 % of (estimated) nominal GRDP.
    expect(kinds('revenue')).toEqual(['published', 'estimated', 'estimated']);
    // The base-year sector growth is the total's 5 % standing in for each sector: a fill-in.
    expect(kinds('sectorGrowth.II')).toEqual(['estimated', 'assumed', 'assumed']);
    // The kept revenue of 2020 applies the assumed retained share to the published revenue.
    expect(kinds('ownRevenue')[0]).toBe('assumed');
    // No digital share in the pack: the kernel's 0 is a fill-in; its pace is an assumption.
    expect(kinds('digitalShare')).toEqual(['estimated', 'assumed', 'assumed']);
  });

  it('gives every value of every series of run --json a kind', () => {
    const r = toRunResult(pack, resolveOk(pack), p, evaluate(pack, p));
    const keys = OUTPUTS.flatMap((o) =>
      o.perSector ? ['I', 'II', 'III', 'T'].map((s) => `${o.id}.${s}`) : [o.id],
    ).concat(pack.model.indicators.map((d) => `indicator.${d.id}`));
    expect(Object.keys(r.provenance.series).sort()).toEqual(keys.sort());
    for (const k of keys) expect(r.provenance.series[k]!.kind).toHaveLength(r.years.length);
    expect(Object.keys(DEPENDS).sort()).toEqual(OUTPUTS.map((o) => o.id).sort());
  });
});

describe('provenance of an as-of run on the tiny pack (hand-checked)', () => {
  const pack = tinyPack();
  const p = project(pack, resolveOk(pack, { asOf: 2021 }));
  const prov = provenanceOf(pack, p);
  const kinds = (key: string) => prov.series[key]!.kind;

  it('marks the published 2021 growth with its source, and the sector split of it as estimated (eq. 33)', () => {
    expect(p.actualSeries[1]).toEqual(['growth']);
    expect(kinds('growth')).toEqual(['published', 'published', 'assumed']);
    expect(prov.sources).toEqual(['hand-made test figure', 'test']);
    expect(prov.series['growth']!.source).toEqual([0, 1, null]);
    // 2021: each sector's growth is a uniform shift making the total 4 %: a fill-in, that year only.
    expect(kinds('sectorGrowth.II')).toEqual(['estimated', 'estimated', 'assumed']);
    // The levels built on the filled-in growth stay estimates afterwards.
    expect(kinds('real.II')).toEqual(['published', 'estimated', 'estimated']);
    expect(kinds('grdpReal')).toEqual(['derived', 'estimated', 'estimated']);
    // Deflators do not use sector growth; population was not published.
    expect(kinds('deflator.II')).toEqual(['derived', 'assumed', 'assumed']);
    expect(kinds('population')).toEqual(['published', 'assumed', 'assumed']);
  });
});

describe('cannot be assessed: a target resting on a placeholder base figure', () => {
  /** The tiny pack with the poverty base marked a placeholder, and 2021 poverty published (0.9 %). */
  function packWithPlaceholder(): ModelPack {
    const pack = structuredClone(tinyPack());
    const base = pack.model.indicators.find((d) => d.id === 'poverty')!.base;
    Object.assign(base, { estimate: 'no data', placeholder: 'no-data' });
    pack.actuals['indicator.poverty'] = {
      unit: '%',
      series: 'provincial',
      source: 'test poverty',
      confidence: 'high',
      values: { '2021': 0.9 },
    };
    return pack;
  }

  it('is neither met nor missed, counted apart, with its value shown and no gap', () => {
    const pack = packWithPlaceholder();
    const card = evaluate(pack, project(pack, resolveOk(pack)));
    const row = card.rows.find((r) => r.id === 'poverty')!;
    expect(row.status).toBe('cannot-assess');
    expect(row.placeholders).toEqual(['indicator.poverty']);
    expect(row.projected).not.toBeNull();
    expect(row.gap).toBeNull();
    expect(row.perYear).toBeNull();
    expect(card.counts['cannot-assess']).toBe(1);
    // The other rows keep their verdicts (the tiny pack's 3 met, 2 missed, 1 not modelled, less poverty).
    const unmarked = tinyPack();
    const before = evaluate(unmarked, project(unmarked, resolveOk(unmarked))).rows.find(
      (r) => r.id === 'poverty',
    )!;
    expect(before.status).not.toBe('cannot-assess');
    expect(card.counts.met + card.counts.missed + card.counts.exceeded + card.counts.near).toBe(4);
  });

  it('an estimate with a real source keeps its verdict (nominal I is an estimate, not a placeholder)', () => {
    const pack = packWithPlaceholder();
    const row = evaluate(pack, project(pack, resolveOk(pack))).rows.find((r) => r.id === 'per-capita')!;
    expect(row.estimates).toContain('baseline.nominalBn.I');
    expect(['met', 'missed', 'near', 'exceeded']).toContain(row.status);
  });
});

describe('cannot be assessed in the shipped packs (decided by the `placeholder` marks of model.json)', () => {
  const statuses = (id: string, spec: Record<string, unknown> = {}) => {
    const pack = loadModelPack(id);
    const card = evaluate(pack, project(pack, resolveOk(pack, spec)));
    return { card, ids: card.rows.filter((r) => r.status === 'cannot-assess').map((r) => r.id) };
  };

  it('Ben Tre: waste, clean water, doctors, beds, insurance, forest cover, back-cast shares, poverty pace, jobs and the self-balance', () => {
    const { card, ids } = statuses('ben-tre-2021-2025');
    expect(ids).toEqual([
      'self-balance-province', // recurrent spending 2020: an order-of-magnitude assumption
      'urbanisation', // level and pace from the 2024 plan level, no record
      'poverty-reduction', // no 2022-2024 rate on the current standard; pace from the 2024 target
      'trained-labour', // back-cast from the 2025 target
      'trained-labour-certified', // back-cast from the 2025 target
      'hospital-beds', // a national proxy level, no recorded pace
      'doctors',
      'health-insurance', // a national proxy level, no recorded pace
      'waste-collection-urban',
      'waste-collection-rural',
      'waste-sorting',
      'forest-cover', // an unsourced recollection of the forest area
      'clean-water',
      'jobs', // set just above the target
    ]);
    expect(card.counts['cannot-assess']).toBe(14);
    // Sourced estimates keep their verdicts: per capita (GSO total, estimated split), workers abroad.
    for (const id of ['per-capita-2025', 'jobs-abroad'])
      expect(card.rows.find((r) => r.id === id)!.status).not.toBe('cannot-assess');
  });

  it('Ben Tre as of 2024: the same targets, since no placeholder indicator was published', () => {
    expect(statuses('ben-tre-2021-2025', { asOf: 2024 }).ids).toHaveLength(14);
  });

  it('Vinh Long: the digital share rests on an assumed 2025 base', () => {
    // Revenue growth (VL.5) is assessable since the 2025 revenue base was sourced (the HĐND budget estimate).
    expect(statuses('vinh-long-2026-2030').ids).toEqual(['digital-economy']);
  });
});
