import type { Problem } from '../core/problems.ts';
import { SECTORS, perSector } from '../core/sectors.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Estimate } from '../schema/estimate.ts';
import { input as inputVariable } from './input-variables.ts';
import { project } from './project.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';

/**
 * This year's estimate applied to a resolved run (docs/model.md §5.7): growth, revenue,
 * investment and exports stand in for the actuals of `estimate.year` (the published figures of
 * that year, if any, are kept where the estimate is silent); per capita, which the actuals do
 * not carry, is met by scaling that year's deflator growth. The run is then as of that year.
 */

/** The actuals of the estimate's year: what the pack publishes, overlaid by the estimate (core units). */
export function estimateActuals(published: YearActuals | null, e: Estimate): YearActuals {
  const out: YearActuals = {
    sectorGrowth: { ...(published?.sectorGrowth ?? {}) },
    indicators: { ...(published?.indicators ?? {}) },
  };
  if (published?.population !== undefined) out.population = published.population;
  const grdpGrowth = e.growth !== undefined ? e.growth / 100 : published?.grdpGrowth;
  if (grdpGrowth !== undefined) out.grdpGrowth = grdpGrowth;
  // A growth estimate replaces the total; published sector figures of that year would contradict it.
  if (e.growth !== undefined) out.sectorGrowth = {};
  const revenue = e.revenue ?? published?.revenue;
  if (revenue !== undefined) out.revenue = revenue;
  const investment = e.investment ?? published?.investment;
  if (investment !== undefined) out.investment = investment;
  const exports = e.exports ?? published?.exports;
  if (exports !== undefined) out.exports = exports;
  return out;
}

/**
 * Meets a per capita estimate by multiplying `1 + deflator growth` of every sector in the
 * estimate's year by one factor f = estimate ÷ projected per capita: nominal GRDP (eq. 3) scales
 * by f, real GRDP and population do not, so per capita lands on the estimate exactly.
 * A factor that would push a sector's deflator growth outside the input range is refused.
 * @example withPerCapita(pack, run, 2026, 92) // deflator growth of 2026 raised until per capita = 92
 */
export function withPerCapita(
  pack: ModelPack,
  run: RunInput,
  year: number,
  perCapita: number,
): { ok: true; value: RunInput } | { ok: false; problems: Problem[] } {
  const k = run.years.indexOf(year);
  const projected = project(pack, run).perCapita[k + 1]!;
  const f = perCapita / projected;
  const { min, max } = inputVariable('deflator').range;
  const deflator = perSector((s) => run.deflator[s].map((d, i) => (i === k ? (1 + d) * f - 1 : d)));
  const off = SECTORS.find((s) => {
    const pct = deflator[s][k]! * 100;
    return !(pct >= min && pct <= max);
  });
  if (off !== undefined) {
    const implied = deflator[off][k]! * 100;
    const allowed = `a per capita that keeps deflator growth within ${min} to ${max} %`;
    return {
      ok: false,
      problems: [
        {
          code: 'out_of_range',
          path: ['estimate', 'perCapita'],
          value: perCapita,
          allowed,
          message: `estimate.perCapita is ${perCapita} (projected ${projected.toFixed(2)}): it implies sector ${off} deflator growth of ${implied.toFixed(1)} % in ${year}; allowed ${allowed}`,
        },
      ],
    };
  }
  return { ok: true, value: { ...run, deflator } };
}
