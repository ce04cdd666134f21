import { SECTORS } from '../core/sectors.ts';
import { INPUTS, toFile } from '../model/input-variables.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';

/** One resolved assumption of a run in file units: a path over the plan years, one number, or a mode. */
export interface AssumptionValue {
  /** Path below `assumptions` in scenario files (`growth.II`, `budget.revenueRatio`, `indicators.poverty`). */
  id: string;
  label: LocalizedText;
  unit: string;
  value: number[] | number | string;
}

const SECTOR_WORDS: Record<string, LocalizedText> = {
  I: { vi: 'khu vực I', en: 'sector I' },
  II: { vi: 'khu vực II', en: 'sector II' },
  III: { vi: 'khu vực III', en: 'sector III' },
  T: { vi: 'thuế sản phẩm', en: 'product taxes' },
};

const MODES: readonly { id: string; label: LocalizedText; read: (i: RunInput) => string }[] = [
  {
    id: 'budget.mode',
    label: { vi: 'cách tính thu ngân sách', en: 'budget revenue mode' },
    read: (i) => i.budget.mode,
  },
  {
    id: 'investment.mode',
    label: { vi: 'cách tính vốn đầu tư', en: 'investment mode' },
    read: (i) => i.investment.mode,
  },
];

/** Reads a dotted path (`budget.revenueRatio`) of a resolved input. */
function at(input: RunInput, id: string): unknown {
  return id.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], input);
}

/**
 * Lists every assumption of a resolved run as the scenario file would state it (file units, from the
 * variable list src/model/input-variables.ts: percent back from fractions), sectors and indicators
 * one entry each. The compare and the report read assumptions only through this list.
 * @example assumptionValues(pack, input).find((a) => a.id === 'growth.II')?.value // => [16, 16, 16, 16, 16]
 */
export function assumptionValues(pack: ModelPack, input: RunInput): AssumptionValue[] {
  const out: AssumptionValue[] = [];
  const file = (v: (typeof INPUTS)[number], x: unknown): number[] | number =>
    Array.isArray(x) ? x.map((y: number) => toFile(v, y)) : toFile(v, x as number);
  for (const v of INPUTS) {
    if (v.perSector) {
      for (const s of SECTORS)
        out.push({
          id: `${v.id}.${s}`,
          label: { vi: `${v.label.vi}, ${SECTOR_WORDS[s]!.vi}`, en: `${v.label.en}, ${SECTOR_WORDS[s]!.en}` },
          unit: v.unit,
          value: file(v, (at(input, v.id) as Record<string, number[]>)[s]),
        });
      continue;
    }
    out.push({ id: v.id, label: v.label, unit: v.unit, value: file(v, at(input, v.id)) });
  }
  for (const m of MODES) out.push({ id: m.id, label: m.label, unit: '', value: m.read(input) });
  for (const d of pack.model.indicators)
    out.push({
      id: `indicators.${d.id}`,
      label: d.name,
      unit: `${d.unit}/yr`,
      value: [...(input.indicatorChange[d.id] ?? [])],
    });
  return out;
}

/** Equal within a relative 1e-9 (percent ↔ fraction conversions round in the last bits). */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two values of one assumption are the same (paths element by element). */
export function sameValue(a: AssumptionValue['value'], b: AssumptionValue['value']): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (typeof a === 'number' || typeof b === 'number')
    return typeof a === 'number' && typeof b === 'number' && same(a, b);
  return a.length === b.length && a.every((x, i) => same(x, b[i]!));
}
