import type { PerSector } from '../core/sectors.ts';

/** How a year of a projection was obtained. */
export type YearKind = 'base' | 'actual' | 'partly-actual' | 'projected';

/**
 * The result of one deterministic run. Every array has one value per year of `years`
 * (base year first, then each plan year). Rates and shares are fractions.
 * Money: bn VND at current prices unless the name says real; exports in mn USD;
 * population and labour in thousand persons; per capita in mn VND.
 */
export interface Projection {
  modelId: string;
  years: number[];
  baseYear: number;
  asOf: number | null;
  yearKinds: YearKind[];
  /** Per year, which series were read from the pack's actuals instead of projected. */
  actualSeries: string[][];
  real: PerSector<number[]>;
  nominal: PerSector<number[]>;
  deflator: PerSector<number[]>;
  share: PerSector<number[]>;
  /** Real growth per sector used each year (base year: total GRDP growth, the split is unknown). */
  sectorGrowth: PerSector<number[]>;
  grdpReal: number[];
  grdpNominal: number[];
  grdpDeflator: number[];
  growth: number[];
  population: number[];
  perCapita: number[];
  revenue: number[];
  ownRevenue: number[];
  recurrent: number[];
  selfBalance: number[];
  transfers: number[];
  development: number[];
  balance: number[];
  investment: number[];
  investmentRate: number[];
  capital: number[];
  capitalGrowth: number[];
  labour: number[];
  tfpGrowth: number[];
  exports: number[];
  indicators: Record<string, number[]>;
  /** Period figures over the plan years (base year excluded from sums). */
  period: PeriodFigures;
}

export interface PeriodFigures {
  /** Geometric average real GRDP growth over the plan, MODEL.md eq. (19). */
  avgGrowth: number;
  /** TFP contribution with average rates, MODEL.md eq. (15) (the official convention). */
  tfpShare: number;
  /** TFP contribution as Σ gA ÷ Σ growth (DESIGN.md §3 variant). */
  tfpShareSum: number;
  revenueTotal: number;
  investmentTotal: number;
  exportsTotal: number;
  balanceTotal: number;
}
