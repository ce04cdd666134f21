import { CHARTS, fanChartSpec, targetFor, targetShape } from '../../src/charts/index.ts';
import type { App } from './app.ts';
import { mountChart, type ChartSlot } from './charts-view.ts';
import type { Path, Projection } from '../../src/model/projection.ts';
import type { BacktestResult } from '../../src/backtest/schema.ts';
import { backtestChart } from './backtest-view.ts';
import { jointChart } from './joint-view.ts';
import { L } from './labels.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import type { SimulationOut } from './worker-protocol.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Fan charts: chart id → unit, format, the deterministic path, and the target drawn (yearly levels only). */
const FANS: Record<
  string,
  {
    unit: string;
    format: string;
    path: (p: Projection) => Path;
    scale: number;
    target: TargetRef | null;
    yearly: boolean;
  }
> = {
  growth: {
    unit: '%/yr',
    format: ',.1f',
    path: (p) => p.growth,
    scale: 100,
    target: ['grdpReal', 'avgGrowth'],
    yearly: false,
  },
  perCapita: {
    unit: 'mn VND',
    format: ',.1f',
    path: (p) => p.perCapita,
    scale: 1,
    target: ['perCapita', undefined],
    yearly: false,
  },
  revenue: { unit: 'bn VND', format: ',.0f', path: (p) => p.revenue, scale: 1, target: null, yearly: true },
  exports: { unit: 'mn USD', format: ',.0f', path: (p) => p.exports, scale: 1, target: null, yearly: true },
};
type TargetRef = [string, 'avgGrowth' | 'level' | 'cumulative' | undefined];
const YEARLY = { vi: 'theo năm', en: 'per year' } as const;

/** The uncertainty mode: progress, fan charts and P(met) in the scorecard (the tornado: sensitivity-view.ts). */
export class UncertaintyView {
  private slots: ChartSlot[] = [];
  result: SimulationOut | null = null;
  /** The backtest of the pack (asked once per pack; drawn after the fans). */
  backtest: BacktestResult | null = null;

  constructor(private readonly app: App) {}

  progress(done: number, total: number): void {
    const bar = $<HTMLProgressElement>('mc-progress');
    $('mc-status').hidden = false;
    bar.hidden = false;
    bar.max = total;
    bar.value = done;
    $('mc-text').textContent =
      `${L('mcRunning', this.app.state.lang)} ${Math.round((done / Math.max(1, total)) * 100)} %`;
  }

  message(text: string, done = false): void {
    $('mc-status').hidden = false;
    $<HTMLProgressElement>('mc-progress').hidden = done;
    $('mc-text').textContent = text;
  }

  async show(result: SimulationOut): Promise<void> {
    this.result = result;
    const lang = this.app.state.lang;
    const s = result.spreads;
    const from = L(s.used === 'record' ? 'spreadsUsedRecord' : 'spreadsUsedDesign', lang);
    const n = s.used === 'record' ? `, n = ${s.n}` : '';
    this.message(
      `${L('mcDone', lang)} (${result.draws.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US')}) · ` +
        `${L('spreadsSigma', lang)} ${formatNumber(s.sigma * 100, lang, 2)} ${lang === 'vi' ? 'điểm %' : 'pp'} (${from}${n})`,
      true,
    );
    this.app.pMet = new Map(Object.entries(result.pMet));
    this.app.scorecard.update(this.app.run.card.rows, null, this.app.pMet);
    document.body.classList.add('mc-on');
    const host = $('mc-charts');
    host.hidden = false;
    const p = this.app.run.projection;
    const specs = Object.entries(result.fans)
      .filter(([id]) => FANS[id])
      .map(([id, fan]) => {
        const f = FANS[id]!;
        const def = CHARTS.find((c) => c.id === id);
        const name = f.yearly
          ? `${L(`series.${id}` as 'series.revenue', lang).replace(/ \(.*\)$/, '')} ${YEARLY[lang]}`
          : (def?.title(lang) ?? id);
        const title = `${name} — ${lang === 'vi' ? 'biểu đồ quạt' : 'fan chart'}`;
        const values = f.path(p);
        const years = new Set(fan.map((r) => r.year));
        const path = p.years
          .map((year, i) => ({ year, value: values[i]! * f.scale }))
          .filter((r) => years.has(r.year));
        const shape = f.target ? targetShape(targetFor(this.app.pack, f.target[0], f.target[1])) : null;
        return {
          id: `fan-${id}`,
          title,
          spec: fanChartSpec({ lang, id, title, unit: f.unit, format: f.format, fan, path, shape }),
        };
      });
    const joint = jointChart(result, lang);
    if (joint) specs.push(joint);
    const bt = this.backtest?.modelId === this.app.pack.model.id ? backtestChart(this.backtest, lang) : null;
    if (bt) specs.push(bt);
    for (const s of this.slots.slice(specs.length)) s.card.remove();
    this.slots = await Promise.all(
      specs.map((s, i) => mountChart(host, s.id, s.spec, s.title, lang, this.slots[i])),
    );
  }

  /** Another pack is shown: its fans are not these (the next result draws new ones). */
  reset(): void {
    this.result = null;
    for (const s of this.slots) {
      s.view?.finalize();
      s.card.remove();
    }
    this.slots = [];
    this.app.pMet = null;
  }

  slotsShown(): ChartSlot[] {
    return this.slots;
  }

  hide(): void {
    $('mc-charts').hidden = true;
    $('mc-status').hidden = true;
    document.body.classList.remove('mc-on');
    this.app.pMet = null;
  }
}
