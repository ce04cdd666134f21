import { SECTORS } from '../core/sectors.ts';
import type { Figure } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';

/**
 * The base-year figures a series rests on, so the scorecard can say which results lean on an
 * estimate. Keys are `baseline.<field>` or `indicator.<id>`.
 */
export function figuresBehind(pack: ModelPack, series: string): { key: string; figure: Figure }[] {
  const b = pack.model.baseline;
  const sectorsNominal = SECTORS.map((s) => ({ key: `baseline.nominalBn.${s}`, figure: b.nominalBn[s] }));
  const sectorsReal = SECTORS.map((s) => ({ key: `baseline.realBn.${s}`, figure: b.realBn[s] }));
  const one = (k: keyof typeof b) => ({ key: `baseline.${k}`, figure: b[k] as Figure });
  if (series.startsWith('indicator.')) {
    const def = pack.model.indicators.find((d) => `indicator.${d.id}` === series);
    return def ? [{ key: series, figure: def.base }] : [];
  }
  if (series.startsWith('real.')) return sectorsReal.filter((f) => f.key.endsWith(`.${series.slice(5)}`));
  if (series.startsWith('share.') || series.startsWith('nominal.'))
    return [...sectorsNominal, ...sectorsReal];
  switch (series) {
    case 'grdpReal':
    case 'growth':
      return sectorsReal;
    case 'grdpNominal':
      return [...sectorsNominal, ...sectorsReal];
    case 'perCapita':
      return [...sectorsNominal, ...sectorsReal, one('populationThousand')];
    case 'population':
      return [one('populationThousand')];
    case 'revenue':
      return [...sectorsNominal, one('revenueBn')];
    case 'selfBalance':
    case 'balance':
      return [...sectorsNominal, one('revenueBn'), one('recurrentSpendingBn'), one('transfersBn')];
    case 'investment':
      return [...sectorsNominal, ...sectorsReal, one('investmentBn')];
    case 'exports':
      return [one('exportsMnUsd')];
    case 'digitalShare':
      return b.digitalSharePct ? [{ key: 'baseline.digitalSharePct', figure: b.digitalSharePct }] : [];
    case 'tfpShare':
    case 'tfpShareSum':
      return [...sectorsReal, one('capitalOutputRatio'), one('labourThousand')];
    default:
      return [];
  }
}

const memo = new WeakMap<ModelPack, Map<string, string[]>>();

/** The estimated base figures behind a series (empty when it rests on official figures only). */
export function estimatesBehind(pack: ModelPack, series: string): string[] {
  // Packs are immutable once loaded, and the scorecard asks this for every target of every run.
  let bySeries = memo.get(pack);
  if (!bySeries) memo.set(pack, (bySeries = new Map()));
  let hit = bySeries.get(series);
  if (!hit) bySeries.set(series, (hit = computeEstimatesBehind(pack, series)));
  return hit;
}

function computeEstimatesBehind(pack: ModelPack, series: string): string[] {
  const notes = figuresBehind(pack, series)
    .filter((f) => f.figure.estimate !== undefined)
    .map((f) => f.key);
  return [...new Set(notes)];
}
