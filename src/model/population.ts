import type { Projection } from './projection.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';

/** Steps average population and GRDP per capita, MODEL.md §3.2 eqs. (7)-(8). */
export function stepPopulation(p: Projection, input: RunInput, t: number, actual: YearActuals | null): void {
  const pop = actual?.population ?? p.population[t - 1]! * (1 + input.populationGrowth[t - 1]!);
  p.population[t] = pop;
  // bn VND ÷ thousand persons = mn VND per person
  p.perCapita[t] = p.grdpNominal[t]! / pop;
}
