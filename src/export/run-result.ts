import { perSector, type PerSector } from '../core/sectors.ts';
import type { Path, Projection } from '../model/projection.ts';
import { provenanceOf } from '../model/provenance.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import { OUTPUTS } from '../model/variables.ts';
import type { RunResultSchema } from '../schema/api.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Scorecard } from '../targets/scorecard.ts';
import { verdict, verdictInput } from '../targets/verdict.ts';
import type { z } from 'zod';

/**
 * The machine-readable result of one run, shared by `plancast run --json` and `POST /api/project`:
 * the type of its zod schema, so the two cannot drift apart.
 */
export type RunResult = z.output<typeof RunResultSchema>;

/** Assembles a RunResult from a projection and its scorecard. */
export function toRunResult(pack: ModelPack, input: RunInput, p: Projection, card: Scorecard): RunResult {
  const { years, yearKinds, asOf, period } = p;
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
    years: [...years],
    yearKinds,
    series: plainSeries(p),
    period,
    provenance: provenanceOf(pack, p),
    scorecard: card.rows,
    counts: card.counts,
    verdict: verdictOf(pack, p, card),
  };
}

/** The verdict the CLI and the page open with (src/targets/verdict.ts), in both languages. */
function verdictOf(pack: ModelPack, p: Projection, card: Scorecard): RunResult['verdict'] {
  const facts = verdictInput(pack, p, card.counts);
  const vi = verdict(facts, 'vi');
  const en = verdict(facts, 'en');
  return {
    missed: en.missed,
    assessable: en.assessable,
    title: { vi: vi.title, en: en.title },
    sentences: { vi: vi.sentences, en: en.sentences },
  };
}

/** The projection's paths as plain arrays: typed arrays would serialize as objects in JSON. */
function plainSeries(p: Projection): RunResult['series'] {
  const arr = (a: Path): number[] => Array.from(a);
  const out: Record<string, unknown> = { actualSeries: p.actualSeries };
  for (const o of OUTPUTS)
    out[o.id] = o.perSector ? perSector((s) => arr((p[o.id] as PerSector<Path>)[s])) : arr(p[o.id] as Path);
  out.indicators = Object.fromEntries(Object.entries(p.indicators).map(([id, v]) => [id, arr(v)]));
  return out as RunResult['series'];
}
