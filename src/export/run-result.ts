import type { Projection } from '../model/projection.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Scorecard, ScorecardRow } from '../targets/scorecard.ts';

/** The machine-readable result of one run, shared by `plancast run --json` and `POST /api/project`. */
export interface RunResult {
  model: { id: string; name: LocalizedText; baseYear: number; firstPlanYear: number; lastPlanYear: number };
  scenario: { name: LocalizedText | null; asOf: number | null };
  years: number[];
  yearKinds: Projection['yearKinds'];
  /** Every series of the projection; rates and shares as fractions. */
  series: Omit<Projection, 'modelId' | 'years' | 'yearKinds' | 'baseYear' | 'asOf' | 'period'>;
  period: Projection['period'];
  scorecard: ScorecardRow[];
  counts: Scorecard['counts'];
}

/** Assembles a RunResult from a projection and its scorecard. */
export function toRunResult(pack: ModelPack, input: RunInput, p: Projection, card: Scorecard): RunResult {
  const { modelId: _m, years, yearKinds, baseYear: _b, asOf, period, ...series } = p;
  const m = pack.model;
  return {
    model: {
      id: m.id,
      name: m.name,
      baseYear: m.baseYear,
      firstPlanYear: m.firstPlanYear,
      lastPlanYear: m.lastPlanYear,
    },
    scenario: { name: input.name, asOf },
    years,
    yearKinds,
    series,
    period,
    scorecard: card.rows,
    counts: card.counts,
  };
}
