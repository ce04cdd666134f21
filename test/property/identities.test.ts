import fc from 'fast-check';
import { OUTPUTS } from '../../src/model/variables.ts';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/core/sectors.ts';
import { project } from '../../src/model/project.ts';
import { packArb, scenarioArb } from '../helpers/arbitraries.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';

const base = tinyPack();
const close = (a: number, b: number, rel = 1e-9) =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
const cases = fc.tuple(packArb(base), scenarioArb(base));

describe('accounting identities hold for any valid pack and scenario', () => {
  it('shares sum to 100 % every year', () => {
    fc.assert(
      fc.property(cases, ([pack, spec]) => {
        const p = project(pack, resolveOk(pack, spec));
        p.years.forEach((_, t) =>
          expect(
            close(
              SECTORS.reduce((s, k) => s + p.share[k][t]!, 0),
              1,
            ),
          ).toBe(true),
        );
      }),
    );
  });

  it('nominal = real × deflator, per sector and for GRDP', () => {
    fc.assert(
      fc.property(cases, ([pack, spec]) => {
        const p = project(pack, resolveOk(pack, spec));
        p.years.forEach((_, t) => {
          for (const s of SECTORS)
            expect(close(p.nominal[s][t]!, p.real[s][t]! * p.deflator[s][t]!)).toBe(true);
          expect(close(p.grdpNominal[t]!, p.grdpReal[t]! * p.grdpDeflator[t]!)).toBe(true);
        });
      }),
    );
  });

  it('per capita = nominal GRDP ÷ population', () => {
    fc.assert(
      fc.property(cases, ([pack, spec]) => {
        const p = project(pack, resolveOk(pack, spec));
        p.years.forEach((_, t) =>
          expect(close(p.perCapita[t]!, p.grdpNominal[t]! / p.population[t]!)).toBe(true),
        );
      }),
    );
  });

  it('total growth is sector growth weighted by last year constant-price weights', () => {
    fc.assert(
      fc.property(cases, ([pack, spec]) => {
        const p = project(pack, resolveOk(pack, spec));
        for (let t = 1; t < p.years.length; t++) {
          const weighted = SECTORS.reduce(
            (s, k) => s + (p.real[k][t - 1]! / p.grdpReal[t - 1]!) * p.sectorGrowth[k][t]!,
            0,
          );
          expect(close(p.growth[t]!, weighted)).toBe(true);
        }
      }),
    );
  });

  it('zero growth and zero inflation leave every level unchanged', () => {
    fc.assert(
      fc.property(packArb(base), (pack) => {
        const zero = { I: 0, II: 0, III: 0, T: 0 };
        const p = project(
          pack,
          resolveOk(pack, {
            assumptions: {
              growth: zero,
              deflator: zero,
              populationGrowth: 0,
              exportGrowth: 0,
              labourGrowth: 0,
              indicators: { urbanisation: 0, poverty: 0 },
            },
          }),
        );
        for (let t = 1; t < p.years.length; t++) {
          for (const s of SECTORS) {
            expect(close(p.real[s][t]!, p.real[s][0]!)).toBe(true);
            expect(close(p.nominal[s][t]!, p.nominal[s][0]!)).toBe(true);
            expect(close(p.share[s][t]!, p.share[s][0]!)).toBe(true);
          }
          for (const series of [
            p.grdpReal,
            p.grdpNominal,
            p.population,
            p.perCapita,
            p.exports,
            p.labour,
            p.indicators.poverty!,
          ])
            expect(close(series[t]!, series[0]!)).toBe(true);
          expect(p.growth[t]).toBe(0);
          expect(p.investment[t]).toBe(0); // ICOR × zero increase
        }
      }),
    );
  });

  it('raising any sector growth never lowers real GRDP or per capita', () => {
    fc.assert(
      fc.property(
        cases,
        fc.constantFrom(...SECTORS),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        ([pack, spec], sector, bump) => {
          const lo = project(pack, resolveOk(pack, spec));
          // A resolved input is frozen: the bumped one is a new input sharing the other paths.
          const base = resolveOk(pack, spec);
          const growth = { ...base.growth, [sector]: base.growth[sector].map((g) => g + bump / 100) };
          const hi = project(pack, { ...base, growth });
          for (let t = 1; t < lo.years.length; t++) {
            expect(hi.grdpReal[t]!).toBeGreaterThanOrEqual(lo.grdpReal[t]! * (1 - 1e-12));
            expect(hi.perCapita[t]!).toBeGreaterThanOrEqual(lo.perCapita[t]! * (1 - 1e-12));
          }
        },
      ),
    );
  });

  it('never produces NaN or Infinity in any series', () => {
    fc.assert(
      fc.property(cases, ([pack, spec]) => {
        const p = project(pack, resolveOk(pack, spec));
        const walk = (v: unknown): void => {
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          else if (Array.isArray(v) || ArrayBuffer.isView(v))
            Array.from(v as ArrayLike<number>).forEach(walk);
          else if (v && typeof v === 'object') Object.values(v).forEach(walk);
        };
        // A projection's series are getters of the variable list's outputs: walk each one by name.
        for (const o of OUTPUTS) walk(p[o.id]);
        walk(p.indicators);
        walk(p.period);
      }),
    );
  });
});
