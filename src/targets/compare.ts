import type { Target } from '../schema/target.ts';
import { codeOf, compileTarget, gapOf, STATUS_CODES, worseCode, type TargetOp } from './scorer.ts';

export { aboutTolerance, nearTolerance } from './scorer.ts';

export type Status = 'met' | 'exceeded' | 'near' | 'missed';
/**
 * A scorecard status: a verdict, `not-modelled` (shown, never scored) or `cannot-assess` (the value
 * rests on a placeholder base figure, so no verdict is honest; docs/model.md §5.5).
 */
export type TargetStatus = Status | 'not-modelled' | 'cannot-assess';

/** Every scorecard status, in the order summaries list them. */
export const TARGET_STATUSES = [
  'met',
  'exceeded',
  'near',
  'missed',
  'cannot-assess',
  'not-modelled',
] as const;

/** The comparator of each target, compiled once (src/targets/scorer.ts is the one scorer). */
const compiled = new WeakMap<Target, TargetOp>();

function comparatorOf(t: Target): TargetOp {
  let op = compiled.get(t);
  if (!op) {
    op = compileTarget(t, 1, 1);
    compiled.set(t, op);
  }
  return op;
}

/**
 * Classifies a value (in the target's unit) against a target, docs/model.md §5.2, with the
 * scorer's tolerance. `gap` is the signed distance to the nearest satisfying value (0 when met).
 */
export function compare(t: Target, v: number): { status: Status; gap: number } {
  const op = comparatorOf(t);
  return { status: STATUS_CODES[codeOf(op, v)] as Status, gap: gapOf(t, op, v) };
}

const CODE: Record<Status, number> = { met: 0, exceeded: 1, near: 2, missed: 3 };

/** The worse of two statuses (for "annual" and "change" targets: every year must meet). */
export function worse(a: Status, b: Status): Status {
  return STATUS_CODES[worseCode(CODE[a], CODE[b])] as Status;
}

/** True when a status counts as meeting the target. */
export function isMet(s: TargetStatus): boolean {
  return s === 'met' || s === 'exceeded';
}
