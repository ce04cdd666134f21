import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import { applyOverrides, CONTROL_KEYS, type ControlKey, type Overrides } from '../../web/src/controls-def.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { ESTIMATE_FIELDS, ESTIMATE_RANGES, type EstimateField } from '../../src/schema/estimate.ts';
import { controlDefs } from '../../web/src/controls-def.ts';
import {
  decodeState,
  defaultState,
  encodeState,
  type StateContext,
  type ViewState,
} from '../../web/src/url-state.ts';

const packs = {
  'ben-tre-2021-2025': loadModelPack('ben-tre-2021-2025'),
  'vinh-long-2026-2030': loadModelPack('vinh-long-2026-2030'),
};
const ctx: StateContext = {
  packs: {
    'ben-tre-2021-2025': {
      presets: { 'plan-midpoint': { asOf: null }, 'plan-high': { asOf: null }, trend: { asOf: 2023 } },
      defaultPreset: 'plan-midpoint',
      defs: controlDefs(packs['ben-tre-2021-2025']),
      asOfRange: [2021, 2025],
    },
    'vinh-long-2026-2030': {
      presets: { 'vinh-long-2026-2030': { asOf: null } },
      defaultPreset: 'vinh-long-2026-2030',
      defs: controlDefs(packs['vinh-long-2026-2030']),
      asOfRange: [2026, 2030],
    },
  },
  defaultPack: 'ben-tre-2021-2025',
};

/** Any view the page can be in: a pack, one of its presets, any subset of its sliders anywhere in their ranges, a year, a language. */
const stateArb: fc.Arbitrary<ViewState> = fc.constantFrom(...Object.keys(ctx.packs)).chain((id) => {
  const p = ctx.packs[id]!;
  return fc.record({
    pack: fc.constant(id),
    preset: fc.constantFrom(...Object.keys(p.presets)),
    overrides: fc.record(
      Object.fromEntries(
        CONTROL_KEYS.map((k) => {
          const d = p.defs[k];
          const v =
            d.step === 1
              ? fc.integer({ min: d.min, max: d.max })
              : fc.double({ min: d.min, max: d.max, noNaN: true });
          return [k, v.map((x) => (x === 0 ? 0 : x))];
        }),
      ) as Record<ControlKey, fc.Arbitrary<number>>,
      { requiredKeys: [] },
    ) as fc.Arbitrary<Overrides>,
    asOf: fc.option(fc.integer({ min: p.asOfRange[0], max: p.asOfRange[1] }), { nil: null }),
    lang: fc.constantFrom('vi' as const, 'en' as const),
    uncertainty: fc.boolean(),
    spreads: fc.constantFrom('auto' as const, 'record' as const, 'design' as const),
    // This year's estimate: any subset of its fields, anywhere in their allowed ranges.
    estimate: fc.record(
      Object.fromEntries(
        ESTIMATE_FIELDS.map((f) => {
          const r = ESTIMATE_RANGES[f];
          const v = fc.double({ min: r.min, max: r.max, noNaN: true, minExcluded: r.exclusiveMin });
          return [f, v.map((x) => (x === 0 ? 0 : x))];
        }),
      ) as Record<EstimateField, fc.Arbitrary<number>>,
      { requiredKeys: [] },
    ),
  });
});

describe('URL state (properties)', () => {
  it('decode(encode(state)) is the state, for any valid view', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(decodeState(`#${encodeState(s, ctx)}`, ctx)).toEqual({ ok: true, state: s });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on garbage and then shows the default view with a notice', () => {
    const garbage = fc.oneof(
      fc.string(),
      fc.string().map((s) => `v1.${s}`),
      fc.json().map((j) => `v1.${Buffer.from(j).toString('base64url')}`),
      fc.jsonValue().map((j) => `#v1.${Buffer.from(JSON.stringify(j)).toString('base64url')}`),
    );
    fc.assert(
      fc.property(garbage, (h) => {
        const d = decodeState(h, ctx);
        if (!d.ok) expect(d.state).toEqual(defaultState(ctx));
        else expect(decodeState(`#${encodeState(d.state, ctx)}`, ctx)).toEqual(d);
      }),
      { numRuns: 1000 },
    );
  });

  it('every slider position gives a scenario the core resolves', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const pack = packs[s.pack as keyof typeof packs];
        const spec = applyOverrides(pack, { model: pack.model.id }, s.overrides, s.asOf, null);
        const r = resolveScenario(pack, spec);
        expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
