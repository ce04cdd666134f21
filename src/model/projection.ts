import type { PerSector } from '../core/sectors.ts';
import type { ScalarOutputId, SectorOutputId } from './variables.ts';

/** A yearly path of a projection: a read-only view of the kernel's results (docs/model.md §3). */
export type Path = Float64Array;

/** How a year of a projection was obtained. */
export type YearKind = 'base' | 'actual' | 'partly-actual' | 'projected';

/**
 * The result of one deterministic run. Every array has one value per year of `years`
 * (base year first, then each plan year). Rates and shares are fractions.
 * Money: bn VND at current prices unless the name says real; exports in mn USD;
 * population and labour in thousand persons; per capita in mn VND.
 */
export type Projection = ProjectionMeta & { [K in ScalarOutputId]: Path } & {
  [K in SectorOutputId]: PerSector<Path>;
};

/** What a projection says besides its output series (those come from src/model/variables.ts). */
export interface ProjectionMeta {
  modelId: string;
  years: readonly number[];
  baseYear: number;
  asOf: number | null;
  yearKinds: YearKind[];
  /** Per year, which series were read from the pack's actuals instead of projected. */
  actualSeries: string[][];
  /** The year whose "actuals" are this year's estimate (scenario `estimate`); null: none. */
  estimateYear: number | null;
  indicators: Record<string, Path>;
  /** Period figures over the plan years (base year excluded from sums). */
  period: PeriodFigures;
}

export interface PeriodFigures {
  /** Geometric average real GRDP growth over the plan, docs/model.md eq. (19). */
  avgGrowth: number;
  /** TFP contribution with average rates, docs/model.md eq. (15) (the official convention). */
  tfpShare: number;
  /** TFP contribution as Σ gA ÷ Σ growth (DESIGN.md §3 variant). */
  tfpShareSum: number;
  revenueTotal: number;
  investmentTotal: number;
  exportsTotal: number;
  balanceTotal: number;
}

/** Period figures before a run (all zero). */
export function emptyPeriod(): PeriodFigures {
  return {
    avgGrowth: 0,
    tfpShare: 0,
    tfpShareSum: 0,
    revenueTotal: 0,
    investmentTotal: 0,
    exportsTotal: 0,
    balanceTotal: 0,
  };
}
