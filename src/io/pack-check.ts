import { existsSync } from 'node:fs';
import path from 'node:path';
import { PlancastError, type Problem } from '../core/problems.ts';
import { compilePackFormulas, packHasFormulas } from '../formula/pack.ts';
import { parseModelPack, type PackFiles } from '../model/parse-model-pack.ts';
import { ModelFile } from '../schema/model-pack.ts';
import { parseWith } from '../schema/parse.ts';
import { Targets } from '../schema/target.ts';
import { mathParser } from './formula-parser.ts';
import { readJsonFile } from './read-json.ts';

const FILES = ['model.json', 'targets.json', 'history.json', 'actuals.json'] as const;
const OPTIONAL = new Set(['history.json', 'actuals.json']);

/**
 * Every problem of the pack in `dir`, not only the first: unreadable or malformed files, the schema,
 * the cross-checks (a target naming a series that does not exist, …), a figure without a source,
 * an estimate not marked as one, a formula that does not compile. Empty when the pack is sound.
 */
export function checkPack(dir: string): Problem[] {
  const problems: Problem[] = [];
  const raw: Partial<Record<(typeof FILES)[number], unknown>> = {};
  for (const f of FILES) {
    const file = path.join(dir, f);
    if (!existsSync(file) && OPTIONAL.has(f)) {
      raw[f] = {};
      continue;
    }
    try {
      raw[f] = readJsonFile(file);
    } catch (e) {
      if (!(e instanceof PlancastError)) throw e;
      for (const p of e.problems)
        problems.push({ ...p, path: [f, ...p.path], message: `${f}: ${p.message}` });
    }
  }
  if (raw['model.json'] !== undefined) problems.push(...figureProblems(raw['model.json']));
  for (const f of ['history.json', 'actuals.json'] as const)
    if (raw[f] !== undefined) problems.push(...observedProblems(f, raw[f]));
  if (FILES.some((f) => raw[f] === undefined)) return problems;
  const parsed = parseModelPack(raw as PackFiles);
  if (parsed.ok) {
    if (packHasFormulas(parsed.value)) problems.push(...compilePackFormulas(parsed.value, mathParser()));
    return problems;
  }
  problems.push(...parsed.problems);
  // The cross-checks failed: the formulas are still compiled when model.json and targets.json parse.
  const model = parseWith(ModelFile, raw['model.json']);
  const targets = parseWith(Targets, raw['targets.json']);
  if (model.ok && targets.ok) {
    const pack = { model: model.value, targets: targets.value, history: {}, actuals: {} };
    if (packHasFormulas(pack)) problems.push(...compilePackFormulas(pack, mathParser()));
  }
  return problems;
}

const BLANK = /^\s*(|todo|tbd|\?+|-+|n\/a)\s*$/i;

/** model.json: every figure (an object with a value and a source) has a real source; derived or assumed ones say how. */
function figureProblems(model: unknown): Problem[] {
  const out: Problem[] = [];
  // A goal quoted from a document (it has a `quote`) takes the document's source from the block
  // that holds it, e.g. the national frame's goals.
  const walk = (o: unknown, at: (string | number)[], documentSource?: unknown) => {
    if (Array.isArray(o)) return o.forEach((v, i) => walk(v, [...at, i], documentSource));
    if (o === null || typeof o !== 'object') return;
    const rec = o as Record<string, unknown>;
    const source = rec.source ?? (typeof rec.quote === 'string' ? documentSource : undefined);
    if ('value' in rec && typeof rec.value === 'number') {
      const where = ['model.json', ...at];
      if (typeof source !== 'string' || BLANK.test(source))
        out.push({
          code: 'no_source',
          path: where,
          value: rec.value,
          message: `${where.join('.')}: the figure ${rec.value} has no source; name the publication, table or page it comes from`,
        });
      if ((rec.series === 'derived' || rec.series === 'assumption') && !rec.estimate)
        out.push({
          code: 'estimate_not_marked',
          path: where,
          value: rec.value,
          message: `${where.join('.')}: the figure ${rec.value} is ${rec.series === 'derived' ? 'derived' : 'an assumption'} but has no "estimate" saying how it was obtained`,
        });
    }
    for (const [k, v] of Object.entries(rec))
      if (v !== null && typeof v === 'object') walk(v, [...at, k], rec.source ?? documentSource);
  };
  walk(model, []);
  return out;
}

/** history.json, actuals.json: each series has a source; an assumed or low-confidence one is marked as an estimate. */
function observedProblems(file: string, set: unknown): Problem[] {
  const out: Problem[] = [];
  if (set === null || typeof set !== 'object' || Array.isArray(set)) return out;
  for (const [key, s] of Object.entries(set as Record<string, unknown>)) {
    if (s === null || typeof s !== 'object') continue;
    const rec = s as Record<string, unknown>;
    const where = [file, key];
    if (typeof rec.source === 'string' && BLANK.test(rec.source))
      out.push({
        code: 'no_source',
        path: where,
        message: `${where.join('.')}: the series has no source; name the publication, table or page it comes from`,
      });
    if ((rec.series === 'assumption' || rec.confidence === 'low') && !rec.estimate)
      out.push({
        code: 'estimate_not_marked',
        path: where,
        message: `${where.join('.')}: the series is ${rec.series === 'assumption' ? 'an assumption' : 'of low confidence'} but has no "estimate" saying how it was obtained`,
      });
  }
  return out;
}
