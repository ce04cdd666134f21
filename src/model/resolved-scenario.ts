import type { PerSector } from '../core/sectors.ts';
import type { LocalizedText } from '../schema/common.ts';

/**
 * What the core takes: every assumption filled for every plan year, rates as FRACTIONS
 * (0.085, not 8.5), shocks already folded into `growth`. Arrays are indexed by plan-year
 * offset: index 0 is the first plan year (`years[0]`).
 */
export interface ResolvedScenario {
  modelId: string;
  name: LocalizedText | null;
  years: number[];
  growth: PerSector<number[]>;
  deflator: PerSector<number[]>;
  populationGrowth: number[];
  budget: {
    mode: 'ratio' | 'buoyancy';
    revenueRatio: number[];
    buoyancy: number;
    retainedShare: number;
    recurrentGrowth: number[];
    transferGrowth: number[];
    developmentShareOfOwn: number[];
    developmentShareOfTransfers: number[];
  };
  investment: { mode: 'icor' | 'rate'; icor: number[]; rate: number[]; depreciation: number };
  labourGrowth: number[];
  capitalShare: number;
  exportGrowth: number[];
  /** Change of the digital economy share of GRDP per year (fraction points), docs/model.md eq. (90). */
  digitalShareChange: number[];
  indicatorChange: Record<string, number[]>;
  /** Years up to this one read the pack's actuals; null: project every plan year. */
  asOf: number | null;
  /** The year whose actuals are this year's estimate (scenario `estimate`), not published figures. */
  estimateYear?: number;
}

/** What the pack's actuals say of one plan year (fractions for rates, levels in series units). */
export interface YearActuals {
  grdpGrowth?: number;
  /** Nominal GRDP (bn VND, current prices): when published, the year's deflator is derived from it (eq. 33b). */
  grdpNominal?: number;
  sectorGrowth: Partial<PerSector<number>>;
  population?: number;
  revenue?: number;
  investment?: number;
  exports?: number;
  indicators: Record<string, number>;
}

/** A resolved scenario with the actuals of the years up to `asOf` looked up (null: projected year). */
export interface RunInput extends ResolvedScenario {
  actuals: (YearActuals | null)[];
}
