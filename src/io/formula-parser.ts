import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { MathNode, ParseFn } from '../formula/compile.ts';

let parse: ParseFn | null = null;

/**
 * mathjs's parser, loaded on first use only: a pack without formulas never loads mathjs.
 * Compiled (dist/), it is the ~150 kB bundle scripts/build.mjs makes of src/formula/mathjs-parse.ts,
 * required synchronously so the pack loader stays synchronous; from the sources (tests, tsx) it is
 * the npm package's number-only build (slower to load: ~1-3 s).
 */
export function mathParser(): ParseFn {
  if (parse) return parse;
  const require = createRequire(import.meta.url);
  // The build maps this URL to dist/formula/mathjs-parse.cjs.
  const file = fileURLToPath(new URL('../formula/mathjs-parse.ts', import.meta.url));
  if (file.endsWith('.cjs') && existsSync(file)) {
    parse = (require(file) as { parse: ParseFn }).parse;
  } else {
    const m = require('mathjs/number') as {
      create: (deps: unknown) => { parse: (t: string) => MathNode };
      parseDependencies: unknown;
    };
    parse = m.create({ parseDependencies: m.parseDependencies }).parse;
  }
  return parse;
}
