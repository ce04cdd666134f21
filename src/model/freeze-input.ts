import type { RunInput, YearActuals } from './resolved-scenario.ts';

/**
 * Freezes the paths and actuals of a resolved input. A frozen path can never change under the
 * kernel, so the kernel may skip copying a path it loaded last time (src/model/kernel-input.ts):
 * the solver and the tornado move one path per run and share the others. Arrays made elsewhere
 * (a solver's trial path) stay unfrozen and are always copied. Returns the same object.
 */
export function freezeRunInput(input: RunInput): RunInput {
  const paths: number[][] = [
    ...Object.values(input.growth),
    ...Object.values(input.deflator),
    input.populationGrowth,
    input.budget.revenueRatio,
    input.budget.recurrentGrowth,
    input.budget.transferGrowth,
    input.budget.developmentShareOfOwn,
    input.budget.developmentShareOfTransfers,
    input.investment.icor,
    input.investment.rate,
    input.labourGrowth,
    input.exportGrowth,
    input.digitalShareChange,
    ...Object.values(input.indicatorChange),
  ];
  for (const p of paths) Object.freeze(p);
  for (const a of input.actuals) if (a) freezeActuals(a);
  Object.freeze(input.actuals);
  return input;
}

function freezeActuals(a: YearActuals): void {
  Object.freeze(a.sectorGrowth);
  Object.freeze(a.indicators);
  Object.freeze(a);
}
