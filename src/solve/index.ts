export {
  goalSeek,
  figuresOf,
  type GoalSeekResult,
  type SideEffect,
  type UnreachableReason,
} from './goal-seek.ts';
export {
  solveAll,
  defaultLevers,
  SECTOR_LEVERS,
  type MultiTargetResult,
  type MultiTargetOptions,
} from './multi-target.ts';
export { withRequired, type Required, type RowWithRequired } from './required.ts';
export { asOfReport, asOfProgress, type AsOfProgress } from './as-of-report.ts';
export {
  leverDef,
  leverIds,
  parseLever,
  applyLever,
  applyLevers,
  baseLeverValue,
  LEVER_RANGES,
  type LeverDef,
} from './levers.ts';
export { findTarget } from './find-target.ts';
export { brent } from './brent.ts';
