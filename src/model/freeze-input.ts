import type { RunInput, YearActuals } from './resolved-scenario.ts';

/**
 * Freezes a resolved input: its paths, their containers, the actuals and the input itself. A
 * frozen path can never change under the kernel, so the kernel may skip copying a path it loaded
 * last time (src/model/kernel-input.ts): the solver and the tornado move one path per run and share
 * the others, and a frozen input loaded last time is skipped whole (a scorecard, its consistency
 * report and its charts project the same input). Arrays made elsewhere (a solver's trial path)
 * stay unfrozen and are always copied. Returns the same object.
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
  for (const c of [input.growth, input.deflator, input.budget, input.investment, input.indicatorChange])
    Object.freeze(c);
  Object.freeze(input.years);
  return Object.freeze(input);
}

function freezeActuals(a: YearActuals): void {
  Object.freeze(a.sectorGrowth);
  Object.freeze(a.indicators);
  Object.freeze(a);
}
