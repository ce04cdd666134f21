import { SECTORS } from '../core/sectors.ts';
import { project } from '../model/project.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import { formatNumber } from '../i18n/format.ts';
import { input, INPUTS, toCore, type InputVariable } from '../model/input-variables.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { TargetStatus } from '../targets/compare.ts';
import { evaluate, type ScorecardRow } from '../targets/scorecard.ts';

/** One assumption of the tornado, with its step (docs/model.md §10) and how it moves a run input. */
export interface SensitivityAssumption {
  id: string;
  label: LocalizedText;
  /** Step in display units (pp for rates, units for ICOR and α). */
  step: number;
  unit: 'pp' | '';
  apply: (input: RunInput, sign: 1 | -1) => RunInput;
}

/** The whole-province inputs of the tornado, in the order of docs/model.md §10. */
const SENSITIVITY_ORDER = [
  'budget.revenueRatio',
  'investment.icor',
  'investment.rate',
  'capitalShare',
  'exportGrowth',
  'populationGrowth',
] as const;
/** Adds `delta` to the projected years of a per-year series (years with actuals are observed). */
const shiftYears = (
  input: RunInput,
  series: readonly number[],
  delta: number,
  lo = -Infinity,
  hi = Infinity,
) => series.map((v, k) => (input.actuals[k] ? v : Math.min(hi, Math.max(lo, v + delta))));

const growthIn = input('growth');
const deflatorIn = input('deflator');
const growthStep = growthIn.sensitivity!.step;
const deflatorStep = deflatorIn.sensitivity!.step;

/** "±0,5 điểm %" / "±0.5 pp" (points for inputs in percent, the input's own unit otherwise). */
function stepWords(v: InputVariable, step: number): LocalizedText {
  const points = v.unit.includes('%');
  return {
    vi: `±${formatNumber(step, 'vi', step < 1 ? 1 : 0)}${points ? ' điểm %' : ''}`,
    en: `±${formatNumber(step, 'en', step < 1 ? 1 : 0)}${points ? ' pp' : ''}`,
  };
}

/** A tornado bar for a whole-province input of the variable list, moved within its allowed range. */
function scalarAssumption(
  v: InputVariable & { sensitivity: { id: string; step: number } },
): SensitivityAssumption {
  const step = v.sensitivity.step;
  const words = stepWords(v, step);
  const lo = toCore(v, v.range.min);
  const hi = toCore(v, v.range.max);
  const name = {
    vi: v.label.vi[0]!.toUpperCase() + v.label.vi.slice(1),
    en: v.label.en[0]!.toUpperCase() + v.label.en.slice(1),
  };
  return {
    id: v.sensitivity.id,
    label: { vi: `${name.vi} ${words.vi}`, en: `${name.en} ${words.en}` },
    step,
    unit: v.unit.includes('%') ? 'pp' : '',
    apply: (input, sign) => {
      const d = sign * toCore(v, step);
      if (v.read && v.write) return v.write(input, shiftYears(input, v.read(input), d, lo, hi));
      // The one run-wide input with a step (α): moved as a whole.
      return { ...input, capitalShare: Math.min(hi, Math.max(lo, input.capitalShare + d)) };
    },
  };
}

/** The assumptions and steps of docs/model.md §10, from the variable list (src/model/input-variables.ts). */
export const SENSITIVITY_ASSUMPTIONS: readonly SensitivityAssumption[] = [
  ...SECTORS.map((s): SensitivityAssumption => ({
    id: `growth.${s}`,
    label:
      s === 'T'
        ? {
            vi: `Tăng trưởng thuế sản phẩm ${stepWords(growthIn, growthStep).vi}`,
            en: `Product taxes real growth ${stepWords(growthIn, growthStep).en}`,
          }
        : {
            vi: `Tăng trưởng khu vực ${s} ${stepWords(growthIn, growthStep).vi}`,
            en: `Sector ${s} real growth ${stepWords(growthIn, growthStep).en}`,
          },
    step: growthStep,
    unit: 'pp',
    apply: (input, sign) => ({
      ...input,
      growth: {
        ...input.growth,
        [s]: shiftYears(input, input.growth[s], toCore(growthIn, sign * growthStep)),
      },
    }),
  })),
  {
    id: 'deflator',
    label: {
      vi: `Chỉ số giảm phát (mọi khu vực) ${stepWords(deflatorIn, deflatorStep).vi}`,
      en: `Deflator growth, all sectors ${stepWords(deflatorIn, deflatorStep).en}`,
    },
    step: deflatorStep,
    unit: 'pp',
    apply: (input, sign) => ({
      ...input,
      deflator: Object.fromEntries(
        SECTORS.map((s) => [
          s,
          shiftYears(input, input.deflator[s], toCore(deflatorIn, sign * deflatorStep)),
        ]),
      ) as RunInput['deflator'],
    }),
  },
  ...SENSITIVITY_ORDER.map((id) => scalarAssumption(INPUTS.find((v) => v.id === id)! as never)),
];

/** One bar of a tornado: a target's value with one assumption lowered and raised by its step. */
export interface SensitivityRow {
  assumption: string;
  assumptionLabel: LocalizedText;
  target: string;
  targetName: LocalizedText;
  unit: string;
  base: number;
  low: number;
  high: number;
  deltaLow: number;
  deltaHigh: number;
  /** max(|deltaLow|, |deltaHigh|), the sort key. */
  effect: number;
  status: { base: TargetStatus; low: TargetStatus; high: TargetStatus };
  /** The target's status changes on either side. */
  flips: boolean;
}

export interface SensitivityResult {
  modelId: string;
  steps: { id: string; step: number; unit: string }[];
  /** Every (assumption, target) pair that moves, grouped by target (pack order), largest effect first. */
  rows: SensitivityRow[];
  /** Per target, the assumption that moves it most. */
  top: { target: string; assumption: string; effect: number }[];
}

/**
 * One-at-a-time sensitivity, docs/model.md §10: each assumption moved by its step down and up (plan
 * years without actuals only), every modelled target re-evaluated. Rows with no effect are left
 * out. Pure; 2 × 10 projections.
 */
export function sensitivity(pack: ModelPack, input: RunInput): SensitivityResult {
  const scored = (i: RunInput) => new Map(evaluate(pack, project(pack, i)).rows.map((r) => [r.id, r]));
  const base = scored(input);
  const rows: SensitivityRow[] = [];
  for (const a of SENSITIVITY_ASSUMPTIONS) {
    const low = scored(a.apply(input, -1));
    const high = scored(a.apply(input, 1));
    for (const [id, b] of base) {
      const l = low.get(id)!;
      const h = high.get(id)!;
      if (!moves(b, l, h)) continue;
      const deltaLow = l.projected! - b.projected!;
      const deltaHigh = h.projected! - b.projected!;
      if (deltaLow === 0 && deltaHigh === 0 && l.status === b.status && h.status === b.status) continue;
      rows.push({
        assumption: a.id,
        assumptionLabel: a.label,
        target: id,
        targetName: b.name,
        unit: b.unit,
        base: b.projected!,
        low: l.projected!,
        high: h.projected!,
        deltaLow,
        deltaHigh,
        effect: Math.max(Math.abs(deltaLow), Math.abs(deltaHigh)),
        status: { base: b.status, low: l.status, high: h.status },
        flips: l.status !== b.status || h.status !== b.status,
      });
    }
  }
  const order = new Map(pack.targets.map((t, i) => [t.id, i]));
  rows.sort(
    (x, y) =>
      order.get(x.target)! - order.get(y.target)! ||
      y.effect - x.effect ||
      x.assumption.localeCompare(y.assumption),
  );
  const top = [...new Set(rows.map((r) => r.target))].map((target) => {
    const r = rows.find((x) => x.target === target)!;
    return { target, assumption: r.assumption, effect: r.effect };
  });
  return {
    modelId: pack.model.id,
    steps: SENSITIVITY_ASSUMPTIONS.map((a) => ({ id: a.id, step: a.step, unit: a.unit })),
    rows,
    top,
  };
}

function moves(b: ScorecardRow, l: ScorecardRow, h: ScorecardRow): boolean {
  return b.projected !== null && l.projected !== null && h.projected !== null && b.status !== 'not-modelled';
}
