import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { ProjectionKernel } from '../model/kernel.ts';
import { compileTargets, kernelSeries, type CompiledTarget } from '../targets/compile.ts';
import { STATUS_CODES, statusOf, type TargetOp } from '../targets/scorer.ts';
import { SECTORS } from '../core/sectors.ts';
import { calibrateGrowth, type Calibration, type SpreadsFrom } from './calibration.ts';
import { JointPlan } from './joint.ts';
import { InputSampler } from './sampler.ts';
import { SlotSketches } from './sketch.ts';
import { defaultSpreads, scaleSpreads, type SpreadSources, type Spreads } from './spreads.ts';

/** Draws buffered, slot-major, before the sketch counts them slot by slot. */
const ROWS = 1024;

/** Series whose yearly quantiles are kept (docs/model.md §9 fan charts). */
export const MC_SERIES = [
  'growth',
  'grdpNominal',
  'share.I',
  'share.II',
  'share.III',
  'share.T',
  'perCapita',
  'revenue',
  'investment',
  'exports',
] as const;
export type McSeries = (typeof MC_SERIES)[number];

/**
 * Where the draws go, summarised as they stream (no draw is stored): `sketch` counts each slot's
 * values (slot = series × plan year) in fixed log-linear bins with its exact min and max;
 * `counts` holds per target the draws in each status (STATUS_CODES order). Both are integer
 * tallies, so stores filled by several workers or in any chunks merge to the same numbers.
 */
export interface McStore {
  draws: number;
  sketch: SlotSketches;
  counts: Float64Array;
  /** Joint tallies (src/uncertainty/joint.ts `JointPlan` layout), integer counts as `counts`. */
  joint: Float64Array;
}

/** How the spreads of a plan are chosen (docs/model.md §9.2); every field optional. */
export interface SpreadChoice {
  /** `record` or `design`; absent: the record where the pack's history allows. */
  from?: SpreadsFrom | undefined;
  /** Last year of the record that may be read (default: the run's as-of year, else all). */
  upTo?: number | undefined;
  /** Multiplies every spread after the choice (default 1). */
  scale?: number | undefined;
}

/**
 * Everything a Monte Carlo needs, derived deterministically from (pack, input, spreads): the
 * kernel, the compiled targets, the Cholesky factors. Workers rebuild the same plan from the same
 * inputs, so any split of the draws gives the same numbers.
 */
export class McPlan {
  readonly kernel: ProjectionKernel;
  readonly targets: CompiledTarget[];
  readonly spreads: Spreads;
  readonly sources: SpreadSources;
  readonly calibration: Calibration;
  readonly joint: JointPlan;
  readonly slots: { series: McSeries; t: number; arr: Float64Array; off: number }[];
  private readonly sampler: InputSampler;
  private readonly rows: Float64Array;
  private readonly ops: TargetOp[];
  /** The path of each MC_SERIES (slot s = series·T + t − 1 reads arr[off + t]). */
  private readonly paths: { arr: Float64Array; off: number }[];
  constructor(pack: ModelPack, input: RunInput, spreads?: Partial<Spreads>, choice: SpreadChoice = {}) {
    const k = new ProjectionKernel(pack, input);
    this.kernel = k;
    this.targets = compileTargets(pack, k);
    this.ops = this.targets.map((t) => t.op);
    this.joint = new JointPlan(this.targets);
    const d = defaultSpreads(pack, input);
    // Base-year real weights of the sectors: the growth block is scaled to the record's total σ at them.
    const w = SECTORS.map((_, s) => k.real[s * k.n]!);
    const sum = w.reduce((a, b) => a + b, 0);
    const c = calibrateGrowth(
      pack,
      d.spreads.growth,
      w.map((x) => x / sum),
      choice.from,
      choice.upTo ?? input.asOf ?? Infinity,
    );
    const chosen = { ...d.spreads, growth: c.growth, ...spreads };
    this.spreads =
      choice.scale === undefined || choice.scale === 1 ? chosen : scaleSpreads(chosen, choice.scale);
    this.sources = d.sources;
    this.calibration = c.calibration;
    // Every year is drawn: the kernel pins what an actual year publishes and nothing else, so
    // the unpublished quantities of actual years vary like projected ones (docs/model.md §9).
    this.sampler = new InputSampler(
      k,
      this.spreads,
      input.years.map(() => true),
    );
    this.slots = MC_SERIES.flatMap((series) => {
      const ref = kernelSeries(k, series);
      if (!ref || ref.scalar !== null) throw new Error(`no path series ${series}`);
      return Array.from({ length: k.T }, (_, i) => ({ series, t: i + 1, arr: ref.arr, off: ref.off }));
    });
    this.rows = new Float64Array(ROWS * this.slots.length);
    this.paths = MC_SERIES.map((series) => {
      const ref = kernelSeries(k, series)!;
      return { arr: ref.arr, off: ref.off };
    });
  }

  /** Standard normals one draw takes (a redrawn negative revenue ratio takes more). */
  get normalsPerDraw(): number {
    return this.sampler.perDraw;
  }

  /** Ridge added to each correlation matrix before its Cholesky factor (0 normally). */
  get jitter(): { growth: number; deflator: number } {
    return this.sampler.jitter;
  }

  /** An empty store for `draws` draws. */
  allocate(draws: number): McStore {
    return {
      draws,
      sketch: new SlotSketches(this.slots.length),
      counts: new Float64Array(this.targets.length * STATUS_CODES.length),
      joint: new Float64Array(this.joint.size),
    };
  }

  /** Runs draws [from, to) with `seed`, counting their values and statuses into `store`. */
  runRange(seed: number, from: number, to: number, store: McStore): void {
    const k = this.kernel;
    const T = k.T;
    const paths = this.paths;
    const nPaths = paths.length;
    const ops = this.ops;
    const nOps = ops.length;
    const last = k.n - 1;
    const period = k.period;
    const nStatus = STATUS_CODES.length;
    const sampler = this.sampler;
    const sketch = store.sketch;
    const rows = this.rows;
    // Integer tallies (added to the store once: the same sums as adding 1 per draw).
    const tally = new Int32Array(nOps * nStatus);
    const joint = this.joint;
    const jointTally = new Int32Array(joint.size);
    const met = new Uint8Array(nOps);
    for (let i0 = from; i0 < to; i0 += ROWS) {
      const i1 = Math.min(to, i0 + ROWS);
      for (let i = i0; i < i1; i++) {
        sampler.draw(seed, i);
        k.run();
        for (let j = 0; j < nOps; j++) {
          const code = statusOf(ops[j]!, last, period);
          tally[j * nStatus + code]! += 1;
          met[j] = code === 0 ? 1 : 0;
        }
        joint.add(met, jointTally);
        // Slot-major (slot s of draw i at s·ROWS + i − i0): the sketch then reads each slot's run in order.
        let r = i - i0;
        for (let p = 0; p < nPaths; p++) {
          const path = paths[p]!;
          const arr = path.arr;
          const off = path.off;
          for (let t = 1; t <= T; t++, r += ROWS) rows[r] = arr[off + t]!;
        }
      }
      sketch.addColumns(rows, ROWS, i1 - i0);
    }
    const counts = store.counts;
    for (let c = 0; c < tally.length; c++) counts[c]! += tally[c]!;
    for (let c = 0; c < jointTally.length; c++) store.joint[c]! += jointTally[c]!;
  }

  /** Puts the base assumptions back in the kernel (the deterministic run). */
  resetInputs(): void {
    this.sampler.reset();
  }

  /** Draw `index` of every uncertain input, docs/model.md §9, written into the kernel's assumption arrays. */
  drawInputs(seed: number, index: number): void {
    this.sampler.draw(seed, index);
  }
}
