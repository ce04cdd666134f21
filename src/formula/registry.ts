import type { Target } from '../schema/target.ts';
import type { CompiledFormula } from './compile.ts';

/**
 * Compiled formulas by target object. A pack's formulas are compiled once, when the pack is loaded
 * (src/io/load-model-pack.ts hands mathjs's parser to `compilePackFormulas`); the scorecard looks
 * them up here. A pack parsed without a parser (the page) has none: its formula targets are shown
 * as not modelled.
 */
const compiled = new WeakMap<Target, CompiledFormula>();

export function setTargetFormula(t: Target, f: CompiledFormula): void {
  compiled.set(t, f);
}

export function targetFormula(t: Target): CompiledFormula | undefined {
  return compiled.get(t);
}
