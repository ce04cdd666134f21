import { perSector, type PerSector } from '../core/sectors.ts';
import type { Path, Projection } from '../model/projection.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { RunResultSchema } from '../schema/api.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Scorecard } from '../targets/scorecard.ts';
import type { z } from 'zod';

/**
 * The machine-readable result of one run, shared by `plancast run --json` and `POST /api/project`:
 * the type of its zod schema, so the two cannot drift apart.
 */
export type RunResult = z.output<typeof RunResultSchema>;

/** Assembles a RunResult from a projection and its scorecard. */
export function toRunResult(pack: ModelPack, input: RunInput, p: Projection, card: Scorecard): RunResult {
  const { modelId: _m, years, yearKinds, baseYear: _b, asOf, period, ...series } = p;
  const m = pack.model;
  return {
    model: {
      id: m.id,
      name: m.name,
      baseYear: m.baseYear,
      firstPlanYear: m.firstPlanYear,
      lastPlanYear: m.lastPlanYear,
    },
    scenario: { name: input.name, asOf },
    years: [...years],
    yearKinds,
    series: plainSeries(series),
    period,
    scorecard: card.rows,
    counts: card.counts,
  };
}

/** The projection's paths as plain arrays: typed arrays would serialize as objects in JSON. */
function plainSeries(
  s: Omit<Projection, 'modelId' | 'years' | 'yearKinds' | 'baseYear' | 'asOf' | 'period'>,
): RunResult['series'] {
  const arr = (a: Path): number[] => Array.from(a);
  const bySector = (a: PerSector<Path>) => perSector((x) => arr(a[x]));
  return {
    actualSeries: s.actualSeries,
    real: bySector(s.real),
    nominal: bySector(s.nominal),
    deflator: bySector(s.deflator),
    share: bySector(s.share),
    sectorGrowth: bySector(s.sectorGrowth),
    grdpReal: arr(s.grdpReal),
    grdpNominal: arr(s.grdpNominal),
    grdpDeflator: arr(s.grdpDeflator),
    growth: arr(s.growth),
    population: arr(s.population),
    perCapita: arr(s.perCapita),
    revenue: arr(s.revenue),
    ownRevenue: arr(s.ownRevenue),
    recurrent: arr(s.recurrent),
    selfBalance: arr(s.selfBalance),
    transfers: arr(s.transfers),
    development: arr(s.development),
    balance: arr(s.balance),
    investment: arr(s.investment),
    investmentRate: arr(s.investmentRate),
    capital: arr(s.capital),
    capitalGrowth: arr(s.capitalGrowth),
    labour: arr(s.labour),
    tfpGrowth: arr(s.tfpGrowth),
    exports: arr(s.exports),
    indicators: Object.fromEntries(Object.entries(s.indicators).map(([id, v]) => [id, arr(v)])),
  };
}
