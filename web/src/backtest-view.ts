import type { BacktestResult } from '../../src/backtest/schema.ts';
import type { ChartSpec } from '../../src/charts/input.ts';
import { topLevel } from '../../src/charts/layers.ts';
import { fillTemplate } from '../../src/i18n/format.ts';
import type { Lang } from '../../src/schema/common.ts';
import { L } from './labels.ts';

/** The series shown: growth and the real GRDP level (the others are in `plancast backtest`). */
const SHOWN = { growth: 'btGrowth', grdpReal: 'btReal' } as const;

/**
 * "How well would this tool have told you" (docs/model.md §11.1): per scenario and series, the
 * share of published figures inside the 50 % and 80 % bands of the fans drawn from earlier
 * origins, a tick at the nominal share. Null when the pack has nothing to backtest.
 */
export function backtestChart(
  r: BacktestResult,
  lang: Lang,
): { id: string; title: string; spec: ChartSpec } | null {
  const shown = r.summary.filter((s) => s.n > 0 && s.series in SHOWN);
  if (shown.length === 0) return null;
  const rows = shown.flatMap((s) => {
    const label = `${L(s.scenario === 'plan' ? 'btPlan' : 'btTrend', lang)} · ${L(SHOWN[s.series as keyof typeof SHOWN], lang)}`;
    return [
      { label, band: '50 %', coverage: s.coverage50 ?? 0, nominal: 0.5, n: s.n },
      { label, band: '80 %', coverage: s.coverage80 ?? 0, nominal: 0.8, n: s.n },
    ];
  });
  const title = L('btTitle', lang);
  const y = { field: 'label', type: 'nominal', axis: { title: null } };
  const color = { field: 'band', type: 'nominal', title: L('btBand', lang) };
  const x = {
    type: 'quantitative',
    scale: { domain: [0, 1] },
    axis: { title: L('btCoverage', lang), format: '.0%' },
  };
  const spec = topLevel({
    lang,
    title,
    subtitle: fillTemplate(L('btSub', lang), { n: String(shown[0]!.n) }),
    description: title,
    datasets: { backtest: rows },
    layer: [
      {
        data: { name: 'backtest' },
        mark: { type: 'bar' },
        encoding: {
          y,
          yOffset: { field: 'band' },
          color,
          x: { field: 'coverage', ...x },
          tooltip: [
            { field: 'label', type: 'nominal' },
            { field: 'band', type: 'nominal', title: L('btBand', lang) },
            { field: 'coverage', type: 'quantitative', title: L('btCoverage', lang), format: '.0%' },
            { field: 'n', type: 'quantitative' },
          ],
        },
      },
      {
        data: { name: 'backtest' },
        mark: { type: 'tick', color: '#333', thickness: 2 },
        encoding: { y, yOffset: { field: 'band' }, x: { field: 'nominal', ...x } },
      },
    ],
  });
  return { id: 'backtest', title, spec };
}
