import type { Target } from '../schema/target.ts';
import { aboutTolerance, nearTolerance } from '../targets/compare.ts';
import type { ProjectionKernel } from './kernel.ts';

/**
 * A compiled target as plain data, scored by `statusOf` with the same arithmetic as the closures
 * of kernel-targets.ts (`CompiledTarget.status()`), but without any call through a closure: the
 * Monte Carlo scores every target of every draw, and one switch is several times cheaper.
 */
export interface TargetOp {
  /** 0 scalar period figure, 1 one index (level/period), 2 avgGrowth, 3 cumulative, 4 mean, 5 annual, 6 change. */
  reduce: number;
  arr: Float64Array;
  off: number;
  idx: number;
  scalar: 'tfpShare' | 'tfpShareSum' | null;
  scale: number;
  sign: number;
  /** Comparator: 0 atLeast, 1 atMost, 2 range, 3 about, 4 other (always missed). */
  cmp: number;
  value: number;
  min: number;
  max: number;
  near: number;
  tol: number;
  up: boolean;
  down: boolean;
}

const CMP: Record<string, number> = { atLeast: 0, atMost: 1, range: 2, about: 3 };
const RANK = [2, 3, 1, 0];
const EMPTY = new Float64Array(0);

/** The op of a target; `t` is the target whose comparator classifies (the asReduction one for changes). */
export function targetOp(
  t: Target,
  reduce: number,
  ref: { arr: Float64Array; off: number; idx: number; scalar: 'tfpShare' | 'tfpShareSum' | null },
  scale: number,
  sign: number,
): TargetOp {
  const cmp = CMP[t.comparator] ?? 4;
  return {
    reduce,
    arr: ref.arr.length > 0 ? ref.arr : EMPTY,
    off: ref.off,
    idx: ref.idx,
    scalar: ref.scalar,
    scale,
    sign,
    cmp,
    value: t.value ?? 0,
    min: t.min ?? 0,
    max: t.max ?? 0,
    near: nearTolerance(t),
    tol: cmp === 3 ? aboutTolerance(t) : 0,
    up: t.direction === 'up',
    down: t.direction === 'down',
  };
}

/** statusCoder(t)(v) of kernel-targets.ts, branch for branch. */
function codeOf(o: TargetOp, v: number): number {
  switch (o.cmp) {
    case 0: {
      const T = o.value;
      return v >= T ? 0 : v >= T - o.near ? 2 : 3;
    }
    case 1: {
      const T = o.value;
      return v <= T ? 0 : v <= T + o.near ? 2 : 3;
    }
    case 2: {
      const a = o.min;
      const b = o.max;
      if (v >= a && v <= b) return 0;
      if (v > b) return o.up ? 1 : v <= b + o.near ? 2 : 3;
      if (o.down) return 1;
      return v >= a - o.near ? 2 : 3;
    }
    case 3: {
      const d = v - o.value;
      if (Math.abs(d) <= o.tol) return 0;
      if ((d > 0 && o.up) || (d < 0 && o.down)) return 1;
      return Math.abs(d) <= o.tol + o.near ? 2 : 3;
    }
    default:
      return 3;
  }
}

/** Status code of one target on the kernel's current state (same as `CompiledTarget.status()`). */
export function statusOf(o: TargetOp, k: ProjectionKernel): number {
  const arr = o.arr;
  const off = o.off;
  const last = k.n - 1;
  let v: number;
  switch (o.reduce) {
    case 0:
      v = k.period[o.scalar!] * o.scale;
      break;
    case 1:
      v = arr[off + o.idx]! * o.scale;
      break;
    case 2:
      v = (Math.pow(arr[off + last]! / arr[off]!, 1 / last) - 1) * o.scale;
      break;
    case 3:
    case 4: {
      let sum = 0;
      for (let i = 1; i <= last; i++) sum += arr[off + i]!;
      v = o.reduce === 3 ? sum * o.scale : (sum / last) * o.scale;
      break;
    }
    default: {
      // annual (5) and change (6): the worst year's status.
      let worst = -1;
      for (let i = 1; i <= last; i++) {
        const x =
          o.reduce === 5 ? arr[off + i]! * o.scale : o.sign * (arr[off + i]! - arr[off + i - 1]!) * o.scale;
        const c = codeOf(o, x);
        worst = worst < 0 || RANK[c]! < RANK[worst]! ? c : worst;
      }
      return worst < 0 ? 0 : worst;
    }
  }
  return v - v === 0 ? codeOf(o, v) : 4;
}
