import type { Lang } from '../../src/schema/common.ts';
import { CONTROL_KEYS, type ControlDef, type ControlKey, type Overrides } from './controls-def.ts';

/** Everything the page shows that the user can change; the URL hash holds its diff from the default view. */
export interface ViewState {
  preset: string;
  overrides: Overrides;
  /** Years up to this one use the pack's actuals; null: none. */
  asOf: number | null;
  lang: Lang;
  uncertainty: boolean;
}

/** What decoding needs to know: the presets (and their own asOf), slider ranges, the year range. */
export interface StateContext {
  presets: Record<string, { asOf: number | null }>;
  defaultPreset: string;
  defs: Record<ControlKey, ControlDef>;
  asOfRange: [number, number];
}

export function defaultState(ctx: StateContext): ViewState {
  return {
    preset: ctx.defaultPreset,
    overrides: {},
    asOf: ctx.presets[ctx.defaultPreset]?.asOf ?? null,
    lang: 'vi',
    uncertainty: false,
  };
}

/** Hash prefix with a format version, so a later encoding can still read old links. */
const PREFIX = 'v1.';

/** Compact encoding of the diff from the default view: `#v1.<base64url(JSON)>`; '' for the default view. */
export function encodeState(s: ViewState, ctx: StateContext): string {
  const diff: Record<string, unknown> = {};
  if (s.preset !== ctx.defaultPreset) diff.p = s.preset;
  const o: Record<string, number> = {};
  for (const k of CONTROL_KEYS) {
    const v = s.overrides[k];
    if (v !== undefined) o[k] = v === 0 ? 0 : v;
  }
  if (Object.keys(o).length > 0) diff.o = o;
  if (s.asOf !== (ctx.presets[s.preset]?.asOf ?? null)) diff.a = s.asOf;
  if (s.lang !== 'vi') diff.l = s.lang;
  if (s.uncertainty) diff.u = 1;
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
    if (!['p', 'o', 'a', 'l', 'u'].includes(k)) return fail(`unknown field ${k}`);
  const preset = raw.p === undefined ? ctx.defaultPreset : raw.p;
  if (typeof preset !== 'string' || !Object.hasOwn(ctx.presets, preset)) return fail('unknown preset');
  const overrides: Overrides = {};
  if (raw.o !== undefined) {
    if (!isRecord(raw.o)) return fail('bad overrides');
    for (const [k, v] of Object.entries(raw.o)) {
      if (!(CONTROL_KEYS as readonly string[]).includes(k)) return fail(`unknown control ${k}`);
      const def = ctx.defs[k as ControlKey];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < def.min || v > def.max)
        return fail(`${k} out of range`);
      if (def.step === 1 && !Number.isInteger(v)) return fail(`${k} not whole`);
      overrides[k as ControlKey] = v;
    }
  }
  let asOf = ctx.presets[preset]!.asOf;
  if (raw.a !== undefined) {
    const a = raw.a;
    if (
      a !== null &&
      (typeof a !== 'number' || !Number.isInteger(a) || a < ctx.asOfRange[0] || a > ctx.asOfRange[1])
    )
      return fail('bad as-of year');
    asOf = a;
  }
  const lang = raw.l === undefined ? 'vi' : raw.l;
  if (lang !== 'vi' && lang !== 'en') return fail('bad language');
  if (raw.u !== undefined && raw.u !== 1) return fail('bad uncertainty flag');
  return { ok: true, state: { preset, overrides, asOf, lang, uncertainty: raw.u === 1 } };
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
