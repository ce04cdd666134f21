import { z } from 'zod';
import { HEADLINE_SERIES } from '../targets/verdict.ts';
import { WILSON_Z, wilsonInterval } from './quantile.ts';

/**
 * Joint outcomes of the Monte Carlo (docs/model.md §9.1): how often the headline targets are met
 * together, how many of the assessable targets a draw meets, and the odds of one headline target
 * given that growth is met. Streamed: each draw adds to a few integer tallies (O(targets + pairs)
 * memory, no draw kept), so stores filled in any chunks or by any workers sum to the same numbers.
 * "Met" is the status `met` of the one scorer (src/targets/scorer.ts), as P(met): a band counts
 * only inside it, so "exceeded" is not met here either.
 */

const interval = z.object({ lo: z.number(), hi: z.number() }).describe('Wilson interval at `z`');

/** One headline group: the targets of one headline card (the structure card holds every share target). */
const HeadlineGroup = z.object({
  series: z
    .string()
    .describe('headline series (src/targets/verdict.ts HEADLINE_SERIES; `share.` = structure)'),
  ids: z.array(z.string()).describe('its assessable targets; the group is met when all of them are'),
  pMet: z.number(),
  interval,
});

/** P(event group met | growth met) for one pair. */
const Conditional = z.object({
  given: z.string().describe('the conditioning headline series (growth: grdpReal)'),
  event: z.string().describe('the headline series whose odds are given'),
  pGiven: z.number().describe('P(given met)'),
  pBoth: z.number().describe('P(both met)'),
  pConditional: z
    .number()
    .nullable()
    .describe('P(event met | given met) = pBoth / pGiven; null when no draw meets `given`'),
  interval: interval.nullable().describe('Wilson interval of pConditional over the draws meeting `given`'),
  nGiven: z.number().int().describe('draws meeting `given` (the sample of the conditional)'),
});

/** The joint outcomes in `simulate --json` and the API (`joint`). */
export const JointOutcomeSchema = z
  .object({
    z: z.number().describe('normal quantile of every interval here (1.96: 95 %)'),
    headline: z.object({
      groups: z.array(HeadlineGroup),
      pAll: z.number().describe('P(every headline group met in the same draw)'),
      interval,
      count: z.number().int(),
    }),
    conditionals: z.array(Conditional),
  })
  .describe('joint odds of the headline targets (docs/model.md §9.1)')
  .meta({ id: 'JointOutcome' });
export type JointOutcome = z.infer<typeof JointOutcomeSchema>;

/** How many of the assessable targets a draw meets (`countMet`). */
export const CountMetSchema = z
  .object({
    n: z.number().int().describe('assessable targets counted'),
    ids: z.array(z.string()).describe('the n targets counted'),
    excluded: z
      .array(z.string())
      .describe('simulated targets left out: resting on a placeholder figure (cannot assess)'),
    z: z.number(),
    distribution: z
      .array(z.object({ k: z.number().int(), count: z.number().int(), p: z.number(), interval }))
      .describe('P(exactly k of n met), k = 0..n; the p sum to 1'),
  })
  .describe('distribution of the number of assessable targets met per draw (docs/model.md §9.1)')
  .meta({ id: 'CountMet' });
export type CountMet = z.infer<typeof CountMetSchema>;

/** What the joint plan needs of a compiled target. */
export interface JointTarget {
  target: { id: string; series?: string | undefined };
  assessable: boolean;
}

/**
 * The tally layout of one Monte Carlo: [all-headline, k = 0..n, group met × G, both met × P].
 * Pairs are (growth, every other headline group).
 */
export class JointPlan {
  readonly n: number;
  readonly size: number;
  readonly ids: string[];
  readonly excluded: string[];
  readonly groups: { series: string; ids: string[] }[];
  private readonly assess: Int32Array;
  private readonly groupIdx: Int32Array[];
  /** Event group of each pair; the condition is group 0 (growth) when `hasGrowth`. */
  private readonly pairs: number[];

  constructor(targets: readonly JointTarget[]) {
    const idx = targets.flatMap((t, j) => (t.assessable ? [j] : []));
    this.assess = Int32Array.from(idx);
    this.n = idx.length;
    this.ids = idx.map((j) => targets[j]!.target.id);
    this.excluded = targets.filter((t) => !t.assessable).map((t) => t.target.id);
    const groups: { series: string; idx: number[] }[] = [];
    for (const s of HEADLINE_SERIES) {
      const hits = idx.filter((j) => {
        const series = targets[j]!.target.series ?? '';
        return s.endsWith('.') ? series.startsWith(s) : series === s;
      });
      // The headline card of a single series is its first target (as verdict.ts headlineTargets).
      if (hits.length > 0) groups.push({ series: s, idx: s.endsWith('.') ? hits : [hits[0]!] });
    }
    this.groups = groups.map((g) => ({ series: g.series, ids: g.idx.map((j) => targets[j]!.target.id) }));
    this.groupIdx = groups.map((g) => Int32Array.from(g.idx));
    this.pairs = groups[0]?.series === 'grdpReal' ? groups.slice(1).map((_, i) => i + 1) : [];
    this.size = 1 + (this.n + 1) + groups.length + this.pairs.length;
  }

  /** Adds one draw: `met[j]` is 1 when compiled target j is met. */
  add(met: Uint8Array, tally: Int32Array): void {
    let k = 0;
    const assess = this.assess;
    for (let i = 0; i < assess.length; i++) k += met[assess[i]!]!;
    tally[1 + k]! += 1;
    const g0 = 2 + this.n;
    const G = this.groupIdx.length;
    let all = G > 0 ? 1 : 0;
    let growthMet = 0;
    for (let g = 0; g < G; g++) {
      const ids = this.groupIdx[g]!;
      let ok = 1;
      for (let i = 0; i < ids.length; i++) ok &= met[ids[i]!]!;
      tally[g0 + g]! += ok;
      all &= ok;
      if (g === 0) growthMet = ok;
      else if (this.pairs.length > 0) tally[g0 + G + g - 1]! += growthMet & ok;
    }
    tally[0]! += all;
  }

  /** The outcome of a filled tally (integer counts over `draws` draws). */
  summarize(tally: ArrayLike<number>, draws: number): { joint: JointOutcome; countMet: CountMet } {
    const G = this.groups.length;
    const g0 = 2 + this.n;
    const p = (c: number, of: number) => (of > 0 ? c / of : 0);
    const groups = this.groups.map((g, i) => {
      const c = tally[g0 + i]!;
      return { ...g, ids: [...g.ids], pMet: p(c, draws), interval: wilsonInterval(c, draws) };
    });
    const given = tally[g0]!;
    const conditionals = this.pairs.map((g, i) => {
      const both = tally[g0 + G + i]!;
      return {
        given: this.groups[0]!.series,
        event: this.groups[g]!.series,
        pGiven: p(given, draws),
        pBoth: p(both, draws),
        pConditional: given > 0 ? both / given : null,
        interval: given > 0 ? wilsonInterval(both, given) : null,
        nGiven: given,
      };
    });
    const all = tally[0]!;
    return {
      joint: {
        z: WILSON_Z,
        headline: { groups, pAll: p(all, draws), interval: wilsonInterval(all, draws), count: all },
        conditionals,
      },
      countMet: {
        n: this.n,
        ids: [...this.ids],
        excluded: [...this.excluded],
        z: WILSON_Z,
        distribution: Array.from({ length: this.n + 1 }, (_, k) => {
          const c = tally[1 + k]!;
          return { k, count: c, p: p(c, draws), interval: wilsonInterval(c, draws) };
        }),
      },
    };
  }
}
