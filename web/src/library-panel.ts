import './library.css';
import { SECTORS } from '../../src/core/sectors.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { tf, type MessageKey } from '../../src/i18n/messages.ts';
import type { LibraryDiff, LibraryEntry, LibraryHistory, LibraryVersion } from '../../src/schema/library.ts';
import { LIBRARY_LIMITS } from '../../src/schema/library.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import type { App } from './app.ts';
import { CONTROL_KEYS, presetValues, type Overrides } from './controls-def.ts';
import { L } from './labels.ts';

const SHOCK_KEYS = new Set(['shS', 'shY', 'shP', 'shR']);

/** A refusal of the library API: its problem `detail`, or the status when there is no problem body. */
class LibraryRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: { detail?: string; latest?: number },
  ) {
    super(body.detail ?? `HTTP ${status}`);
  }
}

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, init);
  const body = (await r.json().catch(() => ({}))) as T & { detail?: string; latest?: number };
  if (!r.ok) throw new LibraryRequestError(r.status, body);
  return body;
}

const enc = encodeURIComponent;

/**
 * The page's view of a saved scenario: the preset it was made from (by its name, as the page names
 * what it saves), the sliders that differ from that preset, the extra shock and the as-of year.
 * A scenario saved from the page opens exactly as it was; one written by hand with per-year paths
 * shows each path as its plan-period mean, as the sliders do for any preset.
 */
export function viewOf(
  app: App,
  spec: ScenarioSpec,
): { preset: string; overrides: Overrides; asOf: number | null } {
  const edited = (n: string) => `${n} (${L('edited', 'en')})`;
  const name = spec.name?.en;
  const preset =
    app.presets.find((p) => p.spec.name && (name === p.spec.name.en || name === edited(p.spec.name.en))) ??
    app.presets.find((p) => p.name === app.entry.defaultPreset) ??
    app.presets[0]!;
  const base = presetValues(app.pack, preset.spec);
  const want = presetValues(app.pack, spec);
  const overrides: Overrides = {};
  for (const k of CONTROL_KEYS)
    if (!SHOCK_KEYS.has(k) && Math.abs(want[k] - base[k]) > 1e-9) overrides[k] = want[k];
  const shock = (spec.shocks ?? []).slice((preset.spec.shocks ?? []).length).at(-1);
  if (shock) {
    overrides.shS = SECTORS.indexOf(shock.sector);
    overrides.shY = shock.year;
    overrides.shP = shock.sizePp;
    overrides.shR = shock.recoverNextYear === false ? 0 : 1;
  }
  return { preset: preset.name, overrides, asOf: spec.asOf ?? null };
}

/**
 * The scenario library on the page: save the scenario shown under a name (a new version each time),
 * open a saved version, read a scenario's versions and what changed from one to the next. It talks
 * to /api/library, so it needs the plancast server; the list is fetched only when the panel is opened.
 */
export class LibraryPanel {
  readonly root = document.createElement('details');
  private readonly title = document.createElement('summary');
  private readonly nameLabel = document.createElement('span');
  private readonly name = document.createElement('input');
  private readonly noteLabel = document.createElement('span');
  private readonly note = document.createElement('textarea');
  private readonly saveBtn = document.createElement('button');
  private readonly status = document.createElement('p');
  private readonly listLabel = document.createElement('span');
  private readonly list = document.createElement('select');
  private readonly openBtn = document.createElement('button');
  private readonly historyTitle = document.createElement('h3');
  private readonly history = document.createElement('ol');
  private readonly diff = document.createElement('div');
  /** The version shown (what a save from here builds on: its `baseVersion`). */
  private opened: { name: string; version: number } | null = null;
  private entries: LibraryEntry[] = [];

  constructor(private readonly app: App) {
    this.root.className = 'library';
    this.root.id = 'library';
    this.name.id = 'lib-name';
    this.name.maxLength = LIBRARY_LIMITS.nameMax;
    this.note.id = 'lib-note';
    this.note.maxLength = LIBRARY_LIMITS.noteMax;
    this.note.rows = 2;
    this.saveBtn.type = this.openBtn.type = 'button';
    this.saveBtn.id = 'lib-save';
    this.openBtn.id = 'lib-open';
    this.list.id = 'lib-list';
    this.status.id = 'lib-status';
    this.status.setAttribute('role', 'status');
    this.history.id = 'lib-history';
    this.diff.id = 'lib-diff';
    const label = (text: HTMLElement, field: HTMLElement) => {
      const l = document.createElement('label');
      l.append(text, field);
      return l;
    };
    this.root.append(
      this.title,
      label(this.nameLabel, this.name),
      label(this.noteLabel, this.note),
      this.saveBtn,
      this.status,
      label(this.listLabel, this.list),
      this.openBtn,
      this.historyTitle,
      this.history,
      this.diff,
    );
    document.querySelector('.downloads')!.after(this.root);
    this.root.addEventListener('toggle', () => {
      if (this.root.open) void this.run(() => this.refreshList());
    });
    this.saveBtn.addEventListener('click', () => void this.run(() => this.save()));
    this.openBtn.addEventListener('click', () => void this.run(() => this.open(this.list.value)));
    this.list.addEventListener('change', () => void this.run(() => this.showHistory(this.list.value)));
    this.applyTexts();
  }

  private get lang() {
    return this.app.state.lang;
  }

  private t(key: MessageKey, values: Record<string, string | number> = {}): string {
    return tf(key, this.lang, values);
  }

  applyTexts(): void {
    this.title.textContent = this.t('library.title');
    this.nameLabel.textContent = this.t('library.name');
    this.noteLabel.textContent = this.t('library.note');
    this.saveBtn.textContent = this.t('library.save');
    this.listLabel.textContent = this.t('library.saved-list');
    this.openBtn.textContent = this.t('library.open');
    this.historyTitle.textContent = this.t('library.history');
    if (this.history.childElementCount > 0) void this.run(() => this.showHistory(this.list.value));
  }

  /** Runs an action, showing a refusal (or a missing server) in the status line instead of failing. */
  private async run(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (e) {
      this.status.textContent =
        e instanceof LibraryRequestError
          ? e.status === 409 && e.body.latest !== undefined
            ? this.t('library.conflict', { v: e.body.latest })
            : `${this.t('library.failed')}: ${e.message}`
          : this.t('library.unavailable');
    }
  }

  private async refreshList(select?: string): Promise<void> {
    this.entries = (await api<{ scenarios: LibraryEntry[] }>('/api/library')).scenarios;
    this.list.replaceChildren(...this.entries.map((e) => new Option(`${e.name} (${e.versions})`, e.name)));
    const pick = select ?? this.opened?.name ?? this.entries[0]?.name;
    if (pick !== undefined) {
      this.list.value = pick;
      await this.showHistory(pick);
    }
  }

  private async save(): Promise<void> {
    const name = this.name.value.trim().normalize('NFC');
    const known = this.entries.find((e) => e.name === name);
    // The version this edit builds on: the one opened, else the latest listed, else none (new name).
    const baseVersion = this.opened?.name === name ? this.opened.version : (known?.versions ?? 0);
    const body = {
      pack: this.app.state.pack,
      scenario: this.app.currentSpec(),
      note: this.note.value,
      baseVersion,
    };
    const r = await api<{ name: string; version: number }>(`/api/library/${enc(name)}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    this.opened = { name: r.name, version: r.version };
    this.status.textContent = this.t('library.saved', { n: r.name, v: r.version });
    await this.refreshList(r.name);
  }

  /** Shows a saved version: its pack, preset, sliders and as-of year, then the page recomputes. */
  async open(name: string, version?: number): Promise<void> {
    const path = `/api/library/${enc(name)}${version === undefined ? '' : `/versions/${version}`}`;
    const latest = version ?? (await api<LibraryHistory>(path)).versions.at(-1)!.version;
    const v = await api<LibraryVersion>(`/api/library/${enc(name)}/versions/${latest}`);
    const app = this.app;
    if (v.scenario.model !== app.state.pack) {
      // The pack select's own handler switches the pack and everything bound to it.
      const packSel = document.getElementById('pack') as HTMLSelectElement;
      packSel.value = v.scenario.model;
      packSel.dispatchEvent(new Event('change'));
      await app.idle();
    }
    const view = viewOf(app, v.scenario);
    app.state.preset = view.preset;
    app.state.overrides = view.overrides;
    app.state.asOf = view.asOf;
    (document.getElementById('preset') as HTMLSelectElement).value = view.preset;
    (document.getElementById('asof') as HTMLSelectElement).value =
      view.asOf === null ? '' : String(view.asOf);
    app.controls.setValues(app.controlValues());
    app.setPending(app.refresh());
    await app.idle();
    this.opened = { name: v.name, version: v.version };
    this.name.value = v.name;
    this.status.textContent = this.t('library.opened', { n: v.name, v: v.version });
  }

  private async showHistory(name: string): Promise<void> {
    if (!name) return;
    const h = await api<LibraryHistory>(`/api/library/${enc(name)}`);
    this.diff.replaceChildren();
    this.history.replaceChildren(
      ...h.versions.map((v) => {
        const li = document.createElement('li');
        li.value = v.version;
        const open = document.createElement('button');
        open.type = 'button';
        open.className = 'lib-open-version';
        open.textContent = `${this.t('library.open')} ${v.version}`;
        open.addEventListener('click', () => void this.run(() => this.open(name, v.version)));
        const text = document.createElement('span');
        text.textContent = ` ${v.savedAt.slice(0, 16).replace('T', ' ')}${v.author ? `, ${v.author}` : ''}${v.note ? `: ${v.note}` : ''} `;
        li.append(open, text);
        if (v.version > 1) {
          const cmp = document.createElement('button');
          cmp.type = 'button';
          cmp.className = 'lib-diff';
          cmp.textContent = this.t('library.compare');
          cmp.addEventListener(
            'click',
            () => void this.run(() => this.showDiff(name, v.version - 1, v.version)),
          );
          li.append(cmp);
        }
        return li;
      }),
    );
  }

  private async showDiff(name: string, from: number, to: number): Promise<void> {
    const d = await api<LibraryDiff>(`/api/library/${enc(name)}/diff?from=${from}&to=${to}`);
    const lang = this.lang;
    const value = (x: number | string | boolean | null) =>
      x === null ? this.t('library.unset') : typeof x === 'number' ? formatNumber(x, lang, 2) : String(x);
    const status = (s: string) => (s === '—' ? s : L(`status.${s}` as MessageKey, lang));
    const heading = document.createElement('h4');
    heading.textContent = this.t('library.diffTitle', { n: d.name, a: d.from, b: d.to });
    const list = (items: string[], empty: string) => {
      const ul = document.createElement('ul');
      ul.append(
        ...(items.length > 0 ? items : [empty]).map((text) => {
          const li = document.createElement('li');
          li.textContent = text;
          return li;
        }),
      );
      return ul;
    };
    const statusTitle = document.createElement('h4');
    statusTitle.textContent = this.t('library.statusChanges');
    this.diff.replaceChildren(
      heading,
      list(
        d.assumptions.map((c) => `${c.label[lang]}: ${value(c.from)} → ${value(c.to)}`),
        this.t('library.noAssumptionChanges'),
      ),
      statusTitle,
      list(
        d.statuses.map((s) => `${s.name[lang]}: ${status(s.from)} → ${status(s.to)}`),
        this.t('library.noStatusChanges'),
      ),
    );
  }
}
