import './compare.css';
import { COMPARE_CHARTS, compareChartSpec, SCENARIO_COLORS } from '../../src/charts/compare.ts';
import { chartsFor } from '../../src/charts/specs.ts';
import { MAX_COMPARED } from '../../src/compare/compare-result.ts';
import { targetRows } from '../../src/compare/compare-scenarios.ts';
import { formatWithUnit, unitLabel } from '../../src/i18n/format.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import { describeGoal } from '../../src/targets/describe-goal.ts';
import type { App, Run } from './app.ts';
import { dropSlots, mountChart, type ChartSlot } from './charts-view.ts';
import { L, STATUS_ICON } from './labels.ts';

/** The page's current scenario plus up to three presets: four scenarios, one colour each. */
const MAX_MORE = MAX_COMPARED - 1;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

/**
 * The compare view: "compare with…" (up to three of the pack's scenarios beside the current one),
 * the page's yearly charts with every scenario overlaid under one legend, and the scorecard with a
 * column per scenario, rows whose statuses differ marked. The "Report" button downloads the printable
 * report of the same scenarios (POST /api/report). Built with the same core as `plancast compare`.
 */
export class CompareView {
  readonly root = el('section', 'compare');
  private readonly title = el('h2');
  private readonly pick = el('fieldset', 'compare-pick');
  private readonly legend = el('legend');
  private readonly charts = el('div', 'compare-charts');
  private readonly table = el('div', 'compare-table');
  private readonly reportButton = el('button', 'report-button');
  private readonly message = el('p', 'note');
  private chosen: string[] = [];
  private slots: ChartSlot[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly app: App) {
    this.root.id = 'compare';
    this.title.id = 'compare-title';
    this.root.setAttribute('aria-labelledby', 'compare-title');
    this.reportButton.type = 'button';
    this.reportButton.id = 'report-button';
    // Titled and labelled from the start: the first render waits for the debounce (update), the words do not.
    this.title.textContent = L('compareTitle', app.state.lang);
    this.legend.textContent = L('compareWith', app.state.lang);
    this.reportButton.textContent = L('reportButton', app.state.lang);
    this.reportButton.addEventListener('click', () => void this.downloadReport());
    this.message.setAttribute('role', 'status');
    this.pick.append(this.legend);
    this.root.append(this.title, this.pick, this.reportButton, this.message, this.charts, this.table);
    document.getElementById('results')?.append(this.root);
  }

  /** Redraws after the page's run changed (debounced: a slider drag redraws once it rests). */
  update(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), 200);
  }

  /** The presets offered: the pack's scenarios other than the one shown. */
  private offered() {
    return this.app.presets.filter((p) => p.name !== this.app.state.preset);
  }

  /** A preset as compared: at the page's as-of year, so every column answers the same question. */
  private specOf(name: string): ScenarioSpec {
    const { asOf: _drop, ...spec } = this.app.presetSpec(name);
    void _drop;
    return this.app.state.asOf === null ? spec : { ...spec, asOf: this.app.state.asOf };
  }

  private runs(): { label: string; run: Run }[] {
    const lang = this.app.state.lang;
    const more = this.chosen
      .filter((n) => this.offered().some((p) => p.name === n))
      .map((n) => ({
        label: this.app.presetSpec(n).name?.[lang] ?? n,
        run: this.app.evaluateSpec(this.specOf(n)),
      }))
      .filter((r): r is { label: string; run: Run } => r.run !== null);
    return [{ label: L('currentScenario', this.app.state.lang), run: this.app.run }, ...more];
  }

  async render(): Promise<void> {
    const lang = this.app.state.lang;
    this.title.textContent = L('compareTitle', lang);
    this.legend.textContent = L('compareWith', lang);
    this.reportButton.textContent = L('reportButton', lang);
    this.renderPicker();
    const runs = this.runs();
    this.renderTable(runs);
    if (runs.length < 2) {
      for (const s of this.slots) s.view?.finalize();
      this.slots = [];
      this.charts.replaceChildren();
      return;
    }
    const chartRuns = runs.map((r) => ({ label: r.label, projection: r.run.projection }));
    const next: ChartSlot[] = [];
    const defs = chartsFor(this.app.pack, COMPARE_CHARTS);
    dropSlots(this.slots, defs.length);
    for (const [k, def] of defs.entries()) {
      const spec = compareChartSpec(def, this.app.pack, chartRuns, lang);
      next.push(
        await mountChart(this.charts, `compare-${def.id}`, spec, def.title(lang), lang, this.slots[k]),
      );
    }
    this.slots = next;
  }

  /** What the picker shows depends on: rebuilt only when it changes, so a box never moves under the pointer. */
  private pickerKey = '';

  private renderPicker(): void {
    const lang = this.app.state.lang;
    const key = [this.app.state.pack, this.app.state.preset, lang, ...this.chosen].join('|');
    if (key === this.pickerKey) return;
    this.pickerKey = key;
    const boxes = this.offered().map((p) => {
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.value = p.name;
      box.checked = this.chosen.includes(p.name);
      box.disabled = !box.checked && this.chosen.length >= MAX_MORE;
      box.addEventListener('change', () => {
        this.chosen = box.checked ? [...this.chosen, p.name] : this.chosen.filter((n) => n !== p.name);
        void this.render();
      });
      label.append(box, ` ${p.spec.name?.[lang] ?? p.name}`);
      return label;
    });
    this.pick.replaceChildren(this.legend, ...boxes);
  }

  private renderTable(runs: { label: string; run: Run }[]): void {
    const lang = this.app.state.lang;
    // One scenario alone is the page's own scorecard: nothing to compare yet.
    if (runs.length < 2) return this.table.replaceChildren();
    const table = el('table');
    const head = el('tr');
    head.append(el('th', '', L('target', lang)), el('th', '', L('goal', lang)));
    runs.forEach((r, k) => {
      const th = el('th');
      const sw = el('span', 'swatch');
      sw.style.background = SCENARIO_COLORS[k]!;
      th.append(sw, r.label);
      head.append(th);
    });
    head.append(el('th'));
    const body = targetRows(
      this.app.pack,
      runs.map((r) => ({ scorecard: r.run.card })),
    )
      .filter((row) => row.cells.some((c) => c.status !== 'not-modelled'))
      .map((row) => {
        const tr = el('tr', row.differs ? 'differs' : '');
        tr.dataset.target = row.id;
        const goal = `${describeGoal({ comparator: row.comparator, ...row.target }, lang)} ${unitLabel(row.unit, lang)}`;
        tr.append(el('td', '', `${row.clause} ${row.name[lang]}`), el('td', '', goal));
        for (const c of row.cells) {
          const value = c.projected === null ? '–' : formatWithUnit(c.projected, row.unit, lang);
          const td = el('td', `num status-${c.status}`, `${STATUS_ICON[c.status] ?? '?'} ${value}`);
          td.title = L(`status.${c.status}`, lang);
          tr.append(td);
        }
        tr.append(el('td', '', row.differs ? '≠' : ''));
        return tr;
      });
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    tbody.append(...body);
    table.append(thead, tbody);
    this.table.replaceChildren(
      el('h3', '', L('scorecard', lang)),
      table,
      el('p', 'note', L('differsMark', lang)),
    );
  }

  /** Downloads the printable report of the compared scenarios (the document `plancast report` writes). */
  private async downloadReport(): Promise<void> {
    const lang = this.app.state.lang;
    this.message.textContent = '';
    const scenarios = [this.app.currentSpec(), ...this.chosen.map((n) => this.specOf(n))].slice(
      0,
      MAX_COMPARED,
    );
    try {
      const res = await fetch('/api/report', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarios, lang }),
      });
      if (!res.ok) throw new Error(`${res.status}`);
      const url = URL.createObjectURL(new Blob([await res.text()], { type: 'text/html' }));
      const a = el('a');
      a.href = url;
      a.download = 'report.html';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      this.message.textContent = `${L('reportFailed', lang)} (${e instanceof Error ? e.message : String(e)})`;
    }
  }
}
