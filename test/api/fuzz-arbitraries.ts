import fc from 'fast-check';

/** Values that should never be accepted where a number, a string or an object is expected. */
export const weird: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    '',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '__proto__',
    'constructor',
    -0,
    0,
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 2,
  ),
  fc.double(), // NaN and ±Infinity become null in JSON
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.array(fc.double(), { maxLength: 20 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 5 }),
  fc.constantFrom(2, 30, 2000).map((depth) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
    return v;
  }),
);

const pctish = fc.oneof(
  { arbitrary: fc.double({ min: -100, max: 100, noNaN: true }), weight: 3 },
  { arbitrary: weird, weight: 1 },
);
const yearKey = fc.constantFrom('2020', '2021', '2022', '2023', 'abcd', '0000', '');
const yearly = fc.oneof(pctish, fc.dictionary(yearKey, pctish, { maxKeys: 4 }));
const sectors = fc.record({ I: yearly, II: yearly, III: yearly, T: yearly, X: yearly }, { requiredKeys: [] });
const text = fc.oneof(
  fc.record({ vi: fc.string({ maxLength: 20 }), en: fc.string({ maxLength: 20 }) }),
  weird,
);

const assumptions = fc.record(
  {
    growth: fc.oneof(sectors, weird),
    deflator: fc.oneof(sectors, weird),
    populationGrowth: yearly,
    budget: fc.oneof(
      fc.record(
        {
          mode: fc.oneof(fc.constantFrom('ratio', 'buoyancy'), weird),
          revenueRatio: yearly,
          buoyancy: pctish,
          retainedShare: pctish,
          recurrentGrowth: yearly,
          transferGrowth: yearly,
          developmentShareOfOwn: yearly,
          developmentShareOfTransfers: yearly,
        },
        { requiredKeys: [] },
      ),
      weird,
    ),
    investment: fc.oneof(
      fc.record(
        {
          mode: fc.oneof(fc.constantFrom('icor', 'rate'), weird),
          icor: yearly,
          rate: yearly,
          depreciation: pctish,
        },
        { requiredKeys: [] },
      ),
      weird,
    ),
    labourGrowth: yearly,
    capitalShare: pctish,
    exportGrowth: yearly,
    indicators: fc.oneof(
      fc.dictionary(fc.constantFrom('urbanisation', 'poverty', 'smiles'), yearly, { maxKeys: 3 }),
      weird,
    ),
  },
  { requiredKeys: [] },
);

const shock = fc.record(
  {
    sector: fc.oneof(fc.constantFrom('I', 'II', 'III', 'T'), weird),
    year: fc.oneof(fc.integer({ min: 2015, max: 2030 }), weird),
    sizePp: pctish,
    recoverNextYear: fc.oneof(fc.boolean(), weird),
  },
  { requiredKeys: [] },
);

/** Scenario-like objects: mostly the right shape, with wrong types, out-of-range values, missing and unknown keys. */
export const scenarioish = fc
  .tuple(
    fc.record(
      {
        model: fc.oneof({ arbitrary: fc.constant('tiny'), weight: 4 }, { arbitrary: weird, weight: 1 }),
        name: text,
        description: text,
        assumptions: fc.oneof({ arbitrary: assumptions, weight: 4 }, { arbitrary: weird, weight: 1 }),
        shocks: fc.oneof(fc.array(shock, { maxLength: 60 }), weird),
        asOf: fc.oneof(fc.integer({ min: 2015, max: 2030 }), weird),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.string({ maxLength: 10 }), weird, { maxKeys: 2 }),
    fc.boolean(),
  )
  .map(([spec, extra, addExtra]) => (addExtra ? { ...extra, ...spec } : spec));

const NUMBER_TOKENS = [
  '1e999',
  '-1e999',
  '1e-400',
  '123456789012345678901234567890',
  '-0',
  '0.0000000000000000000001',
];

/** Request body texts: JSON of the above, random JSON, broken JSON, huge numbers, deep nesting, enormous arrays. */
export const bodyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: scenarioish.map((s) => JSON.stringify(s)), weight: 10 },
  { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), weight: 2 },
  { arbitrary: fc.string({ maxLength: 60 }), weight: 1 },
  { arbitrary: scenarioish.map((s) => JSON.stringify(s).slice(0, -1)), weight: 1 },
  {
    arbitrary: fc
      .tuple(scenarioish, fc.constantFrom(...NUMBER_TOKENS))
      .map(([s, tok]) => JSON.stringify(s).replace(/-?\d+(\.\d+)?(e[+-]?\d+)?/i, tok)),
    weight: 2,
  },
  {
    arbitrary: fc
      .constantFrom(3, 300, 100_000)
      .map((n) => `{"model":"tiny","assumptions":${'['.repeat(n)}${']'.repeat(n)}}`),
    weight: 1,
  },
  {
    arbitrary: fc
      .constantFrom(3, 300, 40_000)
      .map((n) => `{"model":"tiny","name":${'{"vi":'.repeat(n)}1${'}'.repeat(n)}}`),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom(51, 8_000).map((n) =>
      JSON.stringify({
        model: 'tiny',
        shocks: Array.from({ length: n }, () => ({ sector: 'I', year: 2021, sizePp: 1 })),
      }),
    ),
    weight: 1,
  },
  {
    arbitrary: fc
      .constantFrom(6, 1_000, 140_000)
      .map((n) => JSON.stringify({ model: 'tiny', assumptions: { growth: { I: Array(n).fill(1) } } })),
    weight: 1,
  },
);

/**
 * `draws` of POST /api/simulate as JSON text: mostly small valid counts (≤ 300, so the fuzz stays
 * fast), refused ones, and weird values (never a valid count above 300).
 */
export const drawsText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 100, max: 300 }).map(String), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      '0',
      '-1',
      '99',
      '100.5',
      '50001',
      '60000',
      '1e999',
      'null',
      '"100"',
      '"abc"',
      '[]',
    ),
    weight: 2,
  },
  {
    arbitrary: weird
      .filter((v) => !(typeof v === 'number' && Number.isInteger(v) && v > 300 && v <= 50_000))
      .map((v) => JSON.stringify(v) ?? 'null'),
    weight: 1,
  },
);

/**
 * Wide bodies (issue 16, item 1): objects and arrays at, just under and far over the width limits
 * (256 members per container, 2,048 items in all), their values wrong or right. Refused before
 * parsing when over, validated with bounded work when under; never a 5xx.
 */
export const wideBody: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(1, 255, 256, 257, 2_000, 20_000),
    fc.constantFrom('indicators', 'top', 'shocks', 'nested', 'yearly'),
    fc.oneof(fc.constant('x'), fc.constant(1), weird),
  )
  .map(([n, where, value]) => {
    const keys = (count: number) => Array.from({ length: count }, (_, i) => `k${i}`);
    const obj = (count: number) => Object.fromEntries(keys(count).map((k) => [k, value]));
    switch (where) {
      case 'indicators':
        return JSON.stringify({ model: 'tiny', assumptions: { indicators: obj(n) } });
      case 'top':
        return JSON.stringify({ model: 'tiny', ...obj(n) });
      case 'shocks':
        return JSON.stringify({
          model: 'tiny',
          shocks: Array.from({ length: n }, () => ({ sector: 'II', year: 2021, sizePp: value })),
        });
      case 'nested': {
        const rows = Math.max(1, Math.floor(n / 10));
        const inner = Object.fromEntries(keys(rows).map((k) => [k, obj(10)]));
        return JSON.stringify({ model: 'tiny', assumptions: { indicators: inner } });
      }
      default:
        return JSON.stringify({
          model: 'tiny',
          assumptions: {
            growth: { I: Object.fromEntries(keys(n).map((k, i) => [String(2000 + i), value])) },
          },
        });
    }
  });

/**
 * Valid scenarios with combined shocks (issue 16, item 2): each shock within -50..50 pp, many on
 * one sector-year, with recoveries and as-of years. Projected with finite, positive levels, or
 * refused with a 422 that names the shocks: never a 5xx, a null or a negative level.
 */
export const combinedShocks = (years: readonly number[]): fc.Arbitrary<string> =>
  fc
    .record({
      sector: fc.constantFrom('I', 'II', 'III', 'T'),
      year: fc.constantFrom(...years),
      count: fc.integer({ min: 1, max: 12 }),
      sizePp: fc.oneof(fc.constant(-50), fc.constant(50), fc.double({ min: -50, max: 50, noNaN: true })),
      recoverNextYear: fc.boolean(),
      others: fc.array(
        fc.record({
          sector: fc.constantFrom('I', 'II', 'III', 'T'),
          year: fc.constantFrom(...years),
          sizePp: fc.double({ min: -50, max: 50, noNaN: true }),
        }),
        { maxLength: 8 },
      ),
      growth: fc.option(fc.double({ min: -10, max: 40, noNaN: true }), { nil: undefined }),
      asOf: fc.option(fc.constantFrom(...years), { nil: undefined }),
    })
    .map(({ sector, year, count, sizePp, recoverNextYear, others, growth, asOf }) =>
      JSON.stringify({
        model: 'tiny',
        ...(growth === undefined ? {} : { assumptions: { growth: { [sector]: growth } } }),
        shocks: [
          ...Array.from({ length: count }, () => ({ sector, year, sizePp, recoverNextYear })),
          ...others,
        ],
        ...(asOf === undefined ? {} : { asOf }),
      }),
    );
