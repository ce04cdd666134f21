import { SECTORS } from '../core/sectors.ts';
import { project } from '../model/project.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
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

const pp = 0.01;
/** Adds `delta` to the projected years of a per-year series (years with actuals are observed). */
const shiftYears = (
  input: RunInput,
  series: readonly number[],
  delta: number,
  lo = -Infinity,
  hi = Infinity,
) => series.map((v, k) => (input.actuals[k] ? v : Math.min(hi, Math.max(lo, v + delta))));

/** The assumptions and steps of docs/model.md §10: growth ±1 pp per sector, deflator ±1 pp, ρ ±0.5 pp, ICOR ±0.5, α ±0.1, x ±2 pp, n ±0.1 pp. */
export const SENSITIVITY_ASSUMPTIONS: readonly SensitivityAssumption[] = [
  ...SECTORS.map((s): SensitivityAssumption => ({
    id: `growth.${s}`,
    label:
      s === 'T'
        ? { vi: 'Tăng trưởng thuế sản phẩm ±1 điểm %', en: 'Product taxes real growth ±1 pp' }
        : { vi: `Tăng trưởng khu vực ${s} ±1 điểm %`, en: `Sector ${s} real growth ±1 pp` },
    step: 1,
    unit: 'pp',
    apply: (input, sign) => ({
      ...input,
      growth: { ...input.growth, [s]: shiftYears(input, input.growth[s], sign * pp) },
    }),
  })),
  {
    id: 'deflator',
    label: { vi: 'Chỉ số giảm phát (mọi khu vực) ±1 điểm %', en: 'Deflator growth, all sectors ±1 pp' },
    step: 1,
    unit: 'pp',
    apply: (input, sign) => ({
      ...input,
      deflator: Object.fromEntries(
        SECTORS.map((s) => [s, shiftYears(input, input.deflator[s], sign * pp)]),
      ) as RunInput['deflator'],
    }),
  },
  {
    id: 'revenueRatio',
    label: { vi: 'Tỷ lệ thu ngân sách/GRDP ±0,5 điểm %', en: 'Revenue ratio ±0.5 pp of GRDP' },
    step: 0.5,
    unit: 'pp',
    apply: (input, sign) => ({
      ...input,
      budget: {
        ...input.budget,
        revenueRatio: shiftYears(input, input.budget.revenueRatio, sign * 0.5 * pp, 0),
      },
    }),
  },
  {
    id: 'icor',
    label: { vi: 'ICOR ±0,5', en: 'ICOR ±0.5' },
    step: 0.5,
    unit: '',
    apply: (input, sign) => ({
      ...input,
      investment: { ...input.investment, icor: shiftYears(input, input.investment.icor, sign * 0.5, 1, 15) },
    }),
  },
  {
    id: 'capitalShare',
    label: { vi: 'Hệ số vốn α ±0,1', en: 'Capital share α ±0.1' },
    step: 0.1,
    unit: '',
    apply: (input, sign) => ({
      ...input,
      capitalShare: Math.min(0.7, Math.max(0.3, input.capitalShare + sign * 0.1)),
    }),
  },
  {
    id: 'exportGrowth',
    label: { vi: 'Tăng trưởng xuất khẩu ±2 điểm %', en: 'Export growth ±2 pp' },
    step: 2,
    unit: 'pp',
    apply: (input, sign) => ({
      ...input,
      exportGrowth: shiftYears(input, input.exportGrowth, sign * 2 * pp),
    }),
  },
  {
    id: 'populationGrowth',
    label: { vi: 'Tăng dân số ±0,1 điểm %', en: 'Population growth ±0.1 pp' },
    step: 0.1,
    unit: 'pp',
    apply: (input, sign) => ({
      ...input,
      populationGrowth: shiftYears(input, input.populationGrowth, sign * 0.1 * pp),
    }),
  },
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
