import { assertNever } from '../core/sectors.ts';
import type { Target } from '../schema/target.ts';

export type Status = 'met' | 'exceeded' | 'near' | 'missed';
export type TargetStatus = Status | 'not-modelled';

const PERCENT_UNITS = new Set(['%', '%/yr', 'pp/yr']);

/** Tolerance of "about" targets: the target's own, else 1 pp for percentages and 2 % of the value for levels. */
export function aboutTolerance(t: Target): number {
  if (t.tol !== undefined) return t.tol;
  return PERCENT_UNITS.has(t.unit) ? 1 : 0.02 * Math.abs(t.value ?? 0);
}

/** Band below (or above) a target still called "near": MODEL.md §5.2 defaults. */
export function nearTolerance(t: Target): number {
  if (t.nearTol !== undefined) return t.nearTol;
  if (PERCENT_UNITS.has(t.unit)) return 0.3;
  const ref = t.comparator === 'range' ? (t.min ?? 0) : (t.value ?? 0);
  return 0.02 * Math.abs(ref);
}

/**
 * Classifies a value (in the target's unit) against a target, MODEL.md §5.2.
 * `gap` is the signed distance to the nearest satisfying value (0 when satisfied).
 */
export function compare(t: Target, v: number): { status: Status; gap: number } {
  const near = nearTolerance(t);
  switch (t.comparator) {
    case 'atLeast': {
      const T = t.value!;
      if (v >= T) return { status: 'met', gap: 0 };
      return { status: v >= T - near ? 'near' : 'missed', gap: v - T };
    }
    case 'atMost': {
      const T = t.value!;
      if (v <= T) return { status: 'met', gap: 0 };
      return { status: v <= T + near ? 'near' : 'missed', gap: v - T };
    }
    case 'range': {
      const a = t.min!;
      const b = t.max!;
      if (v >= a && v <= b) return { status: 'met', gap: 0 };
      // Beyond the band on the good side is "exceeded"; on the other side near or missed.
      if (v > b) {
        if (t.direction === 'up') return { status: 'exceeded', gap: v - b };
        return { status: v <= b + near ? 'near' : 'missed', gap: v - b };
      }
      if (t.direction === 'down') return { status: 'exceeded', gap: v - a };
      return { status: v >= a - near ? 'near' : 'missed', gap: v - a };
    }
    case 'about': {
      const T = t.value!;
      const tol = aboutTolerance(t);
      const d = v - T;
      if (Math.abs(d) <= tol) return { status: 'met', gap: 0 };
      const gap = d > 0 ? d - tol : d + tol;
      if ((d > 0 && t.direction === 'up') || (d < 0 && t.direction === 'down'))
        return { status: 'exceeded', gap };
      return { status: Math.abs(d) <= tol + near ? 'near' : 'missed', gap };
    }
    default:
      return assertNever(t.comparator);
  }
}

const RANK: Record<Status, number> = { missed: 0, near: 1, met: 2, exceeded: 3 };

/** The worse of two statuses (for "annual" and "change" targets: every year must meet). */
export function worse(a: Status, b: Status): Status {
  if (a === 'exceeded' && b === 'met') return 'met';
  return RANK[a] <= RANK[b] ? a : b;
}

/** True when a status counts as meeting the target. */
export function isMet(s: TargetStatus): boolean {
  return s === 'met' || s === 'exceeded';
}
