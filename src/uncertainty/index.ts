/**
 * Uncertainty: Monte Carlo (docs/model.md §9) and one-at-a-time sensitivity (§10). Pure: no node:*,
 * no clock, seeded randomness only; the worker pool lives in src/workers/.
 */
export {
  simulate,
  summarize,
  summarizeSlot,
  checkSimulateOptions,
  fanRows,
  DRAW_LIMITS,
  QUANTILE_ERROR,
} from './simulate.ts';
export type {
  SimulateOptions,
  SimulationResult,
  TargetProbability,
  SeriesQuantiles,
  SlotSummary,
  QuantileError,
} from './simulate.ts';
export { SlotSketches, QUANTILE_RELATIVE_ERROR, BINS_PER_BINADE, type SketchData } from './sketch.ts';
export { McPlan, MC_SERIES, type McSeries, type McStore } from './plan.ts';
export { ProjectionKernel } from '../model/kernel.ts';
export { compileTargets, type CompiledTarget } from '../targets/compile.ts';
export { STATUS_CODES } from '../targets/scorer.ts';
export {
  defaultSpreads,
  scaleSpreads,
  DEFAULT_GROWTH,
  DEFAULT_DEFLATOR,
  type Spreads,
  type SectorSpread,
  type SpreadSources,
} from './spreads.ts';
export {
  quantileSorted,
  quantilesInPlace,
  wilsonInterval,
  histogram,
  QUANTILE_LEVELS,
  type Histogram,
} from './quantile.ts';
export { drawStream, DrawStream, MAX_SEED } from './rng.ts';
export { normalQuantile } from './normal-quantile.ts';
export { cholesky, choleskyWithJitter } from './linalg.ts';
export {
  sensitivity,
  SENSITIVITY_ASSUMPTIONS,
  type SensitivityResult,
  type SensitivityRow,
} from './sensitivity.ts';
export { JointPlan, JointOutcomeSchema, CountMetSchema, type JointOutcome, type CountMet } from './joint.ts';
export { calibrateGrowth, CalibrationSchema, SpreadsFrom, type Calibration } from './calibration.ts';
export {
  growthRecord,
  fitRecord,
  rollingOriginErrors,
  type GrowthPoint,
  type RecordFit,
} from './record-spreads.ts';
export { planGaps, type PlanGap } from './plan-gaps.ts';
export type { SpreadChoice } from './plan.ts';
