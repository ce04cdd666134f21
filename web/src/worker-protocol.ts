import type { LocalizedText } from '../../src/schema/common.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import type { FanRow, SensitivityRowLike } from '../../src/charts/index.ts';

/** Main thread → worker. Each request carries a sequence number; the worker drops stale ones. */
export type ToWorker =
  | { kind: 'required'; seq: number; spec: ScenarioSpec }
  | { kind: 'simulate'; seq: number; spec: ScenarioSpec; draws: number; seed: number }
  | { kind: 'sensitivity'; seq: number; spec: ScenarioSpec }
  | { kind: 'cancel'; seq: number };

export interface RequiredOut {
  lever: string;
  value: number | null;
  unit: string;
  current: number | null;
  reachable: boolean;
  label: LocalizedText | null;
}

/** A fan per charted series plus P(met) per target. */
export interface SimulationOut {
  draws: number;
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
  | { kind: 'error'; seq: number; message: string };
