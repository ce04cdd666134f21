import { SECTORS, type Sector } from '../core/sectors.ts';
import type { Figure } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Projection } from './projection.ts';
import type { OutputId } from './variables.ts';

/**
 * Provenance of every value of a run (docs/model.md §5.4): where each number of each series comes
 * from. Kept beside the variable list rather than in it, so the list stays one plain declaration per
 * series; `DEPENDS` must name every output id (the compiler checks it). Pure: pack + projection in,
 * plain data out.
 *
 * - `published`: read from the pack (a base figure without an `estimate` note, or an actual);
 * - `derived`: computed from published figures only (base-year sums and ratios);
 * - `assumed`: a scenario or default assumption drives it (projected years);
 * - `estimated`: rests on a base figure marked `estimate`, or on a model fill-in (the base-year
 *   sector growth, the as-of sector split of a published total, eq. 33). Estimated wins over
 *   assumed: a projection from an estimated base is no better than its base.
 */
export const PROVENANCE_KINDS = ['published', 'derived', 'assumed', 'estimated'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];

/**
 * The base figures one output series rests on. Figure keys are `baseline` fields (`revenueBn`,
 * `nominalBn.*` for every sector, `realBn.{s}` for the series' own sector); an indicator rests on its
 * own `base`. `is`: the base-year value is that figure itself. `base`/`years`: the figures behind the
 * base-year value and behind each later year. `baseAssumed`: the base-year value also uses an
 * assumption (the retained share, the development shares). `fill`: the base-year value is a model
 * fill-in (no figure exists). `split`: eq. 33 — the as-of fill-in of unpublished sector growth
 * taints this series in the year it happens (`now`), from then on for its own sector (`own`) or for
 * any sector (`any`). `published`: the actuals key that replaces the value (default: the series id).
 */
interface Depends {
  is?: string;
  base?: readonly string[];
  years: readonly string[];
  baseAssumed?: boolean;
  fill?: boolean;
  split?: 'now' | 'own' | 'any';
}

const ALL_N = 'nominalBn.*';
const ALL_R = 'realBn.*';
const SECTORS_NR = [ALL_N, ALL_R] as const;
/**
 * Revenue chains on the base revenue in buoyancy mode (eq. 9b), not in ratio mode (9a); the
 * scenario's mode is not part of a projection, so both are counted (the cautious side).
 */
const REVENUE_YEARS = [...SECTORS_NR, 'revenueBn'] as const;

/** The figures behind every output series of src/model/variables.ts, by the equations of docs/model.md §3. */
export const DEPENDS: Record<OutputId, Depends> = {
  grdpReal: { base: [ALL_R], years: [ALL_R], split: 'any' },
  grdpNominal: { base: [ALL_N], years: SECTORS_NR, split: 'any' },
  growth: { is: 'grdpGrowthPct', years: [ALL_R] },
  grdpDeflator: { base: SECTORS_NR, years: SECTORS_NR, split: 'any' },
  real: { is: 'realBn.{s}', years: ['realBn.{s}'], split: 'own' },
  nominal: { is: 'nominalBn.{s}', years: ['nominalBn.{s}'], split: 'own' },
  sectorGrowth: { base: ['grdpGrowthPct'], fill: true, years: [], split: 'now' },
  share: { base: [ALL_N], years: SECTORS_NR, split: 'any' },
  deflator: { base: ['nominalBn.{s}', 'realBn.{s}'], years: ['nominalBn.{s}', 'realBn.{s}'] },
  population: { is: 'populationThousand', years: ['populationThousand'] },
  perCapita: {
    base: [ALL_N, 'populationThousand'],
    years: [...SECTORS_NR, 'populationThousand'],
    split: 'any',
  },
  revenue: { is: 'revenueBn', years: REVENUE_YEARS, split: 'any' },
  ownRevenue: { base: ['revenueBn'], baseAssumed: true, years: REVENUE_YEARS, split: 'any' },
  recurrent: { is: 'recurrentSpendingBn', years: ['recurrentSpendingBn'] },
  transfers: { is: 'transfersBn', years: ['transfersBn'] },
  development: {
    base: ['revenueBn', 'transfersBn'],
    baseAssumed: true,
    years: [...REVENUE_YEARS, 'transfersBn'],
    split: 'any',
  },
  balance: {
    base: ['revenueBn', 'transfersBn', 'recurrentSpendingBn'],
    baseAssumed: true,
    years: [...REVENUE_YEARS, 'transfersBn', 'recurrentSpendingBn'],
    split: 'any',
  },
  selfBalance: {
    base: ['revenueBn', 'recurrentSpendingBn'],
    baseAssumed: true,
    years: [...REVENUE_YEARS, 'recurrentSpendingBn'],
    split: 'any',
  },
  // Investment of a plan year is ICOR × ΔY or a rate of GRDP (eq. 12): never the base investment.
  investment: { is: 'investmentBn', years: SECTORS_NR, split: 'any' },
  investmentRate: { base: ['investmentBn', ALL_N], years: SECTORS_NR, split: 'any' },
  // ICOR is an output (eq. 12c): investment over the increase of real GRDP at the deflator.
  icorImplied: { base: ['investmentBn', ALL_N, ALL_R, 'grdpGrowthPct'], years: SECTORS_NR, split: 'any' },
  capital: {
    base: ['capitalOutputRatio', ALL_R],
    years: ['capitalOutputRatio', ...SECTORS_NR],
    split: 'any',
  },
  capitalGrowth: { fill: true, years: ['capitalOutputRatio', ...SECTORS_NR], split: 'any' },
  labour: { is: 'labourThousand', years: ['labourThousand'] },
  // TFP growth uses labour growth only (eq. 14), not the labour level.
  tfpGrowth: { fill: true, years: ['capitalOutputRatio', ...SECTORS_NR], split: 'any' },
  exports: { is: 'exportsMnUsd', years: ['exportsMnUsd'] },
  digitalShare: { is: 'digitalSharePct', years: ['digitalSharePct'] },
};

/** The period TFP contribution (eq. 15) rests on what TFP growth rests on. */
const PERIOD_DEPENDS: Record<string, readonly string[]> = {
  tfpShare: DEPENDS.tfpGrowth.years,
  tfpShareSum: DEPENDS.tfpGrowth.years,
};

/** Which published series (projection.actualSeries) stands in for a base figure from its year on. */
const RESET_BY: Record<string, string> = {
  populationThousand: 'population',
  exportsMnUsd: 'exports',
  revenueBn: 'revenue',
};

/** The actuals.json key of each published series of `projection.actualSeries`. */
function actualsKey(series: string): string {
  if (series === 'growth') return 'grdpGrowthPct';
  if (series.startsWith('sectorGrowth.')) return `growthPct.${series.slice('sectorGrowth.'.length)}`;
  if (series.startsWith('indicator.')) return series;
  return (
    {
      population: 'populationThousand',
      grdpNominal: 'grdpNominalBn',
      revenue: 'revenueBn',
      investment: 'investmentBn',
      exports: 'exportsMnUsd',
    }[series] ?? series
  );
}

/**
 * One series' provenance: a kind per year and, only when some value is published, per year the
 * index of its source in `sources` (null for the others). Left out otherwise, as in most series:
 * the API answer carries this for every series of every run.
 */
export interface SeriesProvenance {
  kind: ProvenanceKind[];
  source?: (number | null)[];
}

/** The provenance of a run: per series key (`growth`, `real.II`, `indicator.poverty`), per year. */
export interface Provenance {
  series: Record<string, SeriesProvenance>;
  /** The sources of the published values, each once. */
  sources: string[];
}

/** A base figure by key (`revenueBn`, `nominalBn.II`, `indicator.doctors`); undefined when the pack has none. */
export function figureOf(pack: ModelPack, key: string): Figure | undefined {
  const b = pack.model.baseline;
  if (key.startsWith('indicator.'))
    return pack.model.indicators.find((d) => `indicator.${d.id}` === key)?.base;
  const [head, s] = key.split('.') as [string, Sector | undefined];
  if (head === 'nominalBn' || head === 'realBn') return s ? b[head][s] : undefined;
  return (b as unknown as Record<string, Figure | undefined>)[head];
}

/** What a run's provenance depends on besides the pack: the published series per year. */
export interface ProvenanceContext {
  actualSeries: readonly (readonly string[])[];
}

/**
 * The base figures behind the value of `series` in year index `t` (0 = base year), with the
 * figures that a published value of an earlier year replaced left out. Empty for unknown keys.
 */
export function figuresAt(pack: ModelPack, series: string, t: number, ctx: ProvenanceContext): string[] {
  const keys = rawFigures(series, t);
  const out: string[] = [];
  for (const raw of keys) {
    for (const key of expand(raw, sectorOf(series))) {
      const by = RESET_BY[key] ?? (key.startsWith('indicator.') ? key : null);
      if (t > 0 && by && publishedBefore(ctx, by, t)) continue;
      if (figureOf(pack, key) && !out.includes(key)) out.push(key);
    }
  }
  return out;
}

function rawFigures(series: string, t: number): readonly string[] {
  if (series.startsWith('indicator.')) return [series];
  const period = PERIOD_DEPENDS[series];
  if (period) return period;
  const d = DEPENDS[series.split('.')[0] as OutputId] as Depends | undefined;
  if (!d) return [];
  return t === 0 ? (d.is ? [d.is] : (d.base ?? [])) : d.years;
}

function sectorOf(series: string): Sector | null {
  const s = series.split('.')[1];
  return (SECTORS as readonly string[]).includes(s ?? '') ? (s as Sector) : null;
}

function expand(key: string, sector: Sector | null): string[] {
  if (key.endsWith('.*')) return SECTORS.map((s) => `${key.slice(0, -2)}.${s}`);
  if (key.endsWith('.{s}')) return sector ? [`${key.slice(0, -4)}.${sector}`] : [];
  return [key];
}

/** True when `series` was published in a year index 1..t. */
function publishedBefore(ctx: ProvenanceContext, series: string, t: number): boolean {
  for (let i = 1; i <= t; i++) if (ctx.actualSeries[i]?.includes(series)) return true;
  return false;
}

/** True when eq. 33 filled in sector growth in year index t: the total was published, the sector not. */
function splitFilled(ctx: ProvenanceContext, sector: Sector, t: number): boolean {
  const a = ctx.actualSeries[t];
  return !!a && a.includes('growth') && !a.includes(`sectorGrowth.${sector}`);
}

/** Every series key of a projection: scalar ids, `id.S` per sector, `indicator.<id>`. */
function seriesKeys(pack: ModelPack): string[] {
  const keys: string[] = [];
  for (const id of Object.keys(DEPENDS) as OutputId[]) {
    if (SECTOR_IDS.has(id)) for (const s of SECTORS) keys.push(`${id}.${s}`);
    else keys.push(id);
  }
  for (const d of pack.model.indicators) keys.push(`indicator.${d.id}`);
  return keys;
}

const SECTOR_IDS = new Set<OutputId>(['real', 'nominal', 'sectorGrowth', 'share', 'deflator']);

/** The source of a value entered as this year's estimate (scenario `estimate`). */
export const ESTIMATE_SOURCE = "this year's estimate entered by the user (scenario estimate)";

const memo = new WeakMap<ModelPack, Map<string, Provenance>>();

/**
 * The provenance of every value of a projection, computed once per pack and as-of year (it depends
 * on nothing else, so runs that differ only in their assumptions share it; treat it as read-only).
 */
export function provenanceOf(
  pack: ModelPack,
  p: Pick<Projection, 'asOf' | 'years' | 'actualSeries'> & { estimateYear?: number | null },
): Provenance {
  let byKey = memo.get(pack);
  if (!byKey) memo.set(pack, (byKey = new Map()));
  const estimateAt = p.estimateYear == null ? -1 : p.years.indexOf(p.estimateYear);
  const key = `${p.asOf}|${p.years.length}|${estimateAt}`;
  let hit = byKey.get(key);
  if (!hit) byKey.set(key, (hit = computeProvenance(pack, p, p.years.length, estimateAt)));
  return hit;
}

/** `estimateAt`: the year index whose "published" values are this year's estimate (-1: none). */
function computeProvenance(
  pack: ModelPack,
  ctx: ProvenanceContext,
  n: number,
  estimateAt: number,
): Provenance {
  const sources: string[] = [];
  const sourceIndex = (text: string): number => {
    const i = sources.indexOf(text);
    return i >= 0 ? i : sources.push(text) - 1;
  };
  const series: Record<string, SeriesProvenance> = {};
  for (const key of seriesKeys(pack)) {
    const kind: ProvenanceKind[] = [];
    const source: (number | null)[] = [];
    const d = key.startsWith('indicator.')
      ? ({ is: key, years: [key] } as Depends)
      : DEPENDS[key.split('.')[0] as OutputId];
    const sector = sectorOf(key);
    const publishedAs =
      key.startsWith('sectorGrowth.') || key.startsWith('indicator.') ? key : key.split('.')[0]!;
    for (let t = 0; t < n; t++) {
      if (t > 0 && ctx.actualSeries[t]?.includes(publishedAs)) {
        // An entered estimate stands in like a published figure but is not one.
        if (t === estimateAt) {
          kind.push('estimated');
          source.push(sourceIndex(ESTIMATE_SOURCE));
          continue;
        }
        kind.push('published');
        source.push(sourceIndex(pack.actuals[actualsKey(publishedAs)]?.source ?? actualsKey(publishedAs)));
        continue;
      }
      // Eq. (33b): the GRDP deflator of a year with published nominal GRDP and growth is their ratio.
      if (t > 0 && key === 'grdpDeflator' && derivedDeflator(ctx, t)) {
        kind.push('derived');
        source.push(null);
        continue;
      }
      const figures = figuresAt(pack, key, t, ctx).map((k) => figureOf(pack, k)!);
      // A base value the pack does not give (no digital share): the kernel's 0 is a fill-in.
      const missing = t === 0 && d.is !== undefined && figures.length === 0;
      const estimated =
        missing ||
        figures.some((f) => f.estimate !== undefined) ||
        (t === 0 && !!d.fill) ||
        taintedBySplit(d, sector, t, ctx);
      if (t === 0 && d.is && !estimated) {
        kind.push('published');
        source.push(sourceIndex(figures[0]!.source));
        continue;
      }
      kind.push(estimated ? 'estimated' : t === 0 ? (d.baseAssumed ? 'assumed' : 'derived') : 'assumed');
      source.push(null);
    }
    series[key] = source.some((x) => x !== null) ? { kind, source } : { kind };
  }
  return { series, sources };
}

/** True when year t publishes nominal GRDP and every earlier year back to the base publishes growth. */
function derivedDeflator(ctx: ProvenanceContext, t: number): boolean {
  if (!ctx.actualSeries[t]?.includes('grdpNominal')) return false;
  for (let i = 1; i <= t; i++) if (!ctx.actualSeries[i]?.includes('growth')) return false;
  return true;
}

function taintedBySplit(d: Depends, sector: Sector | null, t: number, ctx: ProvenanceContext): boolean {
  if (t === 0 || !d.split) return false;
  if (d.split === 'now') return sector !== null && splitFilled(ctx, sector, t);
  for (let i = 1; i <= t; i++)
    for (const s of d.split === 'own' && sector ? [sector] : SECTORS) if (splitFilled(ctx, s, i)) return true;
  return false;
}
