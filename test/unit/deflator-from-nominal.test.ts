import { describe, expect, it } from 'vitest';
import { project } from '../../src/model/project.ts';
import { provenanceOf } from '../../src/model/provenance.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';

// The tiny pack as of 2021 (growth 4 % published) with a published nominal GRDP of 400 bn for 2021.
// By hand: real 2021 = 200 × 1.04 = 208 (split I 104, II 57, III 37.6, T 9.4); the assumed deflators
// (I 1.5 × 1.10 = 1.65, others 2) give 171.6 + 114 + 75.2 + 18.8 = 379.6 bn; the published 400 scales
// every deflator by 400 / 379.6, so the GRDP deflator is 400 / 208 and the shares keep 379.6's split.
function withNominal(): ModelPack {
  const pack = tinyPack();
  const grdpNominalBn = {
    unit: 'bn VND, current prices',
    series: 'provincial',
    source: 'test: published nominal GRDP',
    confidence: 'high',
    values: { '2021': 400 },
  };
  return { ...pack, actuals: { ...pack.actuals, grdpNominalBn } } as ModelPack;
}

describe('eq. (33b): the deflator of an observed year derived from published nominal GRDP', () => {
  const pack = withNominal();
  const p = project(pack, resolveOk(pack, { asOf: 2021 }));

  it('reproduces the published nominal GRDP and derives the deflator from it', () => {
    expect(p.grdpReal[1]).toBeCloseTo(208, 9);
    expect(p.grdpNominal[1]).toBeCloseTo(400, 9);
    expect(p.grdpDeflator[1]).toBeCloseTo(400 / 208, 12);
    expect(p.deflator.I[1]).toBeCloseTo((1.65 * 400) / 379.6, 12);
    // Relative prices stay assumed: the shares are those of the unscaled 379.6.
    expect(p.share.I[1]).toBeCloseTo(171.6 / 379.6, 12);
    // The projected year grows from the derived price level by the assumed π (I +10 %, others 0).
    expect(p.deflator.II[2]).toBeCloseTo(p.deflator.II[1]!, 12);
  });

  it('marks the nominal GRDP published and the GRDP deflator derived; without it the deflator stays assumed', () => {
    const prov = provenanceOf(pack, p);
    expect(prov.series.grdpNominal!.kind[1]).toBe('published');
    expect(prov.series.grdpDeflator!.kind[1]).toBe('derived');
    const plain = tinyPack();
    const q = project(plain, resolveOk(plain, { asOf: 2021 }));
    expect(q.grdpNominal[1]).toBeCloseTo(379.6, 9);
    expect(provenanceOf(plain, q).series.grdpDeflator!.kind[1]).not.toBe('derived');
  });
});
