import type { ModelPack } from '../schema/model-pack.ts';
import { growthRecord } from './record-spreads.ts';

/**
 * Planned against achieved average GRDP growth (docs/model.md §9.2): the earlier plans the pack's
 * history records (`history.grdpGrowthPlanPct<first>_<last>`, the planned average, its source
 * quoting the band) and the pack's own plan (its average-growth target) against the published
 * growth of its plan years so far. Percent per year. Pure.
 */
export interface PlanGap {
  period: string;
  /** Planned average growth (%/yr; the band's mid-point when the plan gave a band). */
  planned: number;
  /** Achieved average growth over the years with figures (%/yr, geometric mean). */
  achieved: number;
  /** The years behind `achieved`. */
  years: number[];
  /** achieved − planned (pp). */
  gapPp: number;
  /** achieved ÷ planned. */
  ratio: number;
  source: string;
}

const PLAN_KEY = /^grdpGrowthPlanPct(\d{4})_(\d{4})$/;

/** Geometric mean growth (%/yr) of the record's years first..last that have figures; null when none. */
function achieved(pack: Pick<ModelPack, 'history' | 'actuals'>, first: number, last: number) {
  const pts = growthRecord(pack, last).filter((p) => p.year >= first);
  if (pts.length === 0) return null;
  const level = pts.reduce((l, p) => l * (1 + p.value), 1);
  return { pct: (level ** (1 / pts.length) - 1) * 100, years: pts.map((p) => p.year) };
}

function gap(period: string, planned: number, a: { pct: number; years: number[] }, source: string): PlanGap {
  return {
    period,
    planned,
    achieved: a.pct,
    years: a.years,
    gapPp: a.pct - planned,
    ratio: a.pct / planned,
    source,
  };
}

/**
 * Every plan of the pack with a planned average growth and at least one achieved year.
 * @example planGaps(benTre).map((g) => g.period) // => ['2016-2020', '2021-2025']
 */
export function planGaps(pack: Pick<ModelPack, 'history' | 'actuals' | 'targets' | 'model'>): PlanGap[] {
  const out: PlanGap[] = [];
  for (const [key, s] of Object.entries(pack.history)) {
    const m = PLAN_KEY.exec(key);
    const planned = Object.values(s.values)[0];
    if (!m || planned === undefined) continue;
    const a = achieved(pack, Number(m[1]), Number(m[2]));
    if (a) out.push(gap(`${m[1]}-${m[2]}`, planned, a, `history.${key}: ${s.source}`));
  }
  const { firstPlanYear: first, lastPlanYear: last } = pack.model;
  const t = pack.targets.find((x) => x.series === 'grdpReal' && x.kind === 'avgGrowth');
  const planned =
    t?.comparator === 'range' && t.min !== undefined && t.max !== undefined ? (t.min + t.max) / 2 : t?.value;
  const a = achieved(pack, first, last);
  if (t && planned !== undefined && a)
    out.push(
      gap(`${first}-${last}`, planned, a, `targets.json ${t.id} (${t.clause}); actuals.grdpGrowthPct`),
    );
  return out.sort((x, y) => x.period.localeCompare(y.period));
}
