import { assertNever, SECTORS, type Sector } from '../core/sectors.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';
import { aboutTolerance, nearTolerance, type Status } from '../targets/compare.ts';
import { displayScale, PATH_SERIES } from '../targets/series.ts';
import type { ProjectionKernel } from './kernel.ts';
import { targetOp, type TargetOp } from './kernel-status.ts';

/** Where a series lives in a kernel: a yearly path (array + offset) or a period figure. */
export type SeriesRef =
  { kind: 'path'; arr: Float64Array; off: number } | { kind: 'scalar'; key: 'tfpShare' | 'tfpShareSum' };

const PATHS = PATH_SERIES;

/** Resolves a series key of src/targets/series.ts to the kernel's arrays; null when unknown. */
export function kernelSeries(k: ProjectionKernel, key: string): SeriesRef | null {
  if (key === 'tfpShare' || key === 'tfpShareSum') return { kind: 'scalar', key };
  if ((PATHS as readonly string[]).includes(key))
    return { kind: 'path', arr: k[key as (typeof PATHS)[number]], off: 0 };
  const [head, tail] = key.split('.', 2) as [string, string | undefined];
  if (tail === undefined) return null;
  if (head === 'indicator') {
    const j = k.indicatorIds.indexOf(tail);
    return j < 0 ? null : { kind: 'path', arr: k.indicators, off: j * k.n };
  }
  const i = SECTORS.indexOf(tail as Sector);
  if (i < 0) return null;
  if (head === 'real') return { kind: 'path', arr: k.real, off: i * k.n };
  if (head === 'nominal') return { kind: 'path', arr: k.nominal, off: i * k.n };
  if (head === 'share') return { kind: 'path', arr: k.share, off: i * k.n };
  return null;
}

/** Status codes counted per target: 0 met, 1 exceeded, 2 near, 3 missed, 4 not computable. */
export const STATUS_CODES = ['met', 'exceeded', 'near', 'missed', 'undefined'] as const;
/** Status code of a scorecard status. */
export const STATUS_CODE: Record<Status, number> = { met: 0, exceeded: 1, near: 2, missed: 3 };
const RANK = [2, 3, 1, 0];

/**
 * `compare(t, v).status` of src/targets/compare.ts as a status code, with the tolerances
 * computed once: the same branches in the same order, without allocating.
 */
export function statusCoder(t: Target): (v: number) => number {
  const near = nearTolerance(t);
  const up = t.direction === 'up';
  const down = t.direction === 'down';
  switch (t.comparator) {
    case 'atLeast': {
      const T = t.value!;
      return (v) => (v >= T ? 0 : v >= T - near ? 2 : 3);
    }
    case 'atMost': {
      const T = t.value!;
      return (v) => (v <= T ? 0 : v <= T + near ? 2 : 3);
    }
    case 'range': {
      const a = t.min!;
      const b = t.max!;
      return (v) => {
        if (v >= a && v <= b) return 0;
        if (v > b) return up ? 1 : v <= b + near ? 2 : 3;
        if (down) return 1;
        return v >= a - near ? 2 : 3;
      };
    }
    case 'about': {
      const T = t.value!;
      const tol = aboutTolerance(t);
      return (v) => {
        const d = v - T;
        if (Math.abs(d) <= tol) return 0;
        if ((d > 0 && up) || (d < 0 && down)) return 1;
        return Math.abs(d) <= tol + near ? 2 : 3;
      };
    }
    default:
      return () => 3;
  }
}

/**
 * A target compiled against a kernel: `status()` reduces the series as src/targets/evaluate-target.ts
 * does (level, avgGrowth, cumulative, mean, period, annual, change) and classifies with `compare`.
 */
export interface CompiledTarget {
  target: Target;
  /** The value compared with the target (target unit; worst year or mean change as the scorecard shows). */
  value(): number;
  /** Status code of the current kernel state (see STATUS_CODES). */
  status(): number;
  /** The same scoring as plain data, for the Monte Carlo's closure-free loop (kernel-status.ts). */
  op?: TargetOp;
}

/** Compiles every target of the pack that a kernel can score (modelled and with a known series). */
export function compileTargets(pack: ModelPack, k: ProjectionKernel): CompiledTarget[] {
  const out: CompiledTarget[] = [];
  for (const t of pack.targets) {
    if (t.modelled === 'no' || !t.series) continue;
    const ref = kernelSeries(k, t.series);
    if (ref) out.push({ ...compileOne(t, ref, k), op: opOf(t, ref, k) });
  }
  return out;
}

function compileOne(t: Target, ref: SeriesRef, k: ProjectionKernel): CompiledTarget {
  const scale = t.kind === 'avgGrowth' ? 100 : displayScale(t.series!);
  const code = statusCoder(t);
  const single = (value: () => number): CompiledTarget => ({
    target: t,
    value,
    status: () => {
      const v = value();
      return v - v === 0 ? code(v) : 4;
    },
  });
  if (ref.kind === 'scalar') return single(() => k.period[ref.key] * scale);
  const { arr, off } = ref;
  const last = k.n - 1;
  switch (t.kind) {
    case 'level': {
      const found = t.year !== undefined ? k.years.indexOf(t.year) : last;
      const idx = found < 0 ? last : found;
      return single(() => arr[off + idx]! * scale);
    }
    case 'avgGrowth':
      return single(() => (Math.pow(arr[off + last]! / arr[off]!, 1 / last) - 1) * scale);
    case 'cumulative':
      return single(() => {
        let sum = 0;
        for (let i = 1; i <= last; i++) sum += arr[off + i]!;
        return sum * scale;
      });
    case 'mean':
      return single(() => {
        let sum = 0;
        for (let i = 1; i <= last; i++) sum += arr[off + i]!;
        return (sum / last) * scale;
      });
    case 'period':
      return single(() => arr[off + last]! * scale);
    case 'annual':
      return everyYear(t, last, (i) => arr[off + i]! * scale, false);
    case 'change': {
      const sign = t.direction === 'down' ? -1 : 1;
      const asReduction: Target = { ...t, direction: t.direction === 'neutral' ? 'neutral' : 'up' };
      return everyYear(asReduction, last, (i) => sign * (arr[off + i]! - arr[off + i - 1]!) * scale, true, t);
    }
    default:
      return assertNever(t.kind);
  }
}

const KINDS: Record<Target['kind'], number> = {
  level: 1,
  period: 1,
  avgGrowth: 2,
  cumulative: 3,
  mean: 4,
  annual: 5,
  change: 6,
};

/** compileOne's reduction and comparator as data (see kernel-status.ts). */
function opOf(t: Target, ref: SeriesRef, k: ProjectionKernel): TargetOp {
  const scale = t.kind === 'avgGrowth' ? 100 : displayScale(t.series!);
  const last = k.n - 1;
  if (ref.kind === 'scalar')
    return targetOp(t, 0, { arr: new Float64Array(0), off: 0, idx: 0, scalar: ref.key }, scale, 1, last);
  let idx = last;
  if (t.kind === 'level' && t.year !== undefined) {
    const found = k.years.indexOf(t.year);
    idx = found < 0 ? last : found;
  }
  const r = { arr: ref.arr, off: ref.off, idx, scalar: null };
  if (t.kind !== 'change') return targetOp(t, KINDS[t.kind], r, scale, 1, last);
  const asReduction: Target = { ...t, direction: t.direction === 'neutral' ? 'neutral' : 'up' };
  return targetOp(asReduction, 6, r, scale, t.direction === 'down' ? -1 : 1, last);
}

/** Every plan year must meet: the status is the worst year's (src/targets/compare.ts `worse`). */
function everyYear(
  t: Target,
  last: number,
  at: (i: number) => number,
  mean: boolean,
  shown: Target = t,
): CompiledTarget {
  const code = statusCoder(t);
  return {
    target: shown,
    value: () => {
      if (mean) {
        let sum = 0;
        for (let i = 1; i <= last; i++) sum += at(i);
        return sum / Math.max(1, last);
      }
      // The worst year's value (lowest status rank; ties keep the first year).
      let worst = NaN;
      let worstRank = Infinity;
      for (let i = 1; i <= last; i++) {
        const v = at(i);
        const r = RANK[code(v)]!;
        if (r < worstRank) {
          worst = v;
          worstRank = r;
        }
      }
      return worst;
    },
    status: () => {
      let worst = -1;
      for (let i = 1; i <= last; i++) {
        const c = code(at(i));
        // The worse of two statuses: missed < near < met < exceeded (met and exceeded give met).
        worst = worst < 0 || RANK[c]! < RANK[worst]! ? c : worst;
      }
      return worst < 0 ? 0 : worst;
    },
  };
}
