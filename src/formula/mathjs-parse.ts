// mathjs's expression parser and nothing else: the number-only build, with only the factories
// `parse` needs. Compiled by scripts/build.mjs into dist/formula/mathjs-parse.cjs (~150 kB), which
// src/io/formula-parser.ts requires only when a pack has a formula.
import { create, parseDependencies } from 'mathjs/number';

export const parse = create({ parseDependencies: parseDependencies! }).parse;
