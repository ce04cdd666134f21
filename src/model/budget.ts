import type { Projection } from './projection.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';

/**
 * Steps the provincial budget, MODEL.md §3.3 and DESIGN.md §3: revenue collected (ratio or
 * buoyancy mode), the part the province keeps, recurrent spending, transfers, development
 * spending, the balance and the self-balance ratio of recurrent spending.
 */
export function stepBudget(p: Projection, input: RunInput, t: number, actual: YearActuals | null): void {
  const k = t - 1;
  const b = input.budget;
  const revenue =
    actual?.revenue ??
    (b.mode === 'ratio'
      ? b.revenueRatio[k]! * p.grdpNominal[t]!
      : p.revenue[t - 1]! * Math.pow(p.grdpNominal[t]! / p.grdpNominal[t - 1]!, b.buoyancy));
  const recurrent = p.recurrent[t - 1]! * (1 + b.recurrentGrowth[k]!);
  const transfers = p.transfers[t - 1]! * (1 + b.transferGrowth[k]!);
  setBudgetYear(p, input, t, revenue, recurrent, transfers);
}

/** Fills the derived budget lines of year `t` from its revenue, recurrent spending and transfers. */
export function setBudgetYear(
  p: Projection,
  input: RunInput,
  t: number,
  revenue: number,
  recurrent: number,
  transfers: number,
): void {
  const k = Math.max(0, t - 1);
  const b = input.budget;
  const own = b.retainedShare * revenue;
  const development = b.developmentShareOfOwn[k]! * own + b.developmentShareOfTransfers[k]! * transfers;
  p.revenue[t] = revenue;
  p.ownRevenue[t] = own;
  p.recurrent[t] = recurrent;
  p.transfers[t] = transfers;
  p.development[t] = development;
  p.balance[t] = own + transfers - recurrent - development;
  p.selfBalance[t] = own / recurrent;
}
