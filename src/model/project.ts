import { SECTORS, type PerSector } from '../core/sectors.ts';
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
  k.run();
  return projectionOf(k, pack, input, k.results.slice());
}

const kernels = new WeakMap<ModelPack, ProjectionKernel>();

/**
 * The named view of a kernel's results: views of `results` (the kernel's own buffer by default,
 * which its next run overwrites; project() passes a copy).
 */
export function projectionOf(
  k: ProjectionKernel,
  pack: ModelPack,
  input: RunInput,
  results: Float64Array = k.results,
): Projection {
  const n = k.n;
  const view = (name: string, i = 0): Path => {
    const at = k.layout.get(name)!.at + i * n;
    return results.subarray(at, at + n);
  };
  const indicators: Record<string, Path> = {};
  k.indicatorIds.forEach((id, j) => (indicators[id] = view('indicators', j)));
  const p: Record<string, unknown> = {
    modelId: pack.model.id,
    years: k.years,
    baseYear: pack.model.baseYear,
    asOf: input.asOf,
    yearKinds: ['base', ...input.actuals.map((a) => yearKind(a, k.indicatorIds.length))],
    actualSeries: [[], ...input.actuals.map(actualSeriesOf)],
    indicators,
    period: { ...k.period },
  };
  // Added key by key in the list's order (no spread): every projection shares one hidden class.
  for (const o of OUTPUTS) p[o.id] = o.perSector ? sectorViews(o.id) : view(o.id);
  return p as unknown as Projection;

  function sectorViews(name: string): PerSector<Path> {
    return { I: view(name, 0), II: view(name, 1), III: view(name, 2), T: view(name, 3) };
  }
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
  for (const s of SECTORS) if (actual.sectorGrowth[s] !== undefined) out.push(`sectorGrowth.${s}`);
  if (actual.population !== undefined) out.push('population');
  if (actual.revenue !== undefined) out.push('revenue');
  if (actual.investment !== undefined) out.push('investment');
  if (actual.exports !== undefined) out.push('exports');
  for (const id of Object.keys(actual.indicators)) out.push(`indicator.${id}`);
  return out;
}
