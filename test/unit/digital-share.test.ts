import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk } from '../helpers/tiny.ts';

const pack = loadModelPack('vinh-long-2026-2030');

describe('digital economy share of GRDP, docs/model.md eq. (90)', () => {
  it('moves by its pace from the base share: 5 % + 5 × 0.29 pp = 6.45 % in 2030 (hand-checked)', () => {
    const p = project(pack, resolveOk(pack));
    expect(Array.from(p.digitalShare, (x) => x * 100)).toEqual(
      [5, 5.29, 5.58, 5.87, 6.16, 6.45].map((x) => expect.closeTo(x, 9)),
    );
  });

  it('stays within 0..100 % whatever the pace', () => {
    const p = project(pack, resolveOk(pack, { assumptions: { digitalShareChange: -5 } }));
    expect(Array.from(p.digitalShare)).toEqual([0.05, 0, 0, 0, 0, 0]);
  });

  it('cannot assess Vinh Long target VL.4 (10.08 % in 2030) on the placeholder base share, but shows its value', () => {
    const row = evaluate(pack, project(pack, resolveOk(pack))).rows.find((r) => r.clause === 'VL.4')!;
    expect(row.status).toBe('cannot-assess');
    expect(row.projected).toBeCloseTo(6.45, 9);
    expect(row.gap).toBeNull();
    expect(row.estimates).toEqual(['baseline.digitalSharePct']);
    expect(row.placeholders).toEqual(['baseline.digitalSharePct']);
  });

  it('scores VL.4 once a sourced base share replaces the placeholder (still an estimate: starred)', () => {
    const sourced = structuredClone(pack);
    delete sourced.model.baseline.digitalSharePct!.placeholder;
    const row = evaluate(sourced, project(sourced, resolveOk(sourced))).rows.find(
      (r) => r.clause === 'VL.4',
    )!;
    expect(row.status).toBe('missed');
    expect(row.gap).toBeCloseTo(6.45 - 10.08, 9);
    expect(row.estimates).toEqual(['baseline.digitalSharePct']);
    const fast = project(sourced, resolveOk(sourced, { assumptions: { digitalShareChange: 1.1 } }));
    expect(evaluate(sourced, fast).rows.find((r) => r.clause === 'VL.4')!.status).toBe('met');
  });
});
