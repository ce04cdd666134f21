import './styles.css';
import './scorecard.css';
import './phone.css';
import './print.css';
import { App } from './app.ts';
import { CompareView } from './compare-view.ts';
import { flushAll, resizeCharts } from './charts-view.ts';
import { presetValues } from './controls-def.ts';
import { EstimateForm } from './estimate-form.ts';
import { downloadScenario, downloadScorecardCsv, downloadSeriesCsv, downloadXlsx } from './downloads.ts';
import { L, SPREADS_LABEL } from './labels.ts';
import { LibraryPanel } from './library-panel.ts';
import { UncertaintyView } from './mc.ts';
import { loadPacks, packLabel } from './pack.ts';
import { SensitivityView } from './sensitivity-view.ts';
import { encodeState } from './url-state.ts';
import { SPREADS_ON_PAGE, type FromWorker, type SpreadsOnPage, type ToWorker } from './worker-protocol.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const MC_DRAWS = 2000;
/** Fixed, so a view's P(met) is the same on every visit (and equals `plancast simulate --seed`). */
const MC_SEED = 20211;

declare global {
  interface Window {
    __plancast?: { app: App; sensitivity: SensitivityView; idle(): Promise<void>; hash(): string };
  }
}

async function main(): Promise<void> {
  const packs = loadPacks();
  const app = new App(packs, location.hash);
  const mc = new UncertaintyView(app);
  const sens = new SensitivityView(app);
  const library = new LibraryPanel(app);
  const estimateForm = new EstimateForm(app);
  const compare = new CompareView(app);
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let seq = 0;
  let mcSeq = -1;
  let sensSeq = -1;
  let requiredSeq = -1;
  const send = (m: ToWorker) => worker.postMessage(m);
  let mcTimer: ReturnType<typeof setTimeout> | null = null;

  let backtestAsked = '';
  const startMc = () => {
    if (!app.state.uncertainty) return;
    // The backtest (docs/model.md §11.1) depends on the pack alone: asked once per pack.
    if (backtestAsked !== app.pack.model.id) {
      backtestAsked = app.pack.model.id;
      send({ kind: 'backtest', seq: ++seq, pack: backtestAsked });
    }
    if (mcTimer) clearTimeout(mcTimer);
    mc.progress(0, MC_DRAWS);
    mcTimer = setTimeout(() => {
      mcSeq = ++seq;
      send({
        kind: 'simulate',
        seq: mcSeq,
        spec: app.currentSpec(),
        draws: MC_DRAWS,
        seed: MC_SEED,
        spreads: app.state.spreads,
      });
    }, 250);
  };

  // The goal seek (~50 ms in the worker) waits until the slider rests, so dragging stays smooth.
  let requiredTimer: ReturnType<typeof setTimeout> | null = null;
  // The sensitivity (~20 projections) likewise, a little later.
  let sensTimer: ReturnType<typeof setTimeout> | null = null;
  app.onRunChanged = (run) => {
    if (requiredTimer) clearTimeout(requiredTimer);
    requiredTimer = setTimeout(() => {
      requiredSeq = ++seq;
      send({ kind: 'required', seq: requiredSeq, spec: run.spec });
    }, 150);
    if (sensTimer) clearTimeout(sensTimer);
    sens.pending();
    sensTimer = setTimeout(() => {
      sensSeq = ++seq;
      send({ kind: 'sensitivity', seq: sensSeq, spec: run.spec });
    }, 250);
    startMc();
    compare.update();
  };

  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    const lang = app.state.lang;
    if (m.kind === 'required') {
      if (m.seq !== requiredSeq) return;
      app.required = m.rows
        ? new Map(
            Object.entries(m.rows).map(([id, r]) => [
              id,
              r ? { ...r, label: r.label?.[lang] ?? r.lever } : null,
            ]),
          )
        : new Map();
      app.scorecard.update(app.run.card.rows, app.required, app.pMet);
      app.renderVerdict();
    } else if (m.kind === 'sensitivity') {
      if (m.seq === sensSeq) void sens.show(m.rows, m.error);
    } else if (m.kind === 'progress' && m.seq === mcSeq) mc.progress(m.done, m.total);
    else if (m.kind === 'simulated' && m.seq === mcSeq) void mc.show(m.result);
    else if (m.kind === 'backtest') mc.backtest = m.result;
    else if (m.kind === 'unavailable' && m.seq === mcSeq) mc.message(L('mcUnavailable', lang), true);
    else if (m.kind === 'error' && (m.seq === mcSeq || m.seq === 0))
      mc.message(`${L('mcFailed', lang)}: ${m.message}`, true);
  };
  worker.onerror = (e) => mc.message(`${L('mcFailed', app.state.lang)}: ${e.message}`, true);

  // Toolbar: pack, presets, as-of year, uncertainty, language.
  const packSel = $<HTMLSelectElement>('pack');
  const presetSel = $<HTMLSelectElement>('preset');
  const asOfSel = $<HTMLSelectElement>('asof');
  const spreadsSel = $<HTMLSelectElement>('spreads');
  const fillSelects = () => {
    const lang = app.state.lang;
    packSel.replaceChildren(
      ...packs.map((e) => {
        const o = new Option(packLabel(e.pack, lang), e.id);
        o.title = e.pack.model.name[lang];
        return o;
      }),
    );
    packSel.value = app.state.pack;
    presetSel.replaceChildren(...app.presets.map((p) => new Option(p.spec.name?.[lang] ?? p.name, p.name)));
    presetSel.value = app.state.preset;
    const years = [];
    const m = app.pack.model;
    for (let y = m.firstPlanYear; y <= m.lastPlanYear; y++) years.push(y);
    asOfSel.replaceChildren(
      new Option(L('asOfNone', lang), ''),
      ...years.map((y) => new Option(String(y), String(y))),
    );
    asOfSel.value = app.state.asOf === null ? '' : String(app.state.asOf);
    const filter = filterSel.value;
    filterSel.replaceChildren(
      new Option(L('filterAll', lang), ''),
      ...(['missed', 'near', 'met', 'exceeded'] as const).map((k) => new Option(L(`status.${k}`, lang), k)),
    );
    filterSel.value = filter;
    const sort = app.scorecard.sort;
    sortSel.replaceChildren(
      new Option(L('sortGroup', lang), 'group'),
      new Option(L('sortStatus', lang), 'status'),
    );
    sortSel.value = sort;
    spreadsSel.replaceChildren(...SPREADS_ON_PAGE.map((k) => new Option(L(SPREADS_LABEL[k], lang), k)));
    spreadsSel.value = app.state.spreads;
  };
  // Where the growth spread comes from (docs/model.md §9.2): the run starts again with the new choice.
  spreadsSel.addEventListener('change', () => {
    app.state.spreads = spreadsSel.value as SpreadsOnPage;
    app.writeHash();
    startMc();
  });
  // Another pack: its default preset, every view rebuilt; the worker follows the scenario's `model`.
  packSel.addEventListener('change', () => {
    // Answers still on their way are about the old pack: forget them, and stop the running simulation.
    for (const t of [mcTimer, requiredTimer, sensTimer]) if (t) clearTimeout(t);
    mcSeq = sensSeq = requiredSeq = -1;
    send({ kind: 'cancel', seq: ++seq });
    mc.reset();
    sens.reset();
    app.setPending(app.switchPack(packSel.value));
    applyTexts();
  });
  presetSel.addEventListener('change', () => {
    app.state.preset = presetSel.value;
    app.state.overrides = {};
    app.state.asOf = app.ctx.packs[app.state.pack]!.presets[presetSel.value]?.asOf ?? null;
    asOfSel.value = app.state.asOf === null ? '' : String(app.state.asOf);
    app.controls.setValues(presetValues(app.pack, app.presetSpec(app.state.preset)));
    app.setPending(app.refresh());
  });
  asOfSel.addEventListener('change', () => {
    app.state.asOf = asOfSel.value === '' ? null : Number(asOfSel.value);
    app.setPending(app.refresh());
  });
  // The view toggle: where we stand (as of the latest published year) or the plan as written.
  const setAsOf = (asOf: number | null) => {
    app.state.asOf = asOf;
    asOfSel.value = asOf === null ? '' : String(asOf);
    app.setPending(app.refresh());
  };
  $('mode-asof').addEventListener('click', () => setAsOf(app.latest));
  $('mode-written').addEventListener('click', () => setAsOf(null));
  // Scorecard: filter by status (CSS on a data attribute) and sort (a rebuild).
  const filterSel = $<HTMLSelectElement>('status-filter');
  const sortSel = $<HTMLSelectElement>('sort');
  filterSel.addEventListener('change', () => {
    $('scorecard').dataset.filter = filterSel.value;
  });
  sortSel.addEventListener('change', () => {
    app.scorecard.sort = sortSel.value === 'status' ? 'status' : 'group';
    app.scorecard.build(app.run.card.rows, app.state.lang);
    app.scorecard.update(app.run.card.rows, app.required, app.pMet);
  });
  $('reset').addEventListener('click', () => {
    app.state.overrides = {};
    app.controls.setValues(app.controlValues());
    app.setPending(app.refresh());
  });
  const mcBox = $<HTMLInputElement>('uncertainty');
  mcBox.addEventListener('change', () => {
    app.state.uncertainty = mcBox.checked;
    if (mcBox.checked) startMc();
    else {
      send({ kind: 'cancel', seq: ++seq });
      mc.hide();
      app.scorecard.update(app.run.card.rows, app.required, null);
    }
    app.writeHash();
  });

  const applyTexts = () => {
    const lang = app.state.lang;
    document.documentElement.lang = lang;
    document.title = `plancast: ${app.pack.model.name[lang]}`;
    const texts: [string, Parameters<typeof L>[0]][] = [
      ['app-title', 'appTitle'],
      ['lbl-pack', 'pack'],
      ['lbl-preset', 'preset'],
      ['lbl-asof', 'asOf'],
      ['lbl-uncertainty', 'uncertainty'],
      ['lbl-spreads', 'spreadsFrom'],
      ['lbl-lang', 'language'],
      ['controls-title', 'assumptions'],
      ['reset', 'reset'],
      ['dl-title', 'downloads'],
      ['dl-json', 'dlJson'],
      ['dl-csv', 'dlCsv'],
      ['dl-csv-card', 'dlCsvCard'],
      ['dl-xlsx', 'dlXlsx'],
      ['dl-print', 'print'],
      ['charts-title', 'charts'],
      ['scorecard-title', 'scorecard'],
      ['notice-close', 'dismiss'],
      ['skip-link', 'skip'],
      ['lbl-mode', 'viewMode'],
      ['mode-written', 'modeWritten'],
      ['headline-title', 'headline'],
      ['lbl-filter', 'filterStatus'],
      ['lbl-sort', 'sortBy'],
      ['findings-title', 'findings'],
    ];
    for (const [id, key] of texts) $(id).textContent = L(key, lang);
    $('plan-name').textContent = `${app.pack.model.resolution[lang]}`;
    const baseline = app.presetSpec(app.entry.defaultPreset).name?.[lang] ?? app.pack.model.name[lang];
    $('baseline-note').textContent = `${L('baselineNote', lang)} ${baseline}.`;
    $('lang-vi').setAttribute('aria-pressed', String(lang === 'vi'));
    $('lang-en').setAttribute('aria-pressed', String(lang === 'en'));
    mcBox.checked = app.state.uncertainty;
    sens.applyTexts();
    library.applyTexts();
    estimateForm.build();
    fillSelects();
  };
  const switchLang = async (lang: 'vi' | 'en') => {
    if (app.state.lang === lang) return;
    app.state.lang = lang;
    app.writeHashNow();
    applyTexts();
    const done = app.render().then(async () => {
      app.scorecard.update(app.run.card.rows, app.required, app.pMet);
      if (app.state.uncertainty && mc.result) await mc.show(mc.result);
      await sens.relabel();
    });
    app.setPending(done);
    await done;
  };
  $('lang-vi').addEventListener('click', () => void switchLang('vi'));
  $('lang-en').addEventListener('click', () => void switchLang('en'));
  $('notice-close').addEventListener('click', () => ($('notice').hidden = true));

  $('dl-json').addEventListener('click', () => downloadScenario(app));
  $('dl-csv').addEventListener('click', () => downloadSeriesCsv(app));
  $('dl-csv-card').addEventListener('click', () => downloadScorecardCsv(app));
  $('dl-xlsx').addEventListener('click', () => void downloadXlsx(app));
  $('dl-print').addEventListener('click', () => void flushAll(app.slots).then(() => window.print()));
  window.addEventListener('beforeprint', () => void flushAll(app.slots));
  window.addEventListener('hashchange', () => {
    // A link pasted into the address bar of an open page: restore it like a fresh load.
    if (location.hash.replace(/^#/, '') !== encodeState(app.state, app.ctx)) location.reload();
  });

  let resizeTimer: ReturnType<typeof setTimeout> | null = null;
  window.addEventListener('resize', () => {
    if (resizeTimer) clearTimeout(resizeTimer);
    resizeTimer = setTimeout(
      () => void resizeCharts([...app.slots, ...mc.slotsShown(), ...(sens.slot ? [sens.slot] : [])]),
      150,
    );
  });

  applyTexts();
  const first = app.render();
  app.setPending(first);
  await first;
  window.__plancast = {
    app,
    sensitivity: sens,
    idle: () => app.idle(),
    hash: () => encodeState(app.state, app.ctx),
  };
  // Works offline once loaded: fetch the lazily used exceljs chunk now, while the network is there.
  setTimeout(() => void import('exceljs').catch(() => undefined), 1500);
  document.body.dataset.ready = '1';
}

main().catch((err: unknown) => {
  console.error(err);
  const box = document.getElementById('notice');
  if (box) {
    box.hidden = false;
    document.getElementById('notice-text')!.textContent =
      `plancast: ${err instanceof Error ? err.message : String(err)}`;
  }
});
