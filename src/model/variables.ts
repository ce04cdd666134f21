import type { LocalizedText } from '../schema/common.ts';

/**
 * The variable list: every output series of a run and every scenario input, declared once with its
 * unit, labels, equation (docs/model.md) and the facts each layer needs. The projection's named
 * view, the run's JSON schema, the CSV and xlsx columns, the scenario schema's ranges, the solver's
 * levers, the sensitivity steps and the page's sliders all derive from these two lists.
 * Low in the core: imports nothing but types.
 */

/** What kind of quantity a series is, which decides how it may be summed or averaged. */
export type SeriesKind = 'level' | 'flow' | 'share' | 'rate' | 'index';

export interface OutputVariable {
  /** The series id: the key in the projection, in `run --json` `series`, and the kernel's array name. */
  id: OutputId;
  /** One path per sector (I, II, III, T), sector-major in the kernel. */
  perSector: boolean;
  /** Unit of the core value (fractions for shares and rates). */
  unit: string;
  /** Display = core × scale (100 for fractions shown in percent). */
  scale: number;
  kind: SeriesKind;
  label: LocalizedText;
  /** The equation of docs/model.md that computes it. */
  equation: string;
  /** Column of the CSV and xlsx exports (`{s}` stands for the sector); null when not exported. */
  column: string | null;
  /**
   * The label of one sector's path (`{s}` stands for the sector's name) where "label, sector" does
   * not read well; src/model/series-label.ts.
   */
  sectorLabel?: LocalizedText;
}

const L = (vi: string, en: string): LocalizedText => ({ vi, en });

/** Every output series, in the order of the exports. */
export const OUTPUTS = [
  {
    id: 'grdpReal',
    perSector: false,
    unit: 'bn VND, 2010 prices',
    scale: 1,
    kind: 'level',
    label: L('GRDP giá so sánh 2010 (tỷ đồng)', 'GRDP, constant 2010 prices (bn VND)'),
    equation: '(4)',
    column: 'grdp_real_bn_vnd',
  },
  {
    id: 'grdpNominal',
    perSector: false,
    unit: 'bn VND',
    scale: 1,
    kind: 'level',
    label: L('GRDP giá hiện hành (tỷ đồng)', 'GRDP, current prices (bn VND)'),
    equation: '(4)',
    column: 'grdp_nominal_bn_vnd',
  },
  {
    id: 'growth',
    perSector: false,
    unit: 'fraction/yr',
    scale: 100,
    kind: 'rate',
    label: L('Tăng trưởng GRDP (%)', 'GRDP growth (%)'),
    equation: '(5)',
    column: 'grdp_growth_pct',
  },
  {
    id: 'grdpDeflator',
    perSector: false,
    unit: 'index, 2010 = 1',
    scale: 1,
    kind: 'index',
    label: L('Chỉ số giảm phát GRDP', 'GRDP deflator'),
    equation: '(4)',
    column: 'grdp_deflator',
  },
  {
    id: 'real',
    perSector: true,
    unit: 'bn VND, 2010 prices',
    scale: 1,
    kind: 'level',
    label: L('Giá trị tăng thêm giá so sánh (tỷ đồng)', 'Value added, constant prices (bn VND)'),
    equation: '(1)',
    column: 'real_{s}_bn_vnd',
  },
  {
    id: 'nominal',
    perSector: true,
    unit: 'bn VND',
    scale: 1,
    kind: 'level',
    label: L('Giá trị tăng thêm giá hiện hành (tỷ đồng)', 'Value added, current prices (bn VND)'),
    equation: '(3)',
    column: 'nominal_{s}_bn_vnd',
  },
  {
    id: 'sectorGrowth',
    perSector: true,
    unit: 'fraction/yr',
    scale: 100,
    kind: 'rate',
    label: L('Tăng trưởng khu vực (%)', 'Sector growth (%)'),
    equation: '(1), (33)',
    column: 'growth_{s}_pct',
  },
  {
    id: 'share',
    perSector: true,
    unit: 'fraction of GRDP',
    scale: 100,
    kind: 'share',
    label: L('Cơ cấu I/II/III/thuế (%)', 'Structure I/II/III/taxes (%)'),
    sectorLabel: L('Tỷ trọng {s} (%)', 'Share of {s} (%)'),
    equation: '(6)',
    column: 'share_{s}_pct',
  },
  {
    id: 'deflator',
    perSector: true,
    unit: 'index, 2010 = 1',
    scale: 1,
    kind: 'index',
    label: L('Chỉ số giảm phát khu vực', 'Sector deflator'),
    equation: '(2)',
    column: null,
  },
  {
    id: 'population',
    perSector: false,
    unit: 'thousand persons',
    scale: 1,
    kind: 'level',
    label: L('Dân số trung bình (nghìn người)', 'Average population (thousand)'),
    equation: '(7)',
    column: 'population_thousand',
  },
  {
    id: 'perCapita',
    perSector: false,
    unit: 'mn VND',
    scale: 1,
    kind: 'level',
    label: L('GRDP bình quân đầu người (triệu đồng)', 'GRDP per capita (mn VND)'),
    equation: '(8)',
    column: 'per_capita_mn_vnd',
  },
  {
    id: 'revenue',
    perSector: false,
    unit: 'bn VND',
    scale: 1,
    kind: 'flow',
    label: L('Thu ngân sách (tỷ đồng)', 'Budget revenue (bn VND)'),
    equation: '(9a), (9b)',
    column: 'revenue_bn_vnd',
  },
  {
    id: 'ownRevenue',
    perSector: false,
    unit: 'bn VND',
    scale: 1,
    kind: 'flow',
    label: L('Thu ngân sách địa phương được hưởng (tỷ đồng)', 'Own revenue kept by the province (bn VND)'),
    equation: '(25)',
    column: 'own_revenue_bn_vnd',
  },
  {
    id: 'recurrent',
    perSector: false,
    unit: 'bn VND',
    scale: 1,
    kind: 'flow',
    label: L('Chi thường xuyên (tỷ đồng)', 'Recurrent spending (bn VND)'),
    equation: '(10)',
    column: 'recurrent_spending_bn_vnd',
  },
  {
    id: 'transfers',
    perSector: false,
    unit: 'bn VND',
    scale: 1,
    kind: 'flow',
    label: L('Bổ sung từ ngân sách trung ương (tỷ đồng)', 'Central transfers (bn VND)'),
    equation: '(26)',
    column: 'transfers_bn_vnd',
  },
  {
    id: 'development',
    perSector: false,
    unit: 'bn VND',
    scale: 1,
    kind: 'flow',
    label: L('Chi đầu tư phát triển (tỷ đồng)', 'Development spending (bn VND)'),
    equation: '(27)',
    column: 'development_spending_bn_vnd',
  },
  {
    id: 'balance',
    perSector: false,
    unit: 'bn VND',
    scale: 1,
    kind: 'flow',
    label: L('Cân đối ngân sách địa phương (tỷ đồng)', 'Local budget balance (bn VND)'),
    equation: '(28)',
    column: 'budget_balance_bn_vnd',
  },
  {
    id: 'selfBalance',
    perSector: false,
    unit: 'fraction',
    scale: 100,
    kind: 'share',
    label: L('Tỷ lệ tự cân đối chi thường xuyên (%)', 'Self-balance of recurrent spending (%)'),
    equation: '(11)',
    column: 'self_balance_pct',
  },
  {
    id: 'investment',
    perSector: false,
    unit: 'bn VND',
    scale: 1,
    kind: 'flow',
    label: L('Vốn đầu tư toàn xã hội (tỷ đồng)', 'Social investment (bn VND)'),
    equation: '(12a), (12b)',
    column: 'investment_bn_vnd',
  },
  {
    id: 'investmentRate',
    perSector: false,
    unit: 'fraction of GRDP',
    scale: 100,
    kind: 'share',
    label: L('Tỷ lệ vốn đầu tư/GRDP (%)', 'Investment rate (% of GRDP)'),
    equation: '(29)',
    column: 'investment_rate_pct',
  },
  {
    id: 'icorImplied',
    perSector: false,
    unit: 'ICOR',
    scale: 1,
    kind: 'index',
    label: L('Hệ số ICOR (kết quả)', 'ICOR implied (investment ÷ increase in GRDP)'),
    equation: '(12c)',
    column: 'icor_implied',
  },
  {
    id: 'capital',
    perSector: false,
    unit: 'bn VND, 2010 prices',
    scale: 1,
    kind: 'level',
    label: L('Vốn sản xuất giá so sánh (tỷ đồng)', 'Capital stock, constant prices (bn VND)'),
    equation: '(13)',
    column: 'capital_stock_real_bn_vnd',
  },
  {
    id: 'capitalGrowth',
    perSector: false,
    unit: 'fraction/yr',
    scale: 100,
    kind: 'rate',
    label: L('Tăng vốn sản xuất (%)', 'Capital stock growth (%)'),
    equation: '(13)',
    column: null,
  },
  {
    id: 'labour',
    perSector: false,
    unit: 'thousand persons',
    scale: 1,
    kind: 'level',
    label: L('Lao động có việc làm (nghìn người)', 'Employed labour (thousand)'),
    equation: '(17)',
    column: 'labour_thousand',
  },
  {
    id: 'tfpGrowth',
    perSector: false,
    unit: 'fraction/yr',
    scale: 100,
    kind: 'rate',
    label: L('Tăng năng suất các nhân tố tổng hợp (%)', 'TFP growth (%)'),
    equation: '(14)',
    column: 'tfp_growth_pct',
  },
  {
    id: 'exports',
    perSector: false,
    unit: 'mn USD',
    scale: 1,
    kind: 'flow',
    label: L('Kim ngạch xuất khẩu (triệu USD)', 'Exports (mn USD)'),
    equation: '(16)',
    column: 'exports_mn_usd',
  },
  {
    id: 'digitalShare',
    perSector: false,
    unit: 'fraction of GRDP',
    scale: 100,
    kind: 'share',
    label: L('Kinh tế số trong GRDP (%)', 'Digital economy, share of GRDP (%)'),
    equation: '(90)',
    column: 'digital_share_pct',
  },
] as const satisfies readonly (Omit<OutputVariable, 'id'> & { id: string })[];

export type OutputId = (typeof OUTPUTS)[number]['id'];
/** Output series with one path for the whole province. */
export type ScalarOutputId = Extract<(typeof OUTPUTS)[number], { perSector: false }>['id'];
/** Output series with one path per sector. */
export type SectorOutputId = Extract<(typeof OUTPUTS)[number], { perSector: true }>['id'];

export const SCALAR_OUTPUTS = OUTPUTS.filter((o) => !o.perSector).map((o) => o.id) as ScalarOutputId[];
export const SECTOR_OUTPUTS = OUTPUTS.filter((o) => o.perSector).map((o) => o.id) as SectorOutputId[];

/** The scenario inputs: declared in input-variables.ts, part of the same list. */
export { INPUTS, input, type InputId, type InputVariable } from './input-variables.ts';

/** The declaration of an output series. */
export function output(id: OutputId): OutputVariable {
  return OUTPUTS.find((o) => o.id === id)!;
}
