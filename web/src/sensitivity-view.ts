import {
  sensitivityTornado,
  tornadoSpec,
  tornadoTargets,
  type SensitivityRowLike,
} from '../../src/charts/index.ts';
import type { App } from './app.ts';
import { mountChart, type ChartSlot } from './charts-view.ts';
import { L } from './labels.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * The sensitivity section: a tornado of the chosen target (which assumption moves it most),
 * recomputed in the worker after the sliders rest. The chosen target survives recomputation and
 * language switches (not a pack switch); the default is the pack's GRDP per capita target of the
 * final plan year, else its first per-capita target, else the first modelled target.
 */
export class SensitivityView {
  slot: ChartSlot | null = null;
  rows: SensitivityRowLike[] | null = null;
  /** The user's choice of target (null: the default). */
  chosen: string | null = null;
  /** How many tornadoes have been drawn (tests wait for it to grow). */
  drawn = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly select = $<HTMLSelectElement>('sens-target');

  constructor(private readonly app: App) {
    this.select.addEventListener('change', () => {
      this.chosen = this.select.value;
      void this.draw();
    });
  }

  /** Static texts in the page's language (the chart follows on the next draw). */
  applyTexts(): void {
    const lang = this.app.state.lang;
    $('sens-title').textContent = L('sensTitle', lang);
    $('lbl-sens-target').textContent = L('sensTarget', lang);
    $('sens-note').textContent = L('sensNote', lang);
  }

  /** A newer scenario is being analysed: say so, keep the last chart until the new one arrives. */
  pending(): void {
    this.status(L('computing', this.app.state.lang));
  }

  /** Rows of a finished run (null: the module is missing, or `error` when it failed). */
  show(rows: SensitivityRowLike[] | null, error?: string): Promise<void> {
    this.rows = rows;
    if (!rows) {
      const lang = this.app.state.lang;
      this.status(error ? `${L('sensFailed', lang)}: ${error}` : L('sensUnavailable', lang));
      return this.chain;
    }
    return this.draw();
  }

  /** Redraws in the current language (after a language switch). */
  relabel(): Promise<void> {
    this.applyTexts();
    return this.rows ? this.draw() : this.chain;
  }

  /** The target shown: the user's choice while it has bars, else per capita, else the first. */
  target(ids: readonly string[]): string | null {
    if (this.chosen !== null && ids.includes(this.chosen)) return this.chosen;
    const last = this.app.pack.model.lastPlanYear;
    const perCapita = this.app.pack.targets
      .filter((t) => t.series === 'perCapita' && ids.includes(t.id))
      .sort((a, b) => Number(b.year === last) - Number(a.year === last));
    return perCapita[0]?.id ?? ids[0] ?? null;
  }

  /** Another pack is shown: forget the chosen target and the old chart until the new rows arrive. */
  reset(): void {
    this.chosen = null;
    this.rows = null;
    this.slot?.view?.finalize();
    this.slot?.card.remove();
    this.slot = null;
    this.select.replaceChildren();
  }

  /** Draws are queued, so two results arriving close together never embed into one card at once. */
  draw(): Promise<void> {
    this.chain = this.chain
      .then(() => this.drawNow())
      .catch((err: unknown) => {
        this.status(`${L('sensFailed', this.app.state.lang)}: ${String(err)}`);
      });
    return this.chain;
  }

  private async drawNow(): Promise<void> {
    const rows = this.rows;
    if (!rows) return;
    const lang = this.app.state.lang;
    const targets = tornadoTargets(rows);
    const target = this.target(targets.map((t) => t.id));
    this.select.replaceChildren(...targets.map((t) => new Option(t.name[lang], t.id)));
    this.select.disabled = targets.length === 0;
    if (target !== null) this.select.value = target;
    const t = target === null ? null : sensitivityTornado(rows, target, lang);
    if (!t) {
      this.status(L('sensNone', lang));
      this.slot?.card.remove();
      this.slot = null;
      return;
    }
    const host = $('sens-charts');
    // Labels take at most 40 % of the width, so the bars keep room on a phone.
    const labelLimit = Math.round(Math.min(250, Math.max(110, host.clientWidth * 0.4)));
    const spec = tornadoSpec({ ...t, labelLimit });
    this.slot = await mountChart(host, 'tornado', spec, t.title, lang, this.slot ?? undefined);
    this.drawn++;
    this.status('');
  }

  private status(text: string): void {
    $('sens-status').textContent = text;
  }
}
