import { SECTORS, type Sector } from '../core/sectors.ts';
import type { Projection } from './projection.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';

/**
 * Steps sector real and nominal value added, GRDP and the structure to year index `t` (≥ 1).
 * MODEL.md §3.1 eqs. (1)-(6). With actuals, sectors whose growth is published take it; the
 * others share one uniform shift so that total growth equals the published figure exactly —
 * total growth is linear in sector growth with last year's constant-price weights (eq. 5).
 */
export function stepProduction(p: Projection, input: RunInput, t: number, actual: YearActuals | null): void {
  const k = t - 1;
  const prevReal = p.grdpReal[t - 1]!;
  let shift = 0;
  if (actual?.grdpGrowth !== undefined) {
    let explained = 0;
    let freeWeight = 0;
    for (const s of SECTORS) {
      const w = p.real[s][t - 1]! / prevReal;
      const known = actual.sectorGrowth[s];
      if (known !== undefined) explained += w * known;
      else {
        explained += w * input.growth[s][k]!;
        freeWeight += w;
      }
    }
    if (freeWeight > 0) shift = (actual.grdpGrowth - explained) / freeWeight;
  }
  let real = 0;
  let nominal = 0;
  for (const s of SECTORS) {
    const g = sectorGrowthFor(s, input.growth[s][k]!, shift, actual);
    const r = p.real[s][t - 1]! * (1 + g);
    const d = p.deflator[s][t - 1]! * (1 + input.deflator[s][k]!);
    p.sectorGrowth[s][t] = g;
    p.real[s][t] = r;
    p.deflator[s][t] = d;
    p.nominal[s][t] = r * d;
    real += r;
    nominal += r * d;
  }
  p.grdpReal[t] = real;
  p.grdpNominal[t] = nominal;
  p.grdpDeflator[t] = nominal / real;
  p.growth[t] = real / prevReal - 1;
  for (const s of SECTORS) p.share[s][t] = p.nominal[s][t]! / nominal;
}

function sectorGrowthFor(s: Sector, assumed: number, shift: number, actual: YearActuals | null): number {
  const known = actual?.sectorGrowth[s];
  return known !== undefined ? known : assumed + shift;
}
