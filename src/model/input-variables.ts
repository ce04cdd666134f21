import type { LocalizedText } from '../schema/common.ts';
import type { RunInput } from './resolved-scenario.ts';

/**
 * The scenario inputs of the variable list (src/model/variables.ts re-exports them): each declared
 * once with its unit, scale, allowed range, labels, equation, and what the solver, the sensitivity
 * tornado and the page do with it. The scenario schema's ranges, the solver's levers, the tornado's
 * steps and the page's sliders derive from this list.
 */
export interface InputVariable {
  /** Path in scenario files (`assumptions.<id>`, dots for nested blocks). */
  id: string;
  /** One path per sector (growth, deflator). */
  perSector: boolean;
  /** A value per plan year (or one number for every year) rather than one number for the run. */
  yearly: boolean;
  /** Unit in files and on screen. */
  unit: string;
  /** Core value = file value × scale (0.01 for percent). */
  scale: number;
  /** Allowed in scenario files (file units). */
  range: { min: number; max: number };
  /** What it is, in words (the schema's error text uses `label.en`). */
  label: LocalizedText;
  /** The equation of docs/model.md it enters. */
  equation: string;
  /** The solver may move it (docs/model.md §8.1): its id there, mode, range and typical yearly move. */
  lever?: { id: string; mode: 'shift' | 'level'; min: number; max: number; sigma: number };
  /** One-at-a-time sensitivity (docs/model.md §10): its id there and step, in file units. */
  sensitivity?: { id: string; step: number };
  /**
   * The Monte Carlo's default spread of a whole-province input (docs/model.md §9): its field in
   * `Spreads`, the sd in core units (fractions; of the log for `log`), drawn additively or as a
   * lognormal factor, and its equation. Sector inputs have their own blocks (eqs. 65-66).
   */
  spread?: { key: SpreadKey; sd: number; form: 'add' | 'log'; equation: string };
  /** The page's slider: URL key, range and step (file units), inside `range`, and its title. */
  slider?: { key: string; min: number; max: number; step: number; label: LocalizedText };
  /** Reads the core path (per plan year) of a non-sector input. */
  read?: (input: RunInput) => readonly number[];
  /** A copy of the input with this (non-sector, yearly) input's core path replaced. */
  write?: (input: RunInput, path: number[]) => RunInput;
}

/** The whole-province fields of the Monte Carlo's `Spreads` (src/uncertainty/spreads.ts). */
export type SpreadKey =
  'populationGrowth' | 'revenueRatio' | 'icorLog' | 'investmentRateLog' | 'exportGrowth';

const L = (vi: string, en: string): LocalizedText => ({ vi, en });
const PCT = 0.01;

export const INPUTS = [
  {
    id: 'growth',
    perSector: true,
    yearly: true,
    unit: '%/yr',
    scale: PCT,
    range: { min: -10, max: 40 },
    label: L('tăng trưởng thực', 'real growth per year'),
    equation: '(1)',
    lever: { id: 'growth', mode: 'shift', min: -20, max: 30, sigma: 2 },
    sensitivity: { id: 'growth', step: 1 },
  },
  {
    id: 'deflator',
    perSector: true,
    yearly: true,
    unit: '%/yr',
    scale: PCT,
    range: { min: -10, max: 30 },
    label: L('chỉ số giảm phát', 'deflator growth per year'),
    equation: '(2)',
    lever: { id: 'deflator', mode: 'shift', min: -20, max: 20, sigma: 2 },
    sensitivity: { id: 'deflator', step: 1 },
    slider: {
      key: 'defl',
      min: -5,
      max: 15,
      step: 0.05,
      label: L('Chỉ số giảm phát GRDP (mọi khu vực)', 'GRDP deflator (all sectors)'),
    },
  },
  {
    id: 'populationGrowth',
    perSector: false,
    yearly: true,
    unit: '%/yr',
    scale: PCT,
    range: { min: -2, max: 3 },
    label: L('tăng dân số', 'average population growth per year'),
    equation: '(7)',
    spread: { key: 'populationGrowth', sd: 0.001, form: 'add', equation: '(67)' },
    lever: { id: 'populationGrowth', mode: 'level', min: -2, max: 3, sigma: 0.1 },
    sensitivity: { id: 'populationGrowth', step: 0.1 },
    slider: { key: 'pop', min: -1, max: 2, step: 0.01, label: L('Tăng dân số', 'Population growth') },
    read: (i) => i.populationGrowth,
    write: (i, path) => ({ ...i, populationGrowth: path }),
  },
  {
    id: 'budget.revenueRatio',
    perSector: false,
    yearly: true,
    unit: '% of GRDP',
    scale: PCT,
    range: { min: 1, max: 30 },
    label: L('tỷ lệ thu ngân sách/GRDP', 'budget revenue as a share of nominal GRDP'),
    equation: '(9a)',
    spread: { key: 'revenueRatio', sd: 0.005, form: 'add', equation: '(68)' },
    lever: { id: 'revenueRatio', mode: 'level', min: 1, max: 30, sigma: 0.5 },
    sensitivity: { id: 'revenueRatio', step: 0.5 },
    slider: {
      key: 'rev',
      min: 2,
      max: 20,
      step: 0.1,
      label: L('Tỷ lệ thu ngân sách/GRDP', 'Revenue ratio to GRDP'),
    },
    read: (i) => i.budget.revenueRatio,
    write: (i, path) => ({ ...i, budget: { ...i.budget, revenueRatio: path } }),
  },
  {
    id: 'budget.buoyancy',
    perSector: false,
    yearly: false,
    unit: '',
    scale: 1,
    range: { min: 0.5, max: 2 },
    label: L('hệ số co giãn thu ngân sách β', 'revenue buoyancy β'),
    equation: '(9b)',
  },
  {
    id: 'budget.retainedShare',
    perSector: false,
    yearly: false,
    unit: '%',
    scale: PCT,
    range: { min: 0, max: 100 },
    label: L('tỷ lệ thu tỉnh được hưởng (κ)', 'share of revenue the province keeps for its own budget (κ)'),
    equation: '(25)',
  },
  {
    id: 'budget.recurrentGrowth',
    perSector: false,
    yearly: true,
    unit: '%/yr',
    scale: PCT,
    range: { min: -5, max: 30 },
    label: L('tăng chi thường xuyên', 'recurrent spending growth per year'),
    equation: '(10)',
    lever: { id: 'recurrentGrowth', mode: 'level', min: -5, max: 30, sigma: 2 },
    read: (i) => i.budget.recurrentGrowth,
    write: (i, path) => ({ ...i, budget: { ...i.budget, recurrentGrowth: path } }),
  },
  {
    id: 'budget.transferGrowth',
    perSector: false,
    yearly: true,
    unit: '%/yr',
    scale: PCT,
    range: { min: -30, max: 50 },
    label: L('tăng bổ sung từ trung ương', 'central transfers growth per year'),
    equation: '(26)',
  },
  {
    id: 'budget.developmentShareOfOwn',
    perSector: false,
    yearly: true,
    unit: '%',
    scale: PCT,
    range: { min: 0, max: 100 },
    label: L('chi đầu tư phát triển/thu được hưởng', 'development spending as a share of own revenue'),
    equation: '(27)',
  },
  {
    id: 'budget.developmentShareOfTransfers',
    perSector: false,
    yearly: true,
    unit: '%',
    scale: PCT,
    range: { min: 0, max: 100 },
    label: L('chi đầu tư phát triển/bổ sung', 'development spending as a share of transfers'),
    equation: '(27)',
  },
  {
    id: 'investment.icor',
    perSector: false,
    yearly: true,
    unit: 'ICOR',
    scale: 1,
    range: { min: 1, max: 15 },
    label: L('hệ số ICOR', 'ICOR (investment ÷ increase in GRDP)'),
    equation: '(12a)',
    spread: { key: 'icorLog', sd: 0.15, form: 'log', equation: '(69)' },
    lever: { id: 'icor', mode: 'level', min: 1, max: 15, sigma: 0.6 },
    sensitivity: { id: 'icor', step: 0.5 },
    slider: { key: 'icor', min: 2, max: 12, step: 0.1, label: L('Hệ số ICOR', 'ICOR') },
    read: (i) => i.investment.icor,
    write: (i, path) => ({ ...i, investment: { ...i.investment, icor: path } }),
  },
  {
    id: 'investment.rate',
    perSector: false,
    yearly: true,
    unit: '% of GRDP',
    scale: PCT,
    range: { min: 5, max: 80 },
    label: L('tỷ lệ vốn đầu tư/GRDP', 'investment rate, share of nominal GRDP'),
    equation: '(12b)',
    // Ben Tre's recorded rates span 27-36 % of GRDP (2016-2023): ±0.14 in logs around the middle,
    // so one sd of 0.1 covers that range at about ±1.4 sd.
    spread: { key: 'investmentRateLog', sd: 0.1, form: 'log', equation: '(69a)' },
    // The default driver of investment (packs calibrate it to the base year's published rate);
    // a typical yearly move of 2 pp is about the spread of Ben Tre's recorded rates (27-36 %).
    lever: { id: 'investmentRate', mode: 'level', min: 5, max: 80, sigma: 2 },
    sensitivity: { id: 'investmentRate', step: 2 },
    slider: {
      key: 'inv',
      min: 10,
      max: 60,
      step: 0.5,
      label: L('Tỷ lệ vốn đầu tư/GRDP', 'Investment rate (share of GRDP)'),
    },
    read: (i) => i.investment.rate,
    write: (i, path) => ({ ...i, investment: { ...i.investment, rate: path } }),
  },
  {
    id: 'investment.depreciation',
    perSector: false,
    yearly: false,
    unit: '%/yr',
    scale: PCT,
    range: { min: 2, max: 10 },
    label: L('tỷ lệ khấu hao', 'capital depreciation per year'),
    equation: '(13)',
  },
  {
    id: 'labourGrowth',
    perSector: false,
    yearly: true,
    unit: '%/yr',
    scale: PCT,
    range: { min: -3, max: 5 },
    label: L('tăng lao động có việc làm', 'employed labour growth per year'),
    equation: '(17)',
  },
  {
    id: 'capitalShare',
    perSector: false,
    yearly: false,
    unit: '',
    scale: 1,
    range: { min: 0.3, max: 0.7 },
    label: L('hệ số vốn α', 'capital share α in growth accounting, a fraction'),
    equation: '(14)',
    sensitivity: { id: 'capitalShare', step: 0.1 },
  },
  {
    id: 'exportGrowth',
    perSector: false,
    yearly: true,
    unit: '%/yr',
    scale: PCT,
    range: { min: -30, max: 60 },
    label: L('tăng xuất khẩu', 'export growth per year (USD)'),
    equation: '(16)',
    spread: { key: 'exportGrowth', sd: 0.06, form: 'add', equation: '(70)' },
    lever: { id: 'exportGrowth', mode: 'level', min: -30, max: 60, sigma: 6 },
    sensitivity: { id: 'exportGrowth', step: 2 },
    slider: {
      key: 'exp',
      min: -20,
      max: 40,
      step: 0.5,
      label: L('Tăng xuất khẩu (USD)', 'Export growth (USD)'),
    },
    read: (i) => i.exportGrowth,
    write: (i, path) => ({ ...i, exportGrowth: path }),
  },
  {
    id: 'digitalShareChange',
    perSector: false,
    yearly: true,
    unit: 'pp/yr',
    scale: PCT,
    range: { min: -5, max: 5 },
    label: L(
      'thay đổi tỷ trọng kinh tế số',
      'change of the digital economy share of GRDP, percentage points per year',
    ),
    equation: '(90)',
    lever: { id: 'digitalShareChange', mode: 'level', min: -5, max: 5, sigma: 0.3 },
    read: (i) => i.digitalShareChange,
    write: (i, path) => ({ ...i, digitalShareChange: path }),
  },
] as const satisfies readonly InputVariable[];

export type InputId = (typeof INPUTS)[number]['id'];

/** The declaration of a scenario input. */
export function input(id: InputId): InputVariable {
  return INPUTS.find((v) => v.id === id)!;
}

/** The typical yearly move of each sector's growth for the solver (docs/model.md §8.1 lever table). */
export const SECTOR_GROWTH_SIGMA = { all: 2, I: 1.5, II: 3, III: 1.5, T: 3 } as const;

/** File/display value → core value (÷ 100 exactly for percent, as the resolver does). */
export function toCore(v: Pick<InputVariable, 'scale'>, x: number): number {
  return v.scale === PCT ? x / 100 : x * v.scale;
}

/** Core value → file/display value. */
export function toFile(v: Pick<InputVariable, 'scale'>, x: number): number {
  return v.scale === PCT ? x * 100 : x / v.scale;
}
