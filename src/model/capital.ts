import type { Projection } from './projection.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';

/**
 * Steps social investment (ICOR or rate mode), the real capital stock, labour and TFP growth,
 * MODEL.md §3.4-§3.5 eqs. (12)-(14). Investment is nominal; the capital stock is real.
 */
export function stepCapital(p: Projection, input: RunInput, t: number, actual: YearActuals | null): void {
  const k = t - 1;
  const inv = input.investment;
  const dy = p.grdpDeflator[t]!;
  const investment =
    actual?.investment ??
    (inv.mode === 'icor'
      ? inv.icor[k]! * (p.grdpReal[t]! - p.grdpReal[t - 1]!) * dy
      : inv.rate[k]! * p.grdpNominal[t]!);
  p.investment[t] = investment;
  p.investmentRate[t] = investment / p.grdpNominal[t]!;
  p.capital[t] = (1 - inv.depreciation) * p.capital[t - 1]! + investment / dy;
  p.capitalGrowth[t] = p.capital[t]! / p.capital[t - 1]! - 1;
  p.labour[t] = p.labour[t - 1]! * (1 + input.labourGrowth[k]!);
  const gL = p.labour[t]! / p.labour[t - 1]! - 1;
  const alpha = input.capitalShare;
  p.tfpGrowth[t] = p.growth[t]! - alpha * p.capitalGrowth[t]! - (1 - alpha) * gL;
}
