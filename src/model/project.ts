import { SECTORS } from '../core/sectors.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { ProjectionKernel } from './kernel.ts';
import type { Path, Projection, YearKind } from './projection.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';
import { OUTPUTS } from './variables.ts';

/**
 * Projects the province year by year from the pack's base year under a resolved scenario
 * (docs/model.md §3): one run of the projection kernel, the only implementation of the equations,
 * returned as named read-only views of its result arrays. Pure and deterministic.
 * @example project(pack, resolveScenarioOrThrow(pack, { model: pack.model.id })).perCapita.at(-1)
 */
export function project(pack: ModelPack, input: RunInput): Projection {
  // One kernel per pack, reloaded for each call: building its arrays costs far more than a run.
  let k = kernels.get(pack);
  if (k && k.T === input.years.length && k.years[1] === input.years[0]) k.load(input);
  else kernels.set(pack, (k = new ProjectionKernel(pack, input)));
  // The run writes straight into the projection's own region of a shared slab: a typed array per
  // run cost twice the run itself (measured in `npm run bench`), and a copy of the kernel's results
  // into the slab cost a third of it. A kept projection keeps its slab (RESULTS_PER_SLAB runs' worth,
  // ~0.1 MB for Ben Tre) alive; that is the price.
  const len = k.results.length;
  if (slab.length - slabAt < len) {
    slab = new Float64Array(len * RESULTS_PER_SLAB);
    slabAt = 0;
  }
  const at = slabAt;
  slabAt += len;
  k.runInto(slab, at);
  return projectionOf(k, pack, input, slab, at);
}
const RESULTS_PER_SLAB = 32;
let slab = new Float64Array(0);
let slabAt = 0;

const kernels = new WeakMap<ModelPack, ProjectionKernel>();

/**
 * The named view of a kernel's results: views of `results` from `base` in the kernel's layout (the
 * kernel's own buffer by default, which its next run overwrites; project() passes its slab region).
 */
export function projectionOf(
  k: ProjectionKernel,
  pack: ModelPack,
  input: RunInput,
  results: Float64Array = k.results,
  base = 0,
): Projection {
  return new ProjectionView(k, pack, input, results, base) as unknown as Projection;
}

/**
 * A projection whose paths are made on first read: each output of the variable list is a getter
 * (enumerable, memoized) over one results buffer, so a run that reads three series pays for three
 * views, not fifty.
 */
class ProjectionView {
  readonly modelId: string;
  readonly years: readonly number[];
  readonly baseYear: number;
  readonly asOf: number | null;
  readonly yearKinds: YearKind[];
  readonly actualSeries: string[][];
  readonly estimateYear: number | null;
  readonly period: Projection['period'];
  // Private (#) so that Object.keys/values/entries of a projection list only what it says.
  readonly #k: ProjectionKernel;
  readonly #results: Float64Array;
  readonly #base: number;
  #views: unknown[] | null = null;
  constructor(k: ProjectionKernel, pack: ModelPack, input: RunInput, results: Float64Array, base: number) {
    this.#k = k;
    this.#results = results;
    this.#base = base;
    const kinds = yearKindsOf(input, k.indicatorIds.length);
    this.modelId = pack.model.id;
    this.years = k.years;
    this.baseYear = pack.model.baseYear;
    this.asOf = input.asOf;
    this.yearKinds = kinds.yearKinds;
    this.actualSeries = kinds.actualSeries;
    this.estimateYear = input.estimateYear ?? null;
    this.period = copyOfPeriod(k.period);
  }

  /** The path `i` of the block `name` in the results buffer. */
  static view(p: ProjectionView, name: string, i = 0): Path {
    const n = p.#k.n;
    const at = p.#base + p.#k.layout.get(name)!.at + i * n;
    return p.#results.subarray(at, at + n);
  }

  /** The memoized view of output `slot` (OUTPUTS order; the last slot holds the indicators). */
  static cached<V>(p: ProjectionView, slot: number, make: (p: ProjectionView) => V): V {
    // The memo is made on the first read: a run whose result is not read pays for none of it.
    const views = (p.#views ??= new Array<unknown>(OUTPUTS.length + 1));
    let v = views[slot] as V | undefined;
    if (v === undefined) views[slot] = v = make(p);
    return v;
  }

  get indicators(): Record<string, Path> {
    return ProjectionView.cached(this, OUTPUTS.length, () => {
      const v: Record<string, Path> = {};
      for (const [j, id] of this.#k.indicatorIds.entries())
        v[id] = ProjectionView.view(this, 'indicators', j);
      return v;
    });
  }
}

// One getter per output series, in the list's order; enumerable so the view reads like a plain object.
OUTPUTS.forEach((o, slot) => {
  const scalarView = (p: ProjectionView) => ProjectionView.view(p, o.id);
  const sectorViews = (p: ProjectionView) => ({
    I: ProjectionView.view(p, o.id, 0),
    II: ProjectionView.view(p, o.id, 1),
    III: ProjectionView.view(p, o.id, 2),
    T: ProjectionView.view(p, o.id, 3),
  });
  Object.defineProperty(ProjectionView.prototype, o.id, {
    enumerable: true,
    get(this: ProjectionView) {
      // A read of a series already viewed allocates nothing (scorecards read a series per target).
      return ProjectionView.cached<unknown>(this, slot, o.perSector ? sectorViews : scalarView);
    },
  });
});
Object.defineProperty(ProjectionView.prototype, 'indicators', { enumerable: true });

/** The run's period figures (the kernel's object is rewritten by its next run); one fixed shape. */
function copyOfPeriod(p: Projection['period']): Projection['period'] {
  return {
    avgGrowth: p.avgGrowth,
    tfpShare: p.tfpShare,
    tfpShareSum: p.tfpShareSum,
    revenueTotal: p.revenueTotal,
    investmentTotal: p.investmentTotal,
    exportsTotal: p.exportsTotal,
    balanceTotal: p.balanceTotal,
  };
}

/** Year kinds and the actual series of each year, computed once per run input. */
const kindsMemo = new WeakMap<RunInput, { yearKinds: YearKind[]; actualSeries: string[][] }>();
function yearKindsOf(
  input: RunInput,
  indicatorCount: number,
): { yearKinds: YearKind[]; actualSeries: string[][] } {
  let hit = kindsMemo.get(input);
  if (!hit) {
    hit = {
      yearKinds: ['base', ...input.actuals.map((a) => yearKind(a, indicatorCount))],
      actualSeries: [[], ...input.actuals.map(actualSeriesOf)],
    };
    kindsMemo.set(input, hit);
  }
  return hit;
}

/** Geometric average growth of a level path from index 0 to the last, docs/model.md eq. (19). */
export function averageGrowth(series: ArrayLike<number>): number {
  const years = series.length - 1;
  return years > 0 ? Math.pow(series[years]! / series[0]!, 1 / years) - 1 : 0;
}

function yearKind(actual: YearActuals | null, indicatorCount: number): YearKind {
  if (!actual) return 'projected';
  const sectorsKnown = Object.keys(actual.sectorGrowth).length;
  // A year is fully actual only if every series was published; the plan years never are.
  const complete =
    sectorsKnown === SECTORS.length &&
    actual.population !== undefined &&
    actual.revenue !== undefined &&
    actual.investment !== undefined &&
    actual.exports !== undefined &&
    Object.keys(actual.indicators).length === indicatorCount;
  return complete ? 'actual' : 'partly-actual';
}

function actualSeriesOf(actual: YearActuals | null): string[] {
  if (!actual) return [];
  const out: string[] = [];
  if (actual.grdpGrowth !== undefined) out.push('growth');
  if (actual.grdpNominal !== undefined) out.push('grdpNominal');
  for (const s of SECTORS) if (actual.sectorGrowth[s] !== undefined) out.push(`sectorGrowth.${s}`);
  if (actual.population !== undefined) out.push('population');
  if (actual.revenue !== undefined) out.push('revenue');
  if (actual.investment !== undefined) out.push('investment');
  if (actual.exports !== undefined) out.push('exports');
  for (const id of Object.keys(actual.indicators)) out.push(`indicator.${id}`);
  return out;
}
