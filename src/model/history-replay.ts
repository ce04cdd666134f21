import { SECTORS, perSector } from '../core/sectors.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { project } from './project.ts';
import { resolveScenario } from './resolve-scenario.ts';

export interface ReplayRow {
  year: number;
  series: 'grdpReal' | 'grdpNominal' | 'perCapita';
  observed: number;
  replayed: number;
}

/**
 * Replays the pack's history through the engine, docs/model.md §6 check 2: starting from the first
 * year with real GRDP, nominal GRDP and population all observed, feeds the observed growth,
 * GRDP deflator growth and population growth year by year, and returns observed vs replayed
 * totals and per capita. Sectors move together (the history has no sector split), so this
 * checks the accounting, not the split. Returns [] when the history lacks the series.
 */
export function replayHistory(pack: ModelPack): ReplayRow[] {
  const h = pack.history;
  const real = h.grdpRealBn?.values;
  const nominal = h.grdpNominalBn?.values;
  const pop = h.populationThousand?.values;
  if (!real || !nominal || !pop) return [];
  const years = Object.keys(nominal)
    .map(Number)
    .filter((y) => real[y] !== undefined && pop[y] !== undefined)
    .sort((a, b) => a - b);
  if (years.length < 2) return [];
  const first = years[0]!;
  const last = years.at(-1)!;
  const rate = (v: Record<string, number>, y: number) => (v[y]! / v[y - 1]! - 1) * 100;
  const yearsAfter = years.slice(1);
  const each = (f: (y: number) => number) => Object.fromEntries(yearsAfter.map((y) => [String(y), f(y)]));
  const growth = each((y) => rate(real, y));
  const deflator = each((y) => (nominal[y]! / real[y]! / (nominal[y - 1]! / real[y - 1]!) - 1) * 100);
  const share = perSector((s) => pack.model.baseline.nominalBn[s].value);
  const total = SECTORS.reduce((a, s) => a + share[s], 0);
  const fig = (value: number) => ({ value, source: 'history replay' });
  const model = structuredClone(pack.model);
  model.baseYear = first;
  model.firstPlanYear = first + 1;
  model.lastPlanYear = last;
  for (const s of SECTORS) {
    // Base-year split by the pack's structure; one common deflator so weights equal shares.
    model.baseline.nominalBn[s] = fig((nominal[first]! * share[s]) / total);
    model.baseline.realBn[s] = fig((real[first]! * share[s]) / total);
  }
  model.baseline.populationThousand = fig(pop[first]!);
  const replayPack: ModelPack = { ...pack, model, actuals: {} };
  const resolved = resolveScenario(replayPack, {
    model: model.id,
    assumptions: {
      growth: perSector(() => growth),
      deflator: perSector(() => deflator),
      populationGrowth: each((y) => rate(pop, y)),
      // Indicators do not feed the economy; a pack default given per plan year would name years
      // outside the replayed ones.
      indicators: Object.fromEntries(pack.model.indicators.map((d) => [d.id, 0])),
    },
  });
  if (!resolved.ok) return [];
  const p = project(replayPack, resolved.value);
  return yearsAfter.flatMap((y, i) => [
    { year: y, series: 'grdpReal' as const, observed: real[y]!, replayed: p.grdpReal[i + 1]! },
    { year: y, series: 'grdpNominal' as const, observed: nominal[y]!, replayed: p.grdpNominal[i + 1]! },
    {
      year: y,
      series: 'perCapita' as const,
      observed: h.perCapitaMnVnd?.values[y] ?? nominal[y]! / pop[y]!,
      replayed: p.perCapita[i + 1]!,
    },
  ]);
}
