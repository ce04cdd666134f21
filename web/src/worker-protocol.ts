import type { LocalizedText } from '../../src/schema/common.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import type { FanRow } from '../../src/charts/uncertainty.ts';

/** Main thread → worker. Each request carries a sequence number; the worker drops stale ones. */
export type ToWorker =
  | { kind: 'required'; seq: number; spec: ScenarioSpec }
  | { kind: 'simulate'; seq: number; spec: ScenarioSpec; draws: number; seed: number }
  | { kind: 'cancel'; seq: number };

export interface RequiredOut {
  lever: string;
  value: number | null;
  unit: string;
  current: number | null;
  reachable: boolean;
  label: LocalizedText | null;
}

/** A fan per charted series plus P(met) per target and, when the module gives it, a tornado. */
export interface SimulationOut {
  draws: number;
  fans: Record<string, FanRow[]>;
  pMet: Record<string, number>;
  tornado: {
    target: string;
    base: number;
    unit: string;
    rows: { label: LocalizedText; low: number; high: number }[];
  } | null;
}

/** Worker → main thread. */
export type FromWorker =
  | { kind: 'required'; seq: number; rows: Record<string, RequiredOut | null> | null }
  | { kind: 'progress'; seq: number; done: number; total: number }
  | { kind: 'simulated'; seq: number; result: SimulationOut }
  | { kind: 'unavailable'; seq: number; what: 'simulate' | 'required' }
  | { kind: 'error'; seq: number; message: string };
