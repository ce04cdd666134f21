import { SECTORS, type Sector } from '../../src/core/sectors.ts';
import { SECTOR_DESCRIBED } from '../../src/core/sector-names.ts';
import { INPUTS, input, type InputId, type InputVariable } from '../../src/model/input-variables.ts';
import type { Lang } from '../../src/schema/common.ts';
import { mergeAssumptions, planYears } from '../../src/model/resolve-scenario.ts';
import type { Yearly } from '../../src/schema/common.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import type { PartialAssumptions, ScenarioSpec } from '../../src/schema/scenario.ts';
import { targetFor } from '../../src/charts/input.ts';
import { L, type PageKey } from './labels.ts';
import { aboutTolerance } from '../../src/targets/compare.ts';

/** Every slider of the page; the short keys are what the URL hash stores. */
export const CONTROL_KEYS = [
  'gI',
  'gII',
  'gIII',
  'gT',
  'defl',
  'pop',
  'rev',
  'icor',
  'inv',
  'exp',
  'shS',
  'shY',
  'shP',
  'shR',
] as const;
export type ControlKey = (typeof CONTROL_KEYS)[number];
/** What the user changed, relative to the preset (only these go into the URL). */
export type Overrides = Partial<Record<ControlKey, number>>;

export interface ControlDef {
  key: ControlKey;
  min: number;
  max: number;
  step: number;
  /** Display unit (label table key in labels.ts). */
  unit: '%/yr' | '% GRDP' | 'ICOR' | 'pp' | '';
  /** Not shown: the slider drives an input the pack's mode does not read (ICOR in rate mode). */
  hidden?: boolean;
}

const SECTOR_KEY: Record<Sector, ControlKey> = { I: 'gI', II: 'gII', III: 'gIII', T: 'gT' };

/** A slider declared in the variable list (src/model/input-variables.ts): its range and step. */
function slider(id: InputId, unit: ControlDef['unit']): ControlDef {
  const v = input(id);
  const s = v.slider!;
  return { key: s.key as ControlKey, min: s.min, max: s.max, step: s.step, unit };
}

/**
 * The title of a slider: the sector's name for the growth sliders, the variable list's slider title
 * for the other assumptions, the page's own label for the shock controls.
 */
export function controlLabel(key: ControlKey, lang: Lang): string {
  const sector = SECTORS.find((s) => SECTOR_KEY[s] === key);
  if (sector) {
    const name = SECTOR_DESCRIBED[sector][lang];
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  const listed = (INPUTS as readonly InputVariable[]).find((v) => v.slider?.key === key);
  return listed?.slider?.label[lang] ?? L(key as PageKey, lang);
}

/** Slider ranges: inside the scenario schema's ranges so any slider position is a valid scenario. */
export function controlDefs(pack: ModelPack): Record<ControlKey, ControlDef> {
  const years = planYears(pack);
  // Sector sliders span the resolution's band ± 8 pp (within the schema's −10..30) so the band is visible.
  const g = (s: Sector): ControlDef => {
    const band = sectorBand(pack, s);
    const lo = band && Number.isFinite(band.min) ? Math.floor(band.min - 8) : -10;
    const hi = band && Number.isFinite(band.max) ? Math.ceil(band.max + 8) : 30;
    return { key: SECTOR_KEY[s], min: Math.max(-10, lo), max: Math.min(30, hi), step: 0.05, unit: '%/yr' };
  };
  return {
    gI: g('I'),
    gII: g('II'),
    gIII: g('III'),
    gT: g('T'),
    defl: slider('deflator', '%/yr'),
    pop: slider('populationGrowth', '%/yr'),
    rev: slider('budget.revenueRatio', '% GRDP'),
    // Investment follows either ICOR or a rate of GRDP (docs/model.md eq. 12a/12b): only the slider
    // of the pack's mode is shown, so no slider moves nothing.
    icor: { ...slider('investment.icor', 'ICOR'), hidden: pack.model.defaults.investment.mode !== 'icor' },
    inv: { ...slider('investment.rate', '% GRDP'), hidden: pack.model.defaults.investment.mode !== 'rate' },
    exp: slider('exportGrowth', '%/yr'),
    shS: { key: 'shS', min: 0, max: SECTORS.length - 1, step: 1, unit: '' },
    shY: { key: 'shY', min: years[0]!, max: years.at(-1)!, step: 1, unit: '' },
    shP: { key: 'shP', min: -20, max: 20, step: 0.5, unit: 'pp' },
    shR: { key: 'shR', min: 0, max: 1, step: 1, unit: '' },
  };
}

/** The resolution's band for a sector's average growth (from the targets, never constants). */
export function sectorBand(pack: ModelPack, s: Sector): { min: number; max: number } | null {
  const t = targetFor(pack, `real.${s}`, 'avgGrowth');
  if (!t) return null;
  if (t.comparator === 'range') return { min: t.min!, max: t.max! };
  if (t.comparator === 'about')
    return { min: t.value! - aboutTolerance(t), max: t.value! + aboutTolerance(t) };
  return t.comparator === 'atLeast' ? { min: t.value!, max: Infinity } : { min: -Infinity, max: t.value! };
}

/** Mean of a yearly assumption over the plan years (a single number stays itself). */
function mean(v: Yearly, years: readonly number[]): number {
  if (typeof v === 'number') return v;
  const xs = years.map((y) => v[String(y)] ?? v['*']).filter((x): x is number => x !== undefined);
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** The value each slider shows for a preset before the user moves it. */
export function presetValues(pack: ModelPack, spec: ScenarioSpec): Record<ControlKey, number> {
  const years = planYears(pack);
  const a = mergeAssumptions(pack.model.defaults, spec.assumptions ?? {});
  const defl = SECTORS.reduce((sum, s) => sum + mean(a.deflator[s], years), 0) / SECTORS.length;
  return {
    gI: mean(a.growth.I, years),
    gII: mean(a.growth.II, years),
    gIII: mean(a.growth.III, years),
    gT: mean(a.growth.T, years),
    defl,
    pop: mean(a.populationGrowth, years),
    rev: mean(a.budget.revenueRatio, years),
    icor: mean(a.investment.icor, years),
    inv: mean(a.investment.rate, years),
    exp: mean(a.exportGrowth, years),
    shS: 2,
    shY: years[0]!,
    shP: 0,
    shR: 1,
  };
}

/** The scenario the page runs: the preset with the overrides applied (a moved slider sets every plan year). */
export function applyOverrides(
  pack: ModelPack,
  preset: ScenarioSpec,
  o: Overrides,
  asOf: number | null,
  edited: { vi: string; en: string } | null,
): ScenarioSpec {
  const assumptions: PartialAssumptions = structuredClone(preset.assumptions ?? {});
  for (const s of SECTORS) {
    const v = o[SECTOR_KEY[s]];
    if (v !== undefined) assumptions.growth = { ...assumptions.growth, [s]: v };
  }
  if (o.defl !== undefined) assumptions.deflator = { I: o.defl, II: o.defl, III: o.defl, T: o.defl };
  if (o.pop !== undefined) assumptions.populationGrowth = o.pop;
  if (o.rev !== undefined) assumptions.budget = { ...assumptions.budget, revenueRatio: o.rev };
  if (o.icor !== undefined) assumptions.investment = { ...assumptions.investment, icor: o.icor };
  if (o.inv !== undefined) assumptions.investment = { ...assumptions.investment, rate: o.inv };
  if (o.exp !== undefined) assumptions.exportGrowth = o.exp;
  const shocks = [...(preset.shocks ?? [])];
  if (o.shP !== undefined && o.shP !== 0)
    shocks.push({
      sector: SECTORS[o.shS ?? 2] ?? 'III',
      year: o.shY ?? pack.model.firstPlanYear,
      sizePp: o.shP,
      recoverNextYear: (o.shR ?? 1) === 1,
    });
  const out: ScenarioSpec = { model: preset.model };
  const name = edited ?? preset.name;
  if (name) out.name = name;
  if (preset.description && !edited) out.description = preset.description;
  if (Object.keys(assumptions).length > 0) out.assumptions = assumptions;
  if (shocks.length > 0) out.shocks = shocks;
  if (asOf !== null) out.asOf = asOf;
  return out;
}

export { SECTOR_KEY };
