import { describe, expect, it } from 'vitest';
import { compare } from '../../src/targets/compare.ts';
import { evaluateTarget } from '../../src/targets/evaluate-target.ts';
import type { Target } from '../../src/schema/target.ts';
import type { Projection } from '../../src/model/projection.ts';

const target = (over: Partial<Target>): Target => ({
  id: 't',
  clause: '1',
  group: 'economy',
  name: { vi: 't', en: 't' },
  modelled: 'model',
  series: 'exports',
  kind: 'level',
  comparator: 'atLeast',
  value: 100,
  unit: 'mn USD',
  direction: 'up',
  ...over,
});

describe('compare (docs/model.md §5.2)', () => {
  it('float noise does not move a status: 14.999999999999991 meets ≥ 15, 8.600000000000009 meets 7.5-8.6', () => {
    // The two cases of issue 11: plan-low sector II and plan-high sector III, computed values.
    const floor = target({ comparator: 'atLeast', value: 15, unit: '%/yr' });
    expect(compare(floor, 14.999999999999991)).toEqual({ status: 'met', gap: 0 });
    const band = target({ comparator: 'range', min: 7.5, max: 8.6, unit: '%/yr', direction: 'up' });
    expect(compare(band, 8.600000000000009)).toEqual({ status: 'met', gap: 0 });
    // The tolerance is 1e-9 relative: a difference a planner could mean still counts.
    expect(compare(floor, 14.9999999).status).toBe('near');
    expect(compare(band, 8.6000001).status).toBe('exceeded');
  });

  it('atLeast: met, near within 2 % of the level, missed below', () => {
    expect(compare(target({}), 100)).toEqual({ status: 'met', gap: 0 });
    expect(compare(target({}), 98.5)).toEqual({ status: 'near', gap: -1.5 });
    expect(compare(target({}), 97)).toEqual({ status: 'missed', gap: -3 });
  });

  it('atMost: ranks better when lower', () => {
    const t = target({ comparator: 'atMost', value: 20, unit: 'rank', direction: 'down' });
    expect(compare(t, 15).status).toBe('met');
    expect(compare(t, 25)).toEqual({ status: 'missed', gap: 5 });
  });

  it('range: exceeded on the good side only, near on the other', () => {
    const up = target({ comparator: 'range', min: 8.5, max: 9.5, unit: '%/yr' });
    expect(compare(up, 9)).toEqual({ status: 'met', gap: 0 });
    expect(compare(up, 10).status).toBe('exceeded');
    expect(compare(up, 8.3).status).toBe('near'); // within 0.3 pp
    expect(compare(up, 7.9).status).toBe('missed');
    const down = target({ comparator: 'range', min: 1, max: 1.5, unit: '%', direction: 'down' });
    expect(compare(down, 0.5).status).toBe('exceeded');
    expect(compare(down, 1.7).status).toBe('near');
    expect(compare(down, 2.5).status).toBe('missed');
    const neutral = target({ comparator: 'range', min: 1, max: 2, unit: '%', direction: 'neutral' });
    expect(compare(neutral, 3).status).toBe('missed');
  });

  it('about: gap measured from the tolerance band; neutral misses on both sides', () => {
    const share = target({ comparator: 'about', value: 26.51, tol: 0.5, unit: '%', direction: 'neutral' });
    expect(compare(share, 26.9).status).toBe('met');
    expect(compare(share, 30.35).status).toBe('missed');
    expect(compare(share, 30.35).gap).toBeCloseTo(3.34, 9);
    const tfp = target({ comparator: 'about', value: 35, tol: 2, unit: '%', direction: 'up' });
    expect(compare(tfp, 40).status).toBe('exceeded');
    expect(compare(tfp, 32.8).status).toBe('near');
  });
});

describe('every-year targets report the worst year', () => {
  const path = (values: number[]): Projection =>
    ({ years: values.map((_, i) => 2020 + i), exports: values, indicators: {} }) as unknown as Projection;

  it('annual atMost: the worst year is the highest value', () => {
    const t = target({ kind: 'annual', comparator: 'atMost', value: 20 });
    const out = evaluateTarget(t, path([0, 10, 30, 15]));
    expect(out.status).toBe('missed');
    expect(out.projected).toBe(30);
    expect(out.gap).toBe(10);
    expect(out.yearsMet).toBe(2);
  });

  it('annual range: an exceeded year does not hide a missed one', () => {
    const t = target({ kind: 'annual', comparator: 'range', min: 10, max: 12 });
    const out = evaluateTarget(t, path([0, 30, 9, 11]));
    expect(out.status).toBe('missed');
    expect(out.projected).toBe(9);
    expect(out.gap).toBe(-1);
  });

  it('a reduction faster than a "reduce by 1-1.5 a year" band is exceeded, not missed', () => {
    const t = target({
      kind: 'change',
      comparator: 'range',
      min: 1,
      max: 1.5,
      unit: 'pp/yr',
      direction: 'down',
    });
    const out = evaluateTarget(t, path([10, 8.4, 7.2]));
    expect(out.perYear!.map((y) => y.status)).toEqual(['exceeded', 'met']);
    expect(out.status).toBe('met');
    expect(out.projected).toBeCloseTo(1.4, 12);
  });

  it('growth from a zero base is not scored (never Infinity)', () => {
    const t = target({ kind: 'avgGrowth', comparator: 'atLeast', value: 5, unit: '%/yr' });
    const out = evaluateTarget(t, path([0, 10, 20]));
    expect(out.status).toBe('not-modelled');
    expect(out.projected).toBeNull();
  });
});
