import { perSector, SECTORS, type PerSector } from '../core/sectors.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { ProjectionKernel } from './kernel.ts';
import type { Path, Projection, YearKind } from './projection.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';
import { OUTPUTS, type OutputId } from './variables.ts';

/**
 * Projects the province year by year from the pack's base year under a resolved scenario
 * (docs/model.md §3): one run of the projection kernel, the only implementation of the equations,
 * returned as named read-only views of its result arrays. Pure and deterministic.
 * @example project(pack, resolveScenarioOrThrow(pack, { model: pack.model.id })).perCapita.at(-1)
 */
export function project(pack: ModelPack, input: RunInput): Projection {
  const k = new ProjectionKernel(pack, input);
  k.run();
  return projectionOf(k, pack, input);
}

/** The named view of a kernel's current results (shares its arrays: copy before the next run). */
export function projectionOf(k: ProjectionKernel, pack: ModelPack, input: RunInput): Projection {
  const n = k.n;
  const path = (a: Float64Array, i = 0): Path => a.subarray(i * n, (i + 1) * n);
  const bySector = (a: Float64Array) => perSector((s) => path(a, SECTORS.indexOf(s)));
  const indicators: Record<string, Path> = {};
  k.indicatorIds.forEach((id, j) => (indicators[id] = path(k.indicators, j)));
  const series: Record<string, Path | PerSector<Path>> = {};
  for (const o of OUTPUTS) series[o.id] = o.perSector ? bySector(k[o.id]) : k[o.id];
  return {
    modelId: pack.model.id,
    years: k.years,
    baseYear: pack.model.baseYear,
    asOf: input.asOf,
    yearKinds: ['base', ...input.actuals.map((a) => yearKind(a, k.indicatorIds.length))],
    actualSeries: [[], ...input.actuals.map(actualSeriesOf)],
    indicators,
    period: { ...k.period },
    ...(series as { [K in OutputId]: Projection[K] }),
  };
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
