import { topLevel } from '../../src/charts/layers.ts';
import type { ChartSpec } from '../../src/charts/input.ts';
import { fillTemplate, formatNumber } from '../../src/i18n/format.ts';
import type { Lang } from '../../src/schema/common.ts';
import { L } from './labels.ts';
import type { SimulationOut } from './worker-protocol.ts';

/**
 * The joint-odds chart of the uncertainty section (docs/model.md §9.1): bars of P(k of n assessable
 * targets met), P(all headline targets met) with its 95 % interval in the subtitle. Null when the
 * result has no joint odds (a build without them).
 */
export function jointChart(
  r: SimulationOut,
  lang: Lang,
): { id: string; title: string; spec: ChartSpec } | null {
  const j = r.joint;
  if (!j) return null;
  const pct = (x: number) => `${formatNumber(x * 100, lang, 1)} %`;
  const title = L('jointTitle', lang);
  const subtitle = `${L('jointAll', lang)} = ${pct(j.pAll)} (95 %: ${pct(j.lo)} – ${pct(j.hi)})`;
  const xTitle = fillTemplate(L('jointK', lang), { n: String(j.n) });
  const rows = j.pK.map((p, k) => ({ k, p }));
  const spec = topLevel({
    lang,
    title,
    subtitle,
    description: `${title}: ${subtitle}`,
    datasets: { joint: rows },
    body: {
      data: { name: 'joint' },
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'k', type: 'ordinal', axis: { title: xTitle, labelAngle: 0 } },
        y: { field: 'p', type: 'quantitative', axis: { title: L('jointShare', lang), format: '.0%' } },
        tooltip: [
          { field: 'k', type: 'ordinal', title: xTitle },
          { field: 'p', type: 'quantitative', title: L('jointShare', lang), format: '.1%' },
        ],
      },
    },
  });
  return { id: 'joint-k', title, spec };
}
