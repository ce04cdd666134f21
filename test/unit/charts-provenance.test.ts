import { describe, expect, it } from 'vitest';
import { CHARTS, type ChartInput } from '../../src/charts/index.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { resolveOk } from '../helpers/tiny.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spec = Record<string, any>;
const chart = (id: string) => CHARTS.find((c) => c.id === id)!;
const inputFor = (p: ModelPack, lang: 'vi' | 'en', asOf?: number): ChartInput => ({
  lang,
  pack: p,
  current: project(p, resolveOk(p, asOf ? { asOf } : {})),
  baseline: project(p, resolveOk(p)),
});

/** Every encoding in a spec, however deep its layers go. */
function encodings(spec: Spec): Spec[] {
  const out: Spec[] = spec.encoding ? [spec.encoding] : [];
  for (const l of spec.layer ?? []) out.push(...encodings(l));
  return out;
}

describe('charts show the provenance of each value (published solid, projected dashed, estimated faded)', () => {
  const pack = loadModelPack('ben-tre-2021-2025');

  it('Ben Tre as of 2024: growth published 2020-2024 (provincial statistics), 2025 rests on the estimated split', () => {
    const rows = chart('growth')
      .data(inputFor(pack, 'en', 2024))
      .series!.filter((r) => r.scenario === 'Current scenario');
    expect(rows.map((r) => r.basis)).toEqual([
      'Published',
      'Published',
      'Published',
      'Published',
      'Published',
      'Rests on estimates',
    ]);
    // The segment into a year starts at the previous year's point.
    expect(rows[1]).toMatchObject({ prevYear: 2020, year: 2021 });
  });

  it('every deterministic chart encodes the basis (dash for lines, opacity everywhere), in vi too', () => {
    const vi = inputFor(pack, 'vi', 2024);
    for (const def of CHARTS) {
      const enc = encodings(def.spec(vi) as Spec);
      expect(
        enc.some((e) => e.opacity?.field === 'basis'),
        def.id,
      ).toBe(true);
      for (const rows of Object.values(def.data(vi)))
        for (const r of rows)
          if ('basis' in r) expect(['Số công bố', 'Dự báo', 'Dựa trên ước tính']).toContain(r.basis);
    }
    const dash = encodings(chart('perCapita').spec(vi) as Spec).find((e) => e.strokeDash)!.strokeDash;
    expect(dash.field).toBe('basis');
    expect(dash.scale.range).toEqual([
      [1, 0],
      [6, 4],
      [2, 3],
    ]);
  });

  it('a projection from official figures only is dashed, not faded (exports of the tiny pack)', () => {
    const tiny = loadModelPack(new URL('../fixtures/tiny-pack', import.meta.url).pathname);
    // Cumulative exports: base 0 exact, then exports 110 and 121 from the official 100 at an assumed 10 %.
    const rows = chart('exports')
      .data(inputFor(tiny, 'en'))
      .series!.filter((r) => r.scenario === 'Current scenario');
    expect(rows.map((r) => [r.value, r.basis])).toEqual([
      [0, 'Published'],
      [expect.closeTo(110, 9), 'Projected'],
      [expect.closeTo(231, 9), 'Projected'],
    ]);
  });
});
