import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { applyOverrides, controlDefs } from '../../web/src/controls-def.ts';
import {
  decodeState,
  defaultState,
  encodeState,
  toBase64Url,
  type StateContext,
} from '../../web/src/url-state.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';

const pack = loadModelPack('ben-tre-2021-2025');
const ctx: StateContext = {
  presets: {
    'plan-midpoint': { asOf: null },
    'plan-low': { asOf: null },
    'covid-2021': { asOf: null },
    trend: { asOf: 2023 },
  },
  defaultPreset: 'plan-midpoint',
  defs: controlDefs(pack),
  asOfRange: [2021, 2025],
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
    ['prototype keys', hash({ p: '__proto__' })],
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
