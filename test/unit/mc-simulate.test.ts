import { describe, expect, it } from 'vitest';
import { PlancastError } from '../../src/core/problems.ts';
import { SECTORS } from '../../src/core/sectors.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { loadScenario } from '../../src/io/load-scenario.ts';
import { project } from '../../src/model/project.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { readSeries } from '../../src/targets/series.ts';
import { McPlan, MC_SERIES, type McStore } from '../../src/uncertainty/plan.ts';
import { simulate } from '../../src/uncertainty/simulate.ts';
import { defaultSpreads, scaleSpreads, DEFAULT_GROWTH } from '../../src/uncertainty/spreads.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';

const pack = loadModelPack('ben-tre-2021-2025');
const input = loadScenario('plan-midpoint', pack);

describe('simulate: reproducible', () => {
  it('the same seed gives identical output; the result echoes seed and draws', () => {
    const a = simulate(pack, input, { draws: 500, seed: 42 });
    const b = simulate(pack, input, { draws: 500, seed: 42 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.seed).toBe(42);
    expect(a.draws).toBe(500);
    expect(a.quantileDefinition).toBe('type-7');
  });

  it('different seeds give different numbers', () => {
    const a = simulate(pack, input, { draws: 500, seed: 1 });
    const b = simulate(pack, input, { draws: 500, seed: 2 });
    expect(a.series[0]!.years[5]!.p50).not.toBe(b.series[0]!.years[5]!.p50);
  });

  it('chunks and merged stores give the same bins as one pass (draw i depends on (seed, i) only)', () => {
    const plan = new McPlan(pack, input);
    const whole = plan.allocate(600);
    plan.runRange(9, 0, 600, whole);
    const chunked = plan.allocate(600);
    for (const [a, b] of [
      [0, 1],
      [1, 137],
      [137, 600],
    ] as const)
      plan.runRange(9, a, b, chunked);
    const left = plan.allocate(600);
    const right = plan.allocate(600);
    plan.runRange(9, 300, 600, right);
    plan.runRange(9, 0, 300, left);
    const merged = plan.allocate(600);
    merged.sketch.merge(right.sketch.export());
    merged.sketch.merge(left.sketch.export());
    const bins = (st: McStore) =>
      JSON.stringify(st.sketch.export(), (_, v: unknown) =>
        ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v,
      );
    expect(bins(chunked)).toBe(bins(whole));
    expect(bins(merged)).toBe(bins(whole));
    expect(Array.from(chunked.counts)).toEqual(Array.from(whole.counts));
    expect(whole.sketch.count).toBe(600);
  });
});

describe('simulate: with every spread zero it collapses to the deterministic run', () => {
  for (const [name, p, i] of [
    ['Ben Tre midpoint', pack, input],
    ['Ben Tre covid-2021 shocks', pack, loadScenario('covid-2021', pack)],
    ['Ben Tre as of 2022 (actual years drawn where unpublished)', pack, resolveOk(pack, { asOf: 2022 })],
    ['tiny pack', tinyPack(), resolveOk(tinyPack())],
  ] as const) {
    it(name, () => {
      const zero = scaleSpreads(defaultSpreads(p, i).spreads, 0);
      const r = simulate(p, i, { draws: 100, seed: 3, spreads: zero });
      const proj = project(p, i);
      for (const s of r.series) {
        const path = readSeries(proj, s.key);
        s.years.forEach((y, t) => {
          for (const q of [y.p05, y.p25, y.p50, y.p75, y.p95])
            expect(q).toBe(path?.kind === 'path' ? path.values[t] : NaN);
        });
      }
      const card = new Map(evaluate(p, proj).rows.map((row) => [row.id, row.status]));
      for (const t of r.targets) {
        expect([0, 1]).toContain(t.pMet);
        // No verdict, no probability: the flag follows the scorecard's "cannot be assessed".
        expect(t.assessable).toBe(card.get(t.id) !== 'cannot-assess');
        expect(t.deterministic.status).toBe(card.get(t.id));
        if (t.assessable) expect(t.pMet).toBe(card.get(t.id) === 'met' ? 1 : 0);
      }
      for (const h of r.histograms) expect(h.counts).toEqual([100]);
    });
  }
});

describe('simulate: correlated AR(1) sector shocks', () => {
  it('drawn growth shocks have the requested correlation, sd and persistence (design spreads, fixed seed; tolerance 0.03)', () => {
    const plan = new McPlan(pack, input, undefined, { from: 'design' });
    const k = plan.kernel;
    const T = k.T;
    const n = 20_000;
    const base = Float64Array.from(k.g);
    const eps: number[][][] = []; // [draw][year][sector], in sd units
    for (let i = 0; i < n; i++) {
      plan.drawInputs(11, i);
      eps.push(
        Array.from({ length: T }, (_, t) =>
          SECTORS.map((s, j) => (k.g[j * T + t]! - base[j * T + t]!) / DEFAULT_GROWTH.sd[s]),
        ),
      );
    }
    const corr = (a: number[], b: number[]) => {
      const ma = a.reduce((x, y) => x + y, 0) / a.length;
      const mb = b.reduce((x, y) => x + y, 0) / b.length;
      let sab = 0;
      let saa = 0;
      let sbb = 0;
      a.forEach((x, i) => {
        sab += (x - ma) * (b[i]! - mb);
        saa += (x - ma) ** 2;
        sbb += (b[i]! - mb) ** 2;
      });
      return sab / Math.sqrt(saa * sbb);
    };
    for (const t of [0, T - 1]) {
      const col = (j: number) => eps.map((e) => e[t]![j]!);
      for (let a = 0; a < 4; a++) {
        const sd = Math.sqrt(col(a).reduce((x, y) => x + y * y, 0) / n);
        expect(Math.abs(sd - 1)).toBeLessThan(0.03); // stationary: the same variance every year
        for (let b = a + 1; b < 4; b++)
          expect(Math.abs(corr(col(a), col(b)) - DEFAULT_GROWTH.corr[a]![b]!)).toBeLessThan(0.03);
      }
    }
    for (let j = 0; j < 4; j++)
      expect(
        Math.abs(
          corr(
            eps.map((e) => e[0]![j]!),
            eps.map((e) => e[1]![j]!),
          ) - DEFAULT_GROWTH.phi,
        ),
      ).toBeLessThan(0.03);
  });

  it('a pack with ≥ 8 years of sector history estimates sd and shrinks the correlation halfway to the default', () => {
    const p = structuredClone(pack);
    const years = Array.from({ length: 12 }, (_, i) => 2009 + i);
    let level = [100, 50, 80, 10];
    const values = SECTORS.map(() => ({}) as Record<string, number>);
    years.forEach((y, i) => {
      const shock = Math.sin(i * 1.7);
      level = level.map((v, j) => v * (1.05 + (j === 0 ? Math.cos(i * 2.3) : shock) * 0.02));
      SECTORS.forEach((_, j) => (values[j]![String(y)] = level[j]!));
    });
    SECTORS.forEach(
      (s, j) =>
        (p.history[`realBn.${s}`] = {
          unit: 'bn VND',
          series: 'derived',
          source: 'test',
          confidence: 'low',
          values: values[j]!,
        }),
    );
    const d = defaultSpreads(p, input);
    expect(d.sources.growth).toBe('history');
    expect(d.spreads.growth.corr[1]![2]!).toBeGreaterThan(0.4); // II and III move together in this history: 0.5·1 + 0.5·0.4
    expect(d.spreads.growth.corr[1]![2]!).toBeLessThanOrEqual(0.7 + 1e-12);
    expect(d.spreads.growth.corr[0]![0]).toBe(1);
    expect(simulate(p, input, { draws: 100, seed: 1 }).spreadSources.growth).toBe('history');
  });
});

describe('simulate: limits and outputs', () => {
  it('refuses draws outside 100..1,000,000 and bad seeds with a PlancastError naming the range', () => {
    for (const draws of [0, 99, 1_000_001, 1.5, NaN])
      expect(() => simulate(pack, input, { draws, seed: 1 })).toThrow(PlancastError);
    expect(() => simulate(pack, input, { draws: 0, seed: 1 })).toThrow(/100 to 1000000/);
    expect(() => simulate(pack, input, { draws: 100, seed: -1 })).toThrow(/seed/);
  });

  it('reports every modelled target with a Wilson interval around P(met), quantiles in order, a histogram per series', () => {
    const r = simulate(pack, input, { draws: 1000, seed: 5 });
    expect(r.targets.map((t) => t.id)).toContain('grdp-growth');
    for (const t of r.targets) {
      expect(t.interval.lo).toBeLessThanOrEqual(t.pMet);
      expect(t.interval.hi).toBeGreaterThanOrEqual(t.pMet);
      expect(Object.values(t.counts).reduce((a, b) => a + b, 0)).toBe(1000);
    }
    expect(r.series.map((s) => s.key)).toEqual([...MC_SERIES]);
    for (const s of r.series)
      for (const y of s.years)
        expect(y.p05 <= y.p25 && y.p25 <= y.p50 && y.p50 <= y.p75 && y.p75 <= y.p95).toBe(true);
    for (const h of r.histograms) expect(h.counts.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('reports progress and stops on an aborted signal', () => {
    const seen: number[] = [];
    simulate(pack, input, { draws: 12_000, seed: 1, onProgress: (d) => seen.push(d) });
    expect(seen.at(-1)).toBe(12_000);
    const ac = new AbortController();
    expect(() =>
      simulate(pack, input, {
        draws: 12_000,
        seed: 1,
        signal: ac.signal,
        onProgress: () => ac.abort(new Error('stop')),
      }),
    ).toThrow('stop');
  });
});
