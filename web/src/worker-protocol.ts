import type { LocalizedText } from '../../src/schema/common.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import type { FanRow, SensitivityRowLike } from '../../src/charts/index.ts';
import type { BacktestResult } from '../../src/backtest/schema.ts';
import { SpreadsFrom } from '../../src/uncertainty/calibration.ts';

/** Main thread → worker. Each request carries a sequence number; the worker drops stale ones. */
export type ToWorker =
  | { kind: 'required'; seq: number; spec: ScenarioSpec }
  | {
      kind: 'simulate';
      seq: number;
      spec: ScenarioSpec;
      draws: number;
      seed: number;
      /** Where the growth spread comes from (docs/model.md §9.2); auto: the record where it allows. */
      spreads: SpreadsOnPage;
    }
  | { kind: 'sensitivity'; seq: number; spec: ScenarioSpec }
  | { kind: 'cancel'; seq: number }
  /** The backtest of a pack (docs/model.md §11.1): deterministic, asked once per pack. */
  | { kind: 'backtest'; seq: number; pack: string };

export interface RequiredOut {
  lever: string;
  value: number | null;
  unit: string;
  current: number | null;
  reachable: boolean;
  label: LocalizedText | null;
}

/** The page's choice of spreads: the library's `record` or `design` (SpreadsFrom), or its own default (`auto`). */
export type SpreadsOnPage = 'auto' | SpreadsFrom;
export const SPREADS_ON_PAGE: readonly SpreadsOnPage[] = ['auto', ...SpreadsFrom.options];

/** A fan per charted series plus P(met) per target. */
export interface SimulationOut {
  draws: number;
  /** The spreads the run used: where from, and total GRDP growth's σ (fraction) and its n (0: design). */
  spreads: { used: SpreadsFrom; sigma: number; n: number };
  fans: Record<string, FanRow[]>;
  pMet: Record<string, number>;
  /** P(all headline met) with its Wilson interval, and P(k of n met) (docs/model.md §9.1). */
  joint?: { pAll: number; lo: number; hi: number; n: number; pK: number[] };
}

/** Worker → main thread. */
export type FromWorker =
  | { kind: 'required'; seq: number; rows: Record<string, RequiredOut | null> | null }
  | { kind: 'progress'; seq: number; done: number; total: number }
  | { kind: 'simulated'; seq: number; result: SimulationOut }
  /** Tornado rows of every modelled target; null (with `error` when it failed) if none. */
  | { kind: 'sensitivity'; seq: number; rows: SensitivityRowLike[] | null; error?: string }
  | { kind: 'unavailable'; seq: number; what: 'simulate' | 'required' }
  | { kind: 'error'; seq: number; message: string }
  | { kind: 'backtest'; seq: number; result: BacktestResult | null };
