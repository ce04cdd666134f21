import { SECTOR_WORDS } from '../core/sector-names.ts';
import { z } from 'zod';
import type { Problem } from '../core/problems.ts';
import { SECTORS, type Sector } from '../core/sectors.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import {
  input,
  INPUTS,
  SECTOR_GROWTH_SIGMA,
  toCore,
  toFile,
  type InputVariable,
} from '../model/input-variables.ts';
import type { Result } from '../schema/parse.ts';

/**
 * A scalar lever of the goal seek, docs/model.md §8.1. `shift` levers add θ (percentage points) to
 * the scenario's path; `level` levers replace the path by θ. Either way only the plan years
 * after `asOf` move. θ is in display units (pp, %, ICOR, indicator unit per year).
 */
export interface LeverDef {
  id: string;
  mode: 'shift' | 'level';
  unit: string;
  min: number;
  max: number;
  /** A typical yearly move (docs/model.md §8.1 lever table), the scale of the §8.2 least-change objective. */
  sigma: number;
  label: LocalizedText;
}

const growthLever = input('growth').lever!;
const deflatorLever = input('deflator').lever!;

/** Inputs of the variable list the solver may move as a whole path (src/model/input-variables.ts). */
const SCALAR_INPUTS = INPUTS.filter(
  (v): v is (typeof INPUTS)[number] & Required<Pick<InputVariable, 'lever' | 'read' | 'write'>> =>
    'lever' in v && !v.perSector && 'read' in v,
);
const SCALAR_LEVERS = SCALAR_INPUTS.map((v) => v.lever.id);
const scalarInput = (leverId: string) => SCALAR_INPUTS.find((v) => v.lever.id === leverId);

/** Allowed ranges (display units) and typical moves of the levers, from the variable list. */
export const LEVER_RANGES = {
  growth: { min: growthLever.min, max: growthLever.max, sigma: SECTOR_GROWTH_SIGMA },
  deflator: { min: deflatorLever.min, max: deflatorLever.max, sigma: deflatorLever.sigma },
  ...Object.fromEntries(
    SCALAR_INPUTS.map((v) => [v.lever.id, { min: v.lever.min, max: v.lever.max, sigma: v.lever.sigma }]),
  ),
} as Record<string, { min: number; max: number; sigma: number | Record<string, number> }>;

/** The lever ids a pack accepts: growth.*, deflator.*, the scalar levers and indicator.<id>. */
export function leverIds(pack: ModelPack): string[] {
  const parts = ['all', ...SECTORS];
  return [
    ...parts.map((p) => `growth.${p}`),
    ...parts.map((p) => `deflator.${p}`),
    ...SCALAR_LEVERS,
    ...pack.model.indicators.map((d) => `indicator.${d.id}`),
  ];
}

/** Looks up a lever of a pack by id; null when the pack has no such lever. */
export function leverDef(pack: ModelPack, id: string): LeverDef | null {
  const m = /^(growth|deflator)\.(all|I|II|III|T)$/.exec(id);
  if (m) {
    const part = m[2] as Sector | 'all';
    const growth = m[1] === 'growth';
    const r = growth ? growthLever : deflatorLever;
    const what = growth
      ? { vi: 'tăng trưởng thực', en: 'real growth' }
      : { vi: 'chỉ số giảm phát', en: 'deflator growth' };
    return {
      id,
      mode: 'shift',
      unit: 'pp',
      min: r.min,
      max: r.max,
      sigma: growth ? SECTOR_GROWTH_SIGMA[part] : deflatorLever.sigma,
      label: {
        vi: `dịch chuyển ${what.vi}, ${SECTOR_WORDS[part].vi}`,
        en: `${what.en} shift, ${SECTOR_WORDS[part].en}`,
      },
    };
  }
  const v = scalarInput(id);
  if (v)
    return {
      id,
      mode: 'level',
      unit: v.unit,
      label: v.label,
      min: v.lever.min,
      max: v.lever.max,
      sigma: v.lever.sigma,
    };
  if (id.startsWith('indicator.')) {
    const d = pack.model.indicators.find((x) => `indicator.${x.id}` === id);
    if (!d) return null;
    const span = d.max - d.min;
    return {
      id,
      mode: 'level',
      // A percentage moves in points; a flow already per year keeps its unit (the label says "yearly change").
      unit: d.unit === '%' ? 'pp/yr' : d.unit.endsWith('/yr') ? d.unit : `${d.unit}/yr`,
      min: -span,
      max: span,
      sigma: Math.max(span / 100, 1e-9),
      label: { vi: `thay đổi hằng năm: ${d.name.vi}`, en: `yearly change: ${d.name.en}` },
    };
  }
  return null;
}

/** The zod schema of a lever's value: a finite number inside the lever's allowed range. */
export function leverValueSchema(def: LeverDef) {
  const allowed = `${def.min} to ${def.max} (${def.unit})`;
  return z.number().finite().min(def.min, { error: allowed }).max(def.max, { error: allowed });
}

/** Parses a lever id, or returns a problem listing every lever the pack accepts. */
export function parseLever(pack: ModelPack, id: string): Result<LeverDef> {
  const def = leverDef(pack, id);
  if (def) return { ok: true, value: def };
  const allowed = leverIds(pack).join(', ');
  const problem: Problem = {
    code: 'invalid_value',
    path: [],
    value: id,
    allowed,
    message: `"${id}" is not a lever of ${pack.model.id}; valid levers: ${allowed}`,
  };
  return { ok: false, problems: [problem] };
}

/** Plan-year offsets the lever moves: the years after `asOf` (all plan years without one). */
export function remainingOffsets(input: RunInput): number[] {
  const a = input.asOf ?? -Infinity;
  return input.years.flatMap((y, k) => (y > a ? [k] : []));
}

/**
 * Reads the scenario's current value of a lever (display units): 0 for shift levers, the mean
 * over the remaining years for level levers (over all plan years when none remain).
 */
export function baseLeverValue(input: RunInput, def: LeverDef): number {
  if (def.mode === 'shift') return 0;
  const path = leverPath(input, def.id);
  const ks = remainingOffsets(input);
  const use = ks.length > 0 ? ks : path.map((_, k) => k);
  return use.reduce((a, k) => a + path[k]!, 0) / use.length;
}

/** The scenario path a level lever replaces, in display units (percent for rates). */
function leverPath(input: RunInput, id: string): number[] {
  const v = scalarInput(id);
  if (v) return v.read(input).map((x) => toFile(v, x));
  return input.indicatorChange[id.slice('indicator.'.length)] ?? [];
}

/**
 * Applies lever values to a run input without touching the original: for every plan year k
 * after asOf, shift levers do `g[s,k] += θ/100`, level levers set the path to θ (÷100 for rates).
 * Only the arrays that change are copied.
 */
export function applyLevers(input: RunInput, moves: readonly { def: LeverDef; value: number }[]): RunInput {
  const ks = remainingOffsets(input);
  let out: RunInput = input;
  const edit = (arr: number[], f: (x: number) => number) => {
    const copy = arr.slice();
    for (const k of ks) copy[k] = f(copy[k]!);
    return copy;
  };
  for (const { def, value } of moves) {
    const m = /^(growth|deflator)\.(all|I|II|III|T)$/.exec(def.id);
    if (m) {
      const block = m[1] as 'growth' | 'deflator';
      const sectors = m[2] === 'all' ? SECTORS : [m[2] as Sector];
      const next = { ...out[block] };
      for (const s of sectors) next[s] = edit(next[s], (x) => x + value / 100);
      out = { ...out, [block]: next };
      continue;
    }
    const v = scalarInput(def.id);
    if (v) {
      out = v.write(
        out,
        edit(v.read(out) as number[], () => toCore(v, value)),
      );
      continue;
    }
    const id = def.id.slice('indicator.'.length);
    out = {
      ...out,
      indicatorChange: {
        ...out.indicatorChange,
        [id]: edit(out.indicatorChange[id] ?? input.years.map(() => 0), () => value),
      },
    };
  }
  return out;
}

/** Applies one lever value; see {@link applyLevers}. */
export function applyLever(input: RunInput, def: LeverDef, value: number): RunInput {
  return applyLevers(input, [{ def, value }]);
}
