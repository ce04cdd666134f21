import { CHARTS, type ChartInput } from '../../src/charts/index.ts';
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
import { mountChart, updateCharts, type ChartSlot } from './charts-view.ts';
import { applyOverrides, presetValues, sectorBand, SECTOR_KEY, type ControlKey } from './controls-def.ts';
import { Controls } from './controls.ts';
import { L } from './labels.ts';
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
    return applyOverrides(this.pack, preset, this.state.overrides, this.state.asOf, edited);
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
    const host = $('charts');
    const input = this.chartInput();
    this.slots = await Promise.all(
      CHARTS.map((def, i) => mountChart(host, def.id, def.spec(input), def.title(lang), lang, this.slots[i])),
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
    const drawn = updateCharts(this.slots, CHARTS, this.chartInput()).then(() => {
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

  /** One line of the assumptions in force (the print summary shows it instead of the sliders). */
  assumptionsText(): string {
    const lang = this.state.lang;
    const v = this.controlValues();
    const f = (x: number) => formatNumber(x, lang, 2);
    const parts = (['gI', 'gII', 'gIII', 'gT', 'defl', 'pop', 'rev', 'icor', 'exp'] as const).map(
      (k) => `${L(k, lang)}: ${f(v[k])}`,
    );
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
