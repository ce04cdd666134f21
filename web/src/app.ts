import { CHARTS, chartsFor, type ChartInput } from '../../src/charts/index.ts';
import { SECTORS } from '../../src/core/sectors.ts';
import { project } from '../../src/model/project.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import type { Projection } from '../../src/model/projection.ts';
import type { RunInput } from '../../src/model/resolved-scenario.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { TARGET_STATUSES } from '../../src/targets/compare.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import { evaluate, type Scorecard } from '../../src/targets/scorecard.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { asOfReport } from '../../src/solve/as-of-report.ts';
import { consistency } from '../../src/targets/consistency.ts';
import {
  headlineCards,
  latestPublishedYear,
  verdict,
  verdictInput,
  type HeadlineCard,
} from '../../src/targets/verdict.ts';
import { dropSlots, mountChart, updateCharts, type ChartSlot } from './charts-view.ts';
import {
  applyOverrides,
  controlLabel,
  presetValues,
  sectorBand,
  SECTOR_KEY,
  type ControlKey,
} from './controls-def.ts';
import { Controls } from './controls.ts';
import { withEstimate } from './estimate-form.ts';
import { L, STATUS_ICON } from './labels.ts';
import type { PackEntry, Preset } from './pack.ts';
import { ScorecardView, type RequiredInfo } from './scorecard-view.ts';
import {
  decodeState,
  encodeState,
  packDefaultState,
  stateContext,
  type StateContext,
  type ViewState,
} from './url-state.ts';

/** One evaluated run of the page. */
export interface Run {
  spec: ScenarioSpec;
  input: RunInput;
  projection: Projection;
  card: Scorecard;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The page: state, the in-browser core run, the views; listeners call `change()`. */
export class App {
  readonly ctx: StateContext;
  state: ViewState;
  /** The pack shown (`state.pack`), its presets and default preset. */
  entry: PackEntry;
  run!: Run;
  baseline!: Projection;
  slots: ChartSlot[] = [];
  required: Map<string, RequiredInfo | null> | null = null;
  pMet: Map<string, number> | null = null;
  lastLatencyMs = 0;
  /** Where the last update's time went (ms): core run, scorecard cells, chart data + redraw. */
  breakdown = { model: 0, scorecard: 0, charts: 0 };
  private pending: Promise<void> = Promise.resolve();
  controls!: Controls;
  readonly scorecard = new ScorecardView($('scorecard'), $('scorecard-foot'));
  /** Hooks set by main.ts (worker, Monte Carlo). */
  onRunChanged: (run: Run) => void = () => {};

  constructor(
    readonly packs: readonly PackEntry[],
    hash: string,
  ) {
    this.ctx = stateContext(packs);
    const decoded = decodeState(hash, this.ctx);
    this.state = decoded.state;
    this.entry = this.entryOf(this.state.pack);
    if (!decoded.ok) this.showNotice(L('noticeBadLink', this.state.lang) + ` (${decoded.reason})`);
    this.usePack(this.entry);
  }

  get pack(): ModelPack {
    return this.entry.pack;
  }

  get presets(): Preset[] {
    return this.entry.presets;
  }

  private entryOf(id: string): PackEntry {
    return this.packs.find((e) => e.id === id) ?? this.packs[0]!;
  }

  /** Pack-bound parts: slider ranges and bands, the baseline (the pack's default preset). */
  private usePack(entry: PackEntry): void {
    this.entry = entry;
    const pack = entry.pack;
    const defs = this.ctx.packs[entry.id]!.defs;
    const bands = Object.fromEntries(SECTORS.map((s) => [SECTOR_KEY[s], sectorBand(pack, s)]));
    this.controls = new Controls($('control-groups'), defs, bands, (k, v) => this.onSlider(k, v));
    this.baseline = this.evaluateSpec(this.presetSpec(entry.defaultPreset))!.projection;
  }

  /**
   * Shows another pack: its default preset with no overrides (language and uncertainty mode stay),
   * every view rebuilt for its years, indicators and targets. Resolves once drawn.
   */
  switchPack(id: string): Promise<void> {
    if (id === this.state.pack || !Object.hasOwn(this.ctx.packs, id)) return this.pending;
    this.state = packDefaultState(this.ctx, id, this.state);
    this.required = null;
    this.pMet = null;
    this.usePack(this.entryOf(id));
    this.pending = this.render();
    return this.pending;
  }

  presetSpec(name: string): ScenarioSpec {
    return (this.presets.find((p) => p.name === name) ?? this.presets[0]!).spec;
  }

  /** The scenario of the current state (what the downloads save and the URL restores). */
  currentSpec(): ScenarioSpec {
    const preset = this.presetSpec(this.state.preset);
    const changed = Object.keys(this.state.overrides).length > 0;
    const name = preset.name ?? this.pack.model.name;
    const edited = changed
      ? { vi: `${name.vi} (${L('edited', 'vi')})`, en: `${name.en} (${L('edited', 'en')})` }
      : null;
    const spec = applyOverrides(this.pack, preset, this.state.overrides, this.state.asOf, edited);
    return withEstimate(this.pack, spec, this.state.estimate);
  }

  evaluateSpec(spec: ScenarioSpec): Run | null {
    const r = resolveScenario(this.pack, spec);
    if (!r.ok) {
      this.showNotice(r.problems.map((p) => p.message).join('; '));
      return null;
    }
    const projection = project(this.pack, r.value);
    return { spec, input: r.value, projection, card: evaluate(this.pack, projection) };
  }

  controlValues(): Record<ControlKey, number> {
    return { ...presetValues(this.pack, this.presetSpec(this.state.preset)), ...this.state.overrides };
  }

  chartInput(): ChartInput {
    return { lang: this.state.lang, pack: this.pack, current: this.run.projection, baseline: this.baseline };
  }

  /** First render, and again after a language switch: builds every view in the state's language. */
  async render(): Promise<void> {
    const lang = this.state.lang;
    const run = this.evaluateSpec(this.currentSpec());
    if (run) this.run = run;
    this.controls.build(lang, this.controlValues());
    this.scorecard.build(this.run.card.rows, lang);
    this.renderFindings();
    const host = $('charts');
    const input = this.chartInput();
    const defs = chartsFor(this.pack, CHARTS);
    // Another pack may draw fewer charts (the digital-economy chart is Vinh Long's): drop the rest.
    dropSlots(this.slots, defs.length);
    this.slots = await Promise.all(
      defs.map((def, i) => mountChart(host, def.id, def.spec(input), def.title(lang), lang, this.slots[i])),
    );
    this.afterRun();
  }

  /** The hot path of a slider move: core run, scorecard cells, chart data (no re-embed), URL. */
  onSlider(key: ControlKey, value: number): void {
    this.state.overrides[key] = value;
    this.controls.showValue(key, value);
    this.pending = this.refresh();
  }

  /** Re-runs the model for the current state and updates every view; resolves once charts are drawn. */
  refresh(): Promise<void> {
    const t0 = performance.now();
    const run = this.evaluateSpec(this.currentSpec());
    if (!run) return Promise.resolve();
    this.run = run;
    const t1 = performance.now();
    this.scorecard.update(run.card.rows, null, null);
    this.scorecard.pendingRequired();
    const t2 = performance.now();
    const drawn = updateCharts(this.slots, chartsFor(this.pack, CHARTS), this.chartInput()).then(() => {
      const t3 = performance.now();
      this.lastLatencyMs = t3 - t0;
      this.breakdown = { model: t1 - t0, scorecard: t2 - t1, charts: t3 - t2 };
    });
    this.afterRun();
    return drawn;
  }

  /** Resolves when the latest update has been drawn (tests and the latency probe use it). */
  idle(): Promise<void> {
    return this.pending;
  }

  setPending(p: Promise<void>): void {
    this.pending = p;
  }

  private afterRun(): void {
    this.renderVerdict();
    this.renderSummary();
    this.writeHash();
    this.onRunChanged(this.run);
  }

  private hashTimer: ReturnType<typeof setTimeout> | null = null;

  /** Writes the state into the URL hash (throttled: browsers limit replaceState while a slider is dragged). */
  writeHash(): void {
    if (this.hashTimer !== null) return;
    this.hashTimer = setTimeout(() => {
      this.hashTimer = null;
      this.writeHashNow();
    }, 120);
  }

  writeHashNow(): void {
    const h = encodeState(this.state, this.ctx);
    const url = `${location.pathname}${location.search}${h ? `#${h}` : ''}`;
    if (`${location.pathname}${location.search}${location.hash}` !== url) history.replaceState(null, '', url);
  }

  renderSummary(): void {
    const lang = this.state.lang;
    const c = this.run.card.counts;
    const host = $('summary');
    const items = TARGET_STATUSES.map((k) => {
      const span = document.createElement('span');
      span.className = `count st-${k}`;
      span.dataset.status = k;
      span.textContent = `${L(`status.${k}`, lang)}: ${c[k]}`;
      return span;
    });
    const name = this.run.spec.name?.[lang] ?? this.pack.model.name[lang];
    const title = document.createElement('p');
    title.className = 'scenario-name';
    title.textContent = name;
    host.replaceChildren(title, ...items);
    $('print-assumptions').textContent = this.assumptionsText();
  }

  /** The latest year with published figures in the pack's actuals (null: none yet). */
  get latest(): number | null {
    return latestPublishedYear(this.pack);
  }

  /** The verdict in words and the headline cards, from the current run (and the goal seek once it is in). */
  renderVerdict(): void {
    const lang = this.state.lang;
    const p = this.run.projection;
    const v = verdict(verdictInput(this.pack, p, this.run.card.counts), lang);
    $('verdict-title').textContent = `${L('verdict', lang)} — ${v.title}`;
    const host = $('verdict-text');
    host.replaceChildren(
      ...v.sentences.map((s) => {
        const el = document.createElement('p');
        el.textContent = s;
        return el;
      }),
    );
    host.dataset.missed = String(v.missed);
    host.dataset.assessable = String(v.assessable);
    const progress = p.asOf !== null ? new Map(asOfReport(this.pack, p).map((r) => [r.id, r.asOf])) : null;
    const cards = headlineCards(this.pack, this.run.card.rows, lang, { required: this.required, progress });
    $('headline-cards').replaceChildren(...cards.map((c) => cardElement(c, lang)));
    const latest = this.latest;
    const asOfBtn = $('mode-asof');
    asOfBtn.hidden = latest === null;
    asOfBtn.textContent = latest === null ? '' : `${L('modeAsOf', lang)} ${latest}`;
    asOfBtn.setAttribute('aria-pressed', String(this.state.asOf !== null));
    $('mode-written').setAttribute('aria-pressed', String(this.state.asOf === null));
  }

  private findingsOf: string | null = null;

  /** The pack's consistency findings: their own section, recomputed when the pack or language changes. */
  renderFindings(): void {
    const lang = this.state.lang;
    const key = `${this.pack.model.id}:${lang}`;
    if (this.findingsOf === key) return;
    this.findingsOf = key;
    const mark = { ok: '✓', warning: '!', inconsistent: '✗' } as const;
    $('findings-list').replaceChildren(
      ...consistency(this.pack).findings.map((f) => {
        const li = document.createElement('li');
        li.className = `finding f-${f.severity}`;
        const m = document.createElement('span');
        m.className = 'mark';
        m.setAttribute('aria-hidden', 'true');
        m.textContent = mark[f.severity];
        li.append(m, ` ${f.text[lang]}`);
        return li;
      }),
    );
  }

  /** One line of the assumptions in force (the print summary shows it instead of the sliders). */
  assumptionsText(): string {
    const lang = this.state.lang;
    const v = this.controlValues();
    const f = (x: number) => formatNumber(x, lang, 2);
    const defs = this.ctx.packs[this.entry.id]!.defs;
    const parts = (['gI', 'gII', 'gIII', 'gT', 'defl', 'pop', 'rev', 'icor', 'inv', 'exp'] as const)
      .filter((k) => !defs[k].hidden)
      .map((k) => `${controlLabel(k, lang)}: ${f(v[k])}`);
    for (const s of this.run.spec.shocks ?? [])
      parts.push(`${L('shockTitle', lang)} ${s.sector} ${s.year}: ${f(s.sizePp)} pp`);
    if (this.state.asOf !== null) parts.push(`${L('asOf', lang)} ${this.state.asOf}`);
    return `${L('assumptions', lang)} — ${parts.join('; ')}`;
  }

  showNotice(text: string): void {
    $('notice-text').textContent = text;
    $('notice').hidden = false;
  }
}

/** A headline card: title, status badge and reason, projected, goal, what it would take. */
function cardElement(c: HeadlineCard, lang: 'vi' | 'en'): HTMLElement {
  const card = document.createElement('article');
  card.className = `card st-${c.status}`;
  card.dataset.target = c.id;
  card.dataset.series = c.series;
  const h = document.createElement('h3');
  h.textContent = c.title;
  const status = document.createElement('p');
  status.className = 'card-status';
  const badge = document.createElement('span');
  badge.className = `badge st-${c.status}`;
  badge.textContent = `${STATUS_ICON[c.status] ?? ''} ${L(`status.${c.status}` as Parameters<typeof L>[0], lang)}`;
  status.append(badge);
  if (c.reason) status.append(` ${c.reason}`);
  const dl = document.createElement('dl');
  const row = (k: Parameters<typeof L>[0], v: string, cls: string) => {
    if (!v) return;
    const dt = document.createElement('dt');
    dt.textContent = L(k, lang);
    const dd = document.createElement('dd');
    dd.className = cls;
    dd.textContent = v;
    dl.append(dt, dd);
  };
  row('cardProjected', c.projected, 'c-projected');
  row('cardGoal', c.goal, 'c-goal');
  row('cardTake', c.take, 'c-take');
  card.append(h, status, dl);
  return card;
}
