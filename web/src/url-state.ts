import type { Lang } from '../../src/schema/common.ts';
import {
  CONTROL_KEYS,
  controlDefs,
  type ControlDef,
  type ControlKey,
  type Overrides,
} from './controls-def.ts';
import { latestPublishedYear } from '../../src/targets/verdict.ts';
import { ESTIMATE_FIELDS, inEstimateRange, type EstimateField } from '../../src/schema/estimate.ts';
import { defaultPackId, type PackEntry } from './pack.ts';
import { SPREADS_ON_PAGE, type SpreadsOnPage } from './worker-protocol.ts';

/** Everything the page shows that the user can change; the URL hash holds its diff from the default view. */
export interface ViewState {
  /** Id of the model pack shown. */
  pack: string;
  preset: string;
  overrides: Overrides;
  /** Years up to this one use the pack's actuals; null: none. */
  asOf: number | null;
  lang: Lang;
  uncertainty: boolean;
  /** Where the Monte Carlo's growth spread comes from (URL key `s`; absent: auto). */
  spreads: SpreadsOnPage;
  /** This year's estimate entered on the page (empty: none); applied to the pack's estimate year. */
  estimate: EstimateValues;
}

/** The figures of the estimate form, in file units (src/schema/estimate.ts). */
export type EstimateValues = Partial<Record<EstimateField, number>>;

/** What decoding needs to know of one pack: its presets (and their own asOf), slider ranges, the year range. */
export interface PackStateContext {
  presets: Record<string, { asOf: number | null }>;
  defaultPreset: string;
  defs: Record<ControlKey, ControlDef>;
  asOfRange: [number, number];
}

/**
 * What the URL state needs to know of a pack. A preset without its own as-of year opens as of the
 * latest year with published figures in the pack's actuals (where we stand); none yet: no as-of.
 */
export function packStateContext(e: PackEntry): PackStateContext {
  const latest = latestPublishedYear(e.pack);
  return {
    presets: Object.fromEntries(e.presets.map((p) => [p.name, { asOf: p.spec.asOf ?? latest }])),
    defaultPreset: e.defaultPreset,
    defs: controlDefs(e.pack),
    asOfRange: [e.pack.model.firstPlanYear, e.pack.model.lastPlanYear],
  };
}

/** Every pack of the page, and the one an address without a pack opens. */
export interface StateContext {
  packs: Record<string, PackStateContext>;
  defaultPack: string;
}

/** The context of a page showing `packs`. */
export function stateContext(packs: readonly PackEntry[]): StateContext {
  return {
    packs: Object.fromEntries(packs.map((e) => [e.id, packStateContext(e)])),
    defaultPack: defaultPackId(packs),
  };
}

/** The view a pack opens with: its default preset, no overrides, the preset's own as-of year. */
export function packDefaultState(
  ctx: StateContext,
  pack: string,
  keep: Pick<ViewState, 'lang' | 'uncertainty' | 'spreads'> = {
    lang: 'vi',
    uncertainty: false,
    spreads: 'auto',
  },
): ViewState {
  const p = ctx.packs[pack]!;
  return {
    pack,
    preset: p.defaultPreset,
    overrides: {},
    asOf: p.presets[p.defaultPreset]?.asOf ?? null,
    lang: keep.lang,
    uncertainty: keep.uncertainty,
    spreads: keep.spreads,
    estimate: {},
  };
}

export function defaultState(ctx: StateContext): ViewState {
  return packDefaultState(ctx, ctx.defaultPack);
}

/** Hash prefix with a format version, so a later encoding can still read old links. */
const PREFIX = 'v1.';

/**
 * Compact encoding of the diff from the default view: `#v1.<base64url(JSON)>`; '' for the default view.
 * `m` is the pack (absent: the default pack, so links made before packs were selectable still open
 * the same view); the preset and as-of year are relative to that pack's defaults.
 */
export function encodeState(s: ViewState, ctx: StateContext): string {
  const pack = ctx.packs[s.pack]!;
  const diff: Record<string, unknown> = {};
  if (s.pack !== ctx.defaultPack) diff.m = s.pack;
  if (s.preset !== pack.defaultPreset) diff.p = s.preset;
  const o: Record<string, number> = {};
  for (const k of CONTROL_KEYS) {
    const v = s.overrides[k];
    if (v !== undefined) o[k] = v === 0 ? 0 : v;
  }
  if (Object.keys(o).length > 0) diff.o = o;
  if (s.asOf !== (pack.presets[s.preset]?.asOf ?? null)) diff.a = s.asOf;
  if (s.lang !== 'vi') diff.l = s.lang;
  if (s.uncertainty) diff.u = 1;
  if (s.spreads !== 'auto') diff.s = s.spreads;
  if (Object.keys(s.estimate).length > 0) diff.e = s.estimate;
  return Object.keys(diff).length === 0 ? '' : PREFIX + toBase64Url(JSON.stringify(diff));
}

export type Decoded = { ok: true; state: ViewState } | { ok: false; state: ViewState; reason: string };

/**
 * Reads a hash (with or without '#'). Anything that is not a valid encoding of a valid state gives
 * the default view and a reason to show: a link never opens a blank or half-broken page.
 */
export function decodeState(hash: string, ctx: StateContext): Decoded {
  const fallback = defaultState(ctx);
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h === '') return { ok: true, state: fallback };
  const fail = (reason: string): Decoded => ({ ok: false, state: fallback, reason });
  if (!h.startsWith(PREFIX)) return fail('unknown format');
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(h.slice(PREFIX.length)));
  } catch {
    return fail('not readable');
  }
  if (!isRecord(raw)) return fail('not an object');
  for (const k of Object.keys(raw))
    if (!['m', 'p', 'o', 'a', 'l', 'u', 's', 'e'].includes(k)) return fail(`unknown field ${k}`);
  const packId = raw.m === undefined ? ctx.defaultPack : raw.m;
  if (typeof packId !== 'string' || !Object.hasOwn(ctx.packs, packId)) return fail('unknown plan');
  const pack = ctx.packs[packId]!;
  const preset = raw.p === undefined ? pack.defaultPreset : raw.p;
  if (typeof preset !== 'string' || !Object.hasOwn(pack.presets, preset)) return fail('unknown preset');
  const overrides: Overrides = {};
  if (raw.o !== undefined) {
    if (!isRecord(raw.o)) return fail('bad overrides');
    for (const [k, v] of Object.entries(raw.o)) {
      if (!(CONTROL_KEYS as readonly string[]).includes(k)) return fail(`unknown control ${k}`);
      const def = pack.defs[k as ControlKey];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < def.min || v > def.max)
        return fail(`${k} out of range`);
      if (def.step === 1 && !Number.isInteger(v)) return fail(`${k} not whole`);
      overrides[k as ControlKey] = v;
    }
  }
  let asOf = pack.presets[preset]!.asOf;
  if (raw.a !== undefined) {
    const a = raw.a;
    if (
      a !== null &&
      (typeof a !== 'number' || !Number.isInteger(a) || a < pack.asOfRange[0] || a > pack.asOfRange[1])
    )
      return fail('bad as-of year');
    asOf = a;
  }
  const lang = raw.l === undefined ? 'vi' : raw.l;
  if (lang !== 'vi' && lang !== 'en') return fail('bad language');
  if (raw.u !== undefined && raw.u !== 1) return fail('bad uncertainty flag');
  const spreads = raw.s === undefined ? 'auto' : raw.s;
  if (!(SPREADS_ON_PAGE as readonly unknown[]).includes(spreads)) return fail('bad spreads');
  const estimate: EstimateValues = {};
  if (raw.e !== undefined) {
    if (!isRecord(raw.e)) return fail('bad estimate');
    for (const [k, v] of Object.entries(raw.e)) {
      if (!(ESTIMATE_FIELDS as readonly string[]).includes(k)) return fail(`unknown estimate ${k}`);
      if (typeof v !== 'number' || !inEstimateRange(k as EstimateField, v))
        return fail(`estimate ${k} out of range`);
      estimate[k as EstimateField] = v;
    }
  }
  return {
    ok: true,
    state: {
      pack: packId,
      preset,
      overrides,
      asOf,
      lang,
      uncertainty: raw.u === 1,
      spreads: spreads as SpreadsOnPage,
      estimate,
    },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** UTF-8 safe base64url (no padding). */
export function toBase64Url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('not base64url');
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(b64);
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
