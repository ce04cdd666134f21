import { PROVENANCE_KINDS, provenanceOf, type ProvenanceKind } from '../model/provenance.ts';
import type { Projection } from '../model/projection.ts';
import type { Lang, LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { ChartSpec } from './input.ts';

/**
 * How a chart shows where a value comes from (docs/model.md §5.4): published (and derived from
 * published figures) solid, projected (an assumption drives it) dashed, estimated (rests on an
 * estimate or a fill-in) dotted and faded. Every deterministic chart uses the `basis` field of its
 * rows with these encodings.
 */
export type Basis = 'published' | 'projected' | 'estimated';

const BASIS_OF: Record<ProvenanceKind, Basis> = {
  published: 'published',
  derived: 'published',
  assumed: 'projected',
  estimated: 'estimated',
};

const BASIS_TEXT: Record<Basis, LocalizedText> = {
  published: { vi: 'Số công bố', en: 'Published' },
  projected: { vi: 'Dự báo', en: 'Projected' },
  estimated: { vi: 'Dựa trên ước tính', en: 'Rests on estimates' },
};

const BASES: readonly Basis[] = ['published', 'projected', 'estimated'];

/** The label of a basis in the chart's language (the value of the rows' `basis` field). */
export function basisText(b: Basis, lang: Lang): string {
  return BASIS_TEXT[b][lang];
}

/**
 * The basis label of every year of one or more series of a projection (the weakest of them per
 * year); with `cumulative`, a year's value sums the plan years up to it, so it is as weak as the
 * weakest of those (the base year's cumulative 0 is exact: published).
 */
export function basisPath(
  pack: ModelPack,
  p: Projection,
  keys: readonly string[],
  lang: Lang,
  cumulative = false,
): string[] {
  const prov = provenanceOf(pack, p);
  const out: string[] = [];
  let running = 0;
  for (let t = 0; t < p.years.length; t++) {
    let worst = 0;
    for (const k of keys)
      worst = Math.max(worst, PROVENANCE_KINDS.indexOf(prov.series[k]?.kind[t] ?? 'assumed'));
    if (cumulative) worst = t === 0 ? 0 : (running = Math.max(running, worst));
    out.push(basisText(BASIS_OF[PROVENANCE_KINDS[worst]!], lang));
  }
  return out;
}

/** Dash per basis: solid, dashed, dotted (never colour alone). */
export function basisDash(lang: Lang): ChartSpec {
  return {
    field: 'basis',
    type: 'nominal',
    scale: {
      domain: BASES.map((b) => basisText(b, lang)),
      range: [
        [1, 0],
        [6, 4],
        [2, 3],
      ],
    },
    // On top of the plot: beside the scenario legend at the bottom it would run off a narrow card.
    legend: { title: null, orient: 'top' },
  };
}

/** Opacity per basis: estimated values faded, in lines, points and bars alike (bars show it in a legend). */
export function basisOpacity(lang: Lang, full = 1, faded = 0.45, legend = false): ChartSpec {
  return {
    field: 'basis',
    type: 'nominal',
    scale: { domain: BASES.map((b) => basisText(b, lang)), range: [full, full, faded] },
    legend: legend ? { title: null, orient: 'top' } : null,
  };
}
