import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { applyOverrides, controlDefs } from '../../web/src/controls-def.ts';
import { loadPacks, packLabel, presetsOf, PACK_DEFAULTS_PRESET } from '../../web/src/pack.ts';
import {
  decodeState,
  defaultState,
  encodeState,
  packDefaultState,
  stateContext,
  toBase64Url,
  type StateContext,
  type ViewState,
} from '../../web/src/url-state.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';

const BT = 'ben-tre-2021-2025';
const VL = 'vinh-long-2026-2030';
const pack = loadModelPack(BT);
const vinhLong = loadModelPack(VL);
const ctx: StateContext = {
  packs: {
    [BT]: {
      presets: {
        'plan-midpoint': { asOf: null },
        'plan-low': { asOf: null },
        'covid-2021': { asOf: null },
        trend: { asOf: 2023 },
      },
      defaultPreset: 'plan-midpoint',
      defs: controlDefs(pack),
      asOfRange: [2021, 2025],
    },
    [VL]: {
      presets: { [VL]: { asOf: null } },
      defaultPreset: VL,
      defs: controlDefs(vinhLong),
      asOfRange: [2026, 2030],
    },
  },
  defaultPack: BT,
};
const hash = (o: unknown) => `#v1.${toBase64Url(JSON.stringify(o))}`;

describe('URL state', () => {
  it('encodes the default view as an empty hash', () => {
    expect(encodeState(defaultState(ctx), ctx)).toBe('');
    expect(decodeState('', ctx)).toEqual({ ok: true, state: defaultState(ctx) });
    expect(decodeState('#', ctx)).toEqual({ ok: true, state: defaultState(ctx) });
  });

  it('stores only what changed, compactly, and reads it back', () => {
    const s = { ...defaultState(ctx), overrides: { gII: 12.5, icor: 6 }, lang: 'en' as const };
    const h = encodeState(s, ctx);
    expect(h).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(h.length).toBeLessThan(60);
    expect(decodeState(`#${h}`, ctx)).toEqual({ ok: true, state: s });
  });

  it("keeps a preset's own as-of year implicit and stores a change of it, null included", () => {
    const trend = { ...defaultState(ctx), preset: 'trend', asOf: 2023 };
    expect(JSON.parse(atob(encodeState(trend, ctx).slice(3)))).toEqual({ p: 'trend' });
    const none = { ...trend, asOf: null };
    expect(decodeState(`#${encodeState(none, ctx)}`, ctx)).toEqual({ ok: true, state: none });
  });

  it.each([
    ['not our format', '#hello'],
    ['bad base64', '#v1.***'],
    ['not JSON', `#v1.${toBase64Url('{nope')}`],
    ['an array', hash([1, 2])],
    ['unknown preset', hash({ p: 'no-such-plan' })],
    ['unknown control', hash({ o: { zz: 1 } })],
    ['out of range', hash({ o: { gII: 99 } })],
    ['not a number', hash({ o: { gII: '12' } })],
    ['fractional sector index', hash({ o: { shS: 1.5 } })],
    ['bad language', hash({ l: 'fr' })],
    ['bad year', hash({ a: 1999 })],
    ['unknown field', hash({ x: 1 })],
    ['unknown spreads', hash({ s: 'magic' })],
    ['prototype keys', hash({ p: '__proto__' })],
    ['unknown pack', hash({ m: 'no-such-pack' })],
    ['pack not a string', hash({ m: 1 })],
    ['pack prototype key', hash({ m: '__proto__' })],
    ["another pack's preset", hash({ m: VL, p: 'plan-low' })],
    ["a year outside the pack's plan", hash({ m: VL, a: 2023 })],
    ["a slider outside the pack's range", hash({ o: { gII: 26 } })],
  ])('falls back to the default view with a reason for %s', (_what, h) => {
    const d = decodeState(h, ctx);
    expect(d.ok).toBe(false);
    expect(d.state).toEqual(defaultState(ctx));
    if (!d.ok) expect(d.reason.length).toBeGreaterThan(0);
  });

  it('turns slider overrides into a scenario the core accepts', () => {
    const spec = applyOverrides(
      pack,
      { model: pack.model.id },
      { gI: 3, defl: 2, pop: 0.5, rev: 8, icor: 5, exp: 10, shP: -3, shS: 1, shY: 2022, shR: 0 },
      2022,
      null,
    );
    expect(spec.assumptions).toMatchObject({
      growth: { I: 3 },
      deflator: { I: 2, II: 2, III: 2, T: 2 },
      populationGrowth: 0.5,
      exportGrowth: 10,
    });
    expect(spec.shocks).toEqual([{ sector: 'II', year: 2022, sizePp: -3, recoverNextYear: false }]);
    expect(resolveScenario(pack, spec).ok).toBe(true);
  });
});

describe('URL state with a pack', () => {
  const vl: ViewState = {
    pack: VL,
    preset: VL,
    overrides: { gII: 26, shY: 2028, shP: -2 },
    asOf: 2027,
    lang: 'en',
    uncertainty: true,
    spreads: 'design',
    estimate: { growth: 6.2, perCapita: 92 },
  };

  it('round-trips a view of another pack, with its own years and slider ranges', () => {
    const h = encodeState(vl, ctx);
    expect(JSON.parse(atob(h.slice(3).replace(/-/g, '+').replace(/_/g, '/')))).toMatchObject({
      m: VL,
      s: 'design',
    });
    expect(decodeState(`#${h}`, ctx)).toEqual({ ok: true, state: vl });
  });

  it("stores only the pack for that pack's default view", () => {
    const s = packDefaultState(ctx, VL);
    expect(s).toEqual({
      pack: VL,
      preset: VL,
      overrides: {},
      asOf: null,
      lang: 'vi',
      uncertainty: false,
      spreads: 'auto',
      estimate: {},
    });
    expect(JSON.parse(atob(encodeState(s, ctx).slice(3)))).toEqual({ m: VL });
    expect(decodeState(`#${encodeState(s, ctx)}`, ctx)).toEqual({ ok: true, state: s });
  });

  it('opens old links (no pack) on the default pack, as before', () => {
    // The hash the page wrote before packs were selectable: plan-low, gII 12, English.
    const old = `#v1.${toBase64Url('{"p":"plan-low","o":{"gII":12},"l":"en"}')}`;
    expect(decodeState(old, ctx)).toEqual({
      ok: true,
      state: {
        pack: BT,
        preset: 'plan-low',
        overrides: { gII: 12 },
        asOf: null,
        lang: 'en',
        uncertainty: false,
        spreads: 'auto',
        estimate: {},
      },
    });
    expect(encodeState(decodeState(old, ctx).state, ctx)).toBe(old.slice(1));
    expect(defaultState(ctx).pack).toBe(BT);
  });

  it('a pack switch keeps the language, uncertainty mode and spreads and drops the rest', () => {
    const s = packDefaultState(ctx, VL, {
      ...defaultState(ctx),
      lang: 'en',
      uncertainty: true,
      spreads: 'record',
    });
    expect(s).toEqual({
      pack: VL,
      preset: VL,
      overrides: {},
      asOf: null,
      lang: 'en',
      uncertainty: true,
      spreads: 'record',
      estimate: {},
    });
  });
});

describe("the page's packs (every folder under models/ that parses)", () => {
  const packs = loadPacks();

  it('finds both shipped packs, in plan order, each with its own presets', () => {
    expect(packs.map((e) => e.id)).toEqual([BT, VL]);
    const [bt, vl] = packs;
    expect(bt!.defaultPreset).toBe('plan-midpoint');
    expect(bt!.presets.map((p) => p.name)).toEqual([
      'plan-midpoint',
      'plan-optimism',
      'plan-low',
      'plan-high',
      'trend',
      'covid-2021',
    ]);
    expect(bt!.presets.every((p) => p.spec.model === BT)).toBe(true);
    expect(vl!.presets.map((p) => p.name)).toEqual([VL, 'vinh-long-plan-optimism']);
    expect(vl!.defaultPreset).toBe(VL);
    expect(vl!.pack.model.firstPlanYear).toBe(2026);
    expect(packLabel(vl!.pack, 'vi')).toBe('Vĩnh Long 2026-2030');
    expect(packLabel(bt!.pack, 'en')).toBe('Ben Tre 2021-2025');
  });

  it('a pack that no scenario names opens with its own defaults', () => {
    expect(presetsOf(vinhLong, [])).toEqual([
      { name: PACK_DEFAULTS_PRESET, spec: { model: VL, name: vinhLong.model.name } },
    ]);
  });

  it("builds the decoding context from them: the default pack is the default scenario's", () => {
    const real = stateContext(packs);
    expect(real.defaultPack).toBe(BT);
    expect(real.packs[VL]!.asOfRange).toEqual([2026, 2030]);
    expect(real.packs[VL]!.defs.shY).toMatchObject({ min: 2026, max: 2030 });
    const s: ViewState = { ...packDefaultState(real, VL), overrides: { gI: 5 }, asOf: 2026 };
    expect(decodeState(`#${encodeState(s, real)}`, real)).toEqual({ ok: true, state: s });
  });

  it("every pack's default preset with a shock gives a scenario the core accepts", () => {
    for (const e of packs) {
      const preset = e.presets.find((p) => p.name === e.defaultPreset)!.spec;
      const last = e.pack.model.lastPlanYear;
      const spec = applyOverrides(e.pack, preset, { gII: 9, shP: -2, shY: last, shS: 0 }, null, null);
      expect(spec.model).toBe(e.id);
      expect(spec.shocks?.at(-1)).toMatchObject({ year: last, sector: 'I' });
      expect(resolveScenario(e.pack, spec).ok).toBe(true);
    }
  });
});
