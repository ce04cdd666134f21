/**
 * plancast's public entry: pure core functions plus the Node loaders.
 * The browser imports `./core-entry.ts`-style modules directly (no node:*).
 */
export { SECTORS, type Sector, type PerSector } from './core/sectors.ts';
export { PlancastError, formatProblems, type Problem } from './core/problems.ts';
export { project, averageGrowth } from './model/project.ts';
export { resolveScenario, planYears, mergeAssumptions } from './model/resolve-scenario.ts';
export { parseModelPack, type PackFiles } from './model/parse-model-pack.ts';
export type { Projection, PeriodFigures, YearKind } from './model/projection.ts';
export type { ResolvedScenario, RunInput, YearActuals } from './model/resolved-scenario.ts';
export { evaluate, type Scorecard, type ScorecardRow } from './targets/scorecard.ts';
export { evaluateTarget, type TargetOutcome } from './targets/evaluate-target.ts';
export { compare, isMet, type Status, type TargetStatus } from './targets/compare.ts';
export { readSeries, displayScale } from './targets/series.ts';
export { loadModelPack, listModelIds } from './io/load-model-pack.ts';
export { loadScenario, listScenarioNames, readScenarioFile } from './io/load-scenario.ts';
export { consistency, type ConsistencyReport } from './targets/consistency.ts';
export type { Finding } from './targets/consistency-findings.ts';
export {
  goalSeek,
  solveAll,
  withRequired,
  asOfReport,
  findTarget,
  leverDef,
  leverIds,
} from './solve/index.ts';
export type {
  GoalSeekResult,
  MultiTargetResult,
  Required,
  RowWithRequired,
  AsOfProgress,
  LeverDef,
} from './solve/index.ts';
export * from './schema/index.ts';
export { buildApp } from './api/app.ts';
export { startServer, installShutdown, type RunningServer } from './api/server.ts';
export { LIMITS as API_LIMITS, type AppOptions } from './api/options.ts';
export {
  simulate,
  sensitivity,
  defaultSpreads,
  scaleSpreads,
  fanRows,
  DRAW_LIMITS,
  MC_SERIES,
} from './uncertainty/index.ts';
export type {
  SimulateOptions,
  SimulationResult,
  TargetProbability,
  SeriesQuantiles,
  Spreads,
  SensitivityResult,
  SensitivityRow,
} from './uncertainty/index.ts';
export { trendScenario, type TrendDiagnostics } from './forecast/index.ts';
export { simulateParallel } from './workers/mc-pool.ts';
