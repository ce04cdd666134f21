import type { Problem } from '../core/problems.ts';
import { SECTORS } from '../core/sectors.ts';
import { ModelFile, ObservedSet, type ModelPack } from '../schema/model-pack.ts';
import { parseWith, type Result } from '../schema/parse.ts';
import { Targets } from '../schema/target.ts';
import { isKnownSeries } from '../targets/series.ts';

/** The raw contents of a pack's files (already JSON-parsed), named as on disk. */
export interface PackFiles {
  'model.json': unknown;
  'targets.json': unknown;
  'history.json': unknown;
  'actuals.json': unknown;
}

/**
 * Validates a pack's four files and checks them against each other (targets name known
 * series and indicators, base figures are positive, defaults name known indicators).
 * Problems carry the file name as the first path element.
 */
export function parseModelPack(files: PackFiles): Result<ModelPack> {
  const problems: Problem[] = [];
  const part = <T>(file: keyof PackFiles, r: Result<T>): T | undefined => {
    if (r.ok) return r.value;
    for (const p of r.problems) problems.push({ ...p, path: [file, ...p.path] });
    return undefined;
  };
  const model = part('model.json', parseWith(ModelFile, files['model.json']));
  const targets = part('targets.json', parseWith(Targets, files['targets.json']));
  const history = part('history.json', parseWith(ObservedSet, files['history.json']));
  const actuals = part('actuals.json', parseWith(ObservedSet, files['actuals.json']));
  if (!model || !targets || !history || !actuals) return { ok: false, problems };
  const pack: ModelPack = { model, targets, history, actuals };
  problems.push(...crossCheck(pack));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: pack };
}

function crossCheck(pack: ModelPack): Problem[] {
  const problems: Problem[] = [];
  const m = pack.model;
  const ids = new Set(m.indicators.map((d) => d.id));
  const positiveIn = (file: string, path: (string | number)[], v: number) => {
    if (!(v > 0))
      problems.push({
        code: 'out_of_range',
        path: [file, ...path],
        value: v,
        allowed: 'greater than 0',
        message: `${path.join('.')} is ${v}; allowed greater than 0`,
      });
  };
  const positive = (path: (string | number)[], v: number) => positiveIn('model.json', path, v);
  for (const s of SECTORS) {
    positive(['baseline', 'realBn', s, 'value'], m.baseline.realBn[s].value);
    positive(['baseline', 'nominalBn', s, 'value'], m.baseline.nominalBn[s].value);
  }
  for (const k of [
    'populationThousand',
    'recurrentSpendingBn',
    'labourThousand',
    'exportsMnUsd',
    'capitalOutputRatio',
  ] as const)
    positive(['baseline', k, 'value'], m.baseline[k].value);
  m.indicators.forEach((d, i) => {
    if (d.min > d.max || d.base.value < d.min || d.base.value > d.max)
      problems.push({
        code: 'out_of_range',
        path: ['model.json', 'indicators', i, 'base', 'value'],
        value: d.base.value,
        allowed: `${d.min} to ${d.max}`,
        message: `indicator ${d.id}: base ${d.base.value} must lie within ${d.min} to ${d.max}`,
      });
  });
  for (const id of Object.keys(m.defaults.indicators))
    if (!ids.has(id))
      problems.push({
        code: 'unknown_indicator',
        path: ['model.json', 'defaults', 'indicators', id],
        value: id,
        message: `defaults.indicators.${id} names no indicator of the pack`,
      });
  // Levels read from actuals must be positive: a zero population would divide per capita by zero.
  for (const key of ['populationThousand', 'revenueBn', 'investmentBn', 'exportsMnUsd'])
    for (const [year, v] of Object.entries(pack.actuals[key]?.values ?? {}))
      positiveIn('actuals.json', [key, 'values', year], v);
  const seen = new Set<string>();
  pack.targets.forEach((t, i) => {
    if (seen.has(t.id))
      problems.push({
        code: 'duplicate_id',
        path: ['targets.json', i, 'id'],
        value: t.id,
        message: `target id ${t.id} is used twice`,
      });
    seen.add(t.id);
    if (t.series && !isKnownSeries(t.series, ids))
      problems.push({
        code: 'unknown_series',
        path: ['targets.json', i, 'series'],
        value: t.series,
        message: `target ${t.id}: series "${t.series}" is not projected by the engine`,
      });
    if (t.year !== undefined && (t.year < m.baseYear || t.year > m.lastPlanYear))
      problems.push({
        code: 'out_of_range',
        path: ['targets.json', i, 'year'],
        value: t.year,
        allowed: `${m.baseYear} to ${m.lastPlanYear}`,
        message: `target ${t.id}: year ${t.year} is outside ${m.baseYear} to ${m.lastPlanYear}`,
      });
  });
  return problems;
}
