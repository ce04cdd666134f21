import type { BacktestResult } from '../backtest/schema.ts';
import { fillTemplate, formatNumber } from '../i18n/format.ts';
import type { Lang } from '../schema/common.ts';
import { seriesLabel } from '../model/series-label.ts';
import { renderTable } from './table.ts';

const L = {
  head: {
    vi: 'Công cụ này dự báo đúng đến đâu: kiểm định ngược',
    en: 'How well would this tool have told you: backtest',
  },
  setup: {
    vi: '{d} lần rút, hạt giống {s}; mỗi năm gốc chỉ đọc số liệu công bố đến năm đó',
    en: '{d} draws, seed {s}; each origin reads only the figures published up to it',
  },
  origin: {
    vi: 'Năm gốc {y}: độ phân tán {src}, σ = {sd} điểm %/năm (n = {n})',
    en: 'Origin {y}: {src} spreads, σ = {sd} pp/yr (n = {n})',
  },
  scenario: { vi: 'Kịch bản', en: 'Scenario' },
  series: { vi: 'Chuỗi', en: 'Series' },
  n: { vi: 'n', en: 'n' },
  c50: { vi: 'Trong khoảng 50 %', en: 'In 50 % band' },
  c80: { vi: 'Trong khoảng 80 %', en: 'In 80 % band' },
  mae: { vi: 'Sai số tuyệt đối TB', en: 'Mean abs. error' },
  mape: { vi: 'MAPE', en: 'MAPE' },
  none: { vi: 'chưa công bố', en: 'not published' },
  empty: {
    vi: 'Chưa có năm kế hoạch nào có tăng trưởng GRDP công bố (actuals.grdpGrowthPct): chưa thể kiểm định ngược.',
    en: 'No plan year has published GRDP growth yet (actuals.grdpGrowthPct): nothing to backtest.',
  },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  trend: { vi: 'Xu thế', en: 'Trend' },
  legend: {
    vi: 'Kế hoạch: giả định mặc định của gói (Bến Tre: điểm giữa các khoảng); Xu thế: dự báo từ chuỗi lịch sử. Sai số = trung vị − số công bố.',
    en: "Plan: the pack's default assumptions (Ben Tre: the band mid-points); Trend: the forecast from the history. Error = median − published figure.",
  },
} satisfies Record<string, Record<Lang, string>>;

const fill = fillTemplate;

/** The human report of `plancast backtest`: setup, spreads per origin, the summary table per scenario and series. */
export function renderBacktest(r: BacktestResult, title: string, lang: Lang): string {
  const pct = (x: number | null) => (x === null ? '–' : `${formatNumber(x * 100, lang, 0)} %`);
  const num = (x: number | null, d: number) => (x === null ? '–' : formatNumber(x, lang, d));
  const origins = r.origins.map((o) =>
    fill(L.origin[lang], {
      y: String(o.year),
      src: o.spreads,
      sd: formatNumber(o.sigma * 100, lang, 2),
      n: String(o.n),
    }),
  );
  const name = (id: string) => (id === 'plan' || id === 'trend' ? L[id][lang] : id);
  const table = renderTable(
    [L.scenario[lang], L.series[lang], L.n[lang], L.c50[lang], L.c80[lang], L.mae[lang], L.mape[lang]],
    r.summary.map((s) =>
      s.n === 0
        ? [name(s.scenario), seriesLabel(s.series)?.[lang] ?? s.series, '0', L.none[lang], '–', '–', '–']
        : [
            name(s.scenario),
            seriesLabel(s.series)?.[lang] ?? s.series,
            String(s.n),
            pct(s.coverage50),
            pct(s.coverage80),
            num(s.mae, s.series === 'growth' ? 2 : 0),
            s.mape === null ? '–' : `${num(s.mape, 1)} %`,
          ],
    ),
    ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
  );
  const setup = fill(L.setup[lang], { d: formatNumber(r.draws, lang, 0), s: String(r.seed) });
  if (r.origins.length === 0) return `${title}\n${L.head[lang]}\n${L.empty[lang]}\n`;
  const lines = [title, L.head[lang], setup, ...origins.map((o) => `  · ${o}`)];
  return `${lines.join('\n')}\n\n${table}${L.legend[lang]}\n`;
}
