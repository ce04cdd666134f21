import type { Projection } from './projection.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';

/**
 * Steps social investment (ICOR or rate mode), the real capital stock, labour and TFP growth,
 * MODEL.md §3.4-§3.5 eqs. (12)-(14). Investment is nominal; the capital stock is real.
 * Departures: investment is floored at 0, and as-of years without a published investment
 * figure use the investment rate (rate mode) instead of ICOR.
 */
export function stepCapital(p: Projection, input: RunInput, t: number, actual: YearActuals | null): void {
  const k = t - 1;
  const inv = input.investment;
  const dy = p.grdpDeflator[t]!;
  // In an as-of year without a published figure, ICOR × the (often tiny) published growth
  // would invent a collapse; the investment rate is the steadier estimate there.
  const byRate = inv.mode === 'rate' || (actual !== null && actual.investment === undefined);
  // Investment is gross spending: a shrinking economy invests little, never a negative amount.
  const investment =
    actual?.investment ??
    Math.max(
      0,
      byRate ? inv.rate[k]! * p.grdpNominal[t]! : inv.icor[k]! * (p.grdpReal[t]! - p.grdpReal[t - 1]!) * dy,
    );
  p.investment[t] = investment;
  p.investmentRate[t] = investment / p.grdpNominal[t]!;
  p.capital[t] = (1 - inv.depreciation) * p.capital[t - 1]! + investment / dy;
  p.capitalGrowth[t] = p.capital[t]! / p.capital[t - 1]! - 1;
  p.labour[t] = p.labour[t - 1]! * (1 + input.labourGrowth[k]!);
  const gL = p.labour[t]! / p.labour[t - 1]! - 1;
  const alpha = input.capitalShare;
  p.tfpGrowth[t] = p.growth[t]! - alpha * p.capitalGrowth[t]! - (1 - alpha) * gL;
}
