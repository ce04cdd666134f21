import { PlancastError, type Problem } from '../core/problems.ts';
import { ESTIMATE_FIELDS } from '../schema/estimate.ts';

const KEYS: readonly string[] = ['year', ...ESTIMATE_FIELDS];

/**
 * Reads `--estimate growth=6.2,perCapita=92[,revenue=…,investment=…,exports=…][,year=2026]` into
 * the scenario's `estimate` (file units: %, mn VND, bn VND, mn USD). Only the syntax and the names
 * are checked here; the ranges are the scenario schema's (src/schema/estimate.ts), so the CLI,
 * the API and the page refuse the same values with the same words. Without `year`: `defaultYear`.
 * @example parseEstimateFlag('growth=6.2,perCapita=92', 2026) // { year: 2026, growth: 6.2, perCapita: 92 }
 */
export function parseEstimateFlag(text: string, defaultYear: number | null): Record<string, number> {
  const problems: Problem[] = [];
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [key = '', raw, ...rest] = part.split('=').map((x) => x.trim());
    const value = Number(raw);
    if (!KEYS.includes(key))
      problems.push({
        code: 'invalid_value',
        path: [key],
        value: part,
        allowed: KEYS.join(', '),
        message: `"${key}" is not an estimate field; allowed ${KEYS.join(', ')}`,
      });
    else if (raw === undefined || raw === '' || rest.length > 0 || !Number.isFinite(value))
      problems.push({
        code: 'invalid_value',
        path: [key],
        value: part,
        allowed: 'a number with a decimal point, e.g. growth=6.2',
        message: `${key}: "${raw ?? ''}" is not a number; write e.g. growth=6.2`,
      });
    else out[key] = value;
  }
  if (problems.length === 0 && out.year === undefined) {
    if (defaultYear === null)
      problems.push({
        code: 'invalid_value',
        path: ['year'],
        value: text,
        allowed: 'year=<plan year>',
        message: 'every plan year is published; say which year the estimate is for (year=…)',
      });
    else out.year = defaultYear;
  }
  if (problems.length > 0) throw new PlancastError('--estimate', problems);
  return out;
}
