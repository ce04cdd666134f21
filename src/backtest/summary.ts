import type { BacktestRow, BacktestSummary } from './schema.ts';

/** Six significant digits: the answer reads the same on every run and machine. */
export const sig = (x: number) => Number(x.toPrecision(6));

/**
 * Coverage of the 50 % and 80 % bands, mean absolute error of the median and, for levels, mean
 * absolute percentage error, over the rows of one scenario and series (every origin and year).
 * @example summarizeRows(rows, 'plan', 'growth', '%', false).coverage80 // => share in [p10, p90]
 */
export function summarizeRows(
  rows: readonly BacktestRow[],
  scenario: string,
  series: string,
  unit: string,
  level: boolean,
): BacktestSummary {
  const mine = rows.filter((r) => r.scenario === scenario && r.series === series);
  const n = mine.length;
  const mean = (f: (r: BacktestRow) => number) =>
    n > 0 ? sig(mine.reduce((s, r) => s + f(r), 0) / n) : null;
  return {
    scenario,
    series,
    unit,
    n,
    coverage50: mean((r) => (r.in50 ? 1 : 0)),
    coverage80: mean((r) => (r.in80 ? 1 : 0)),
    mae: mean((r) => Math.abs(r.error)),
    mape: level ? mean((r) => (100 * Math.abs(r.error)) / Math.abs(r.actual)) : null,
  };
}
