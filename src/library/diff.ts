import { SECTOR_WORDS } from '../core/sector-names.ts';
import { INPUTS } from '../model/input-variables.ts';
import { project } from '../model/project.ts';
import { resolveScenario } from '../model/resolve-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { AssumptionChange, StatusChange } from '../schema/library.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import { evaluate } from '../targets/scorecard.ts';

type Scalar = number | string | boolean | null;

/** What the scenario says, leaf by leaf: dotted path → value. Names and descriptions are not assumptions. */
function leaves(value: unknown, at: string, out: Map<string, Scalar>): Map<string, Scalar> {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, at === '' ? k : `${at}.${k}`, out);
  } else if (value !== undefined) out.set(at, value as Scalar);
  return out;
}

/**
 * The label of a path from the variable list (src/model/input-variables.ts): the input whose id is
 * the longest prefix of the path below `assumptions`, with the sector and year that follow.
 * `assumptions.growth.II.2023` → "real growth per year, sector II, 2023".
 */
export function labelOf(path: string): LocalizedText {
  const parts = path.split('.');
  if (parts[0] !== 'assumptions') return partsLabel(parts);
  const rest = parts.slice(1);
  let best: (typeof INPUTS)[number] | undefined;
  let used = 0;
  for (const v of INPUTS) {
    const id = v.id.split('.');
    if (id.length > used && id.every((p, i) => rest[i] === p)) {
      best = v;
      used = id.length;
    }
  }
  if (!best) return { vi: rest.join('.'), en: rest.join('.') };
  const tail = rest.slice(used);
  const words = (lang: 'vi' | 'en') =>
    [
      best.label[lang],
      ...tail.map((t) => (SECTOR_WORDS as Record<string, LocalizedText>)[t]?.[lang] ?? t),
    ].join(', ');
  return { vi: words('vi'), en: words('en') };
}

/** Words for the parts of a path outside `assumptions` (shocks, events, the as-of year). */
const PART_LABELS: Record<string, LocalizedText> = {
  model: { vi: 'gói mô hình', en: 'model pack' },
  asOf: { vi: 'số liệu thực tế đến năm', en: 'actuals up to' },
  shocks: { vi: 'cú sốc', en: 'shock' },
  events: { vi: 'sự kiện', en: 'event' },
  sector: { vi: 'khu vực', en: 'sector' },
  year: { vi: 'năm', en: 'year' },
  sizePp: { vi: 'độ lớn (điểm %)', en: 'size (pp)' },
  recoverNextYear: { vi: 'phục hồi năm sau', en: 'recovers the next year' },
  indicator: { vi: 'chỉ số', en: 'indicator' },
  size: { vi: 'độ lớn', en: 'size' },
  note: { vi: 'ghi chú', en: 'note' },
};

/** `shocks.0.sizePp` → "shock 1, size (pp)": list positions counted from 1, known words translated. */
function partsLabel(parts: readonly string[]): LocalizedText {
  const words = (lang: 'vi' | 'en') => {
    const out: string[] = [];
    for (const p of parts)
      if (/^\d+$/.test(p) && out.length > 0) out[out.length - 1] += ` ${Number(p) + 1}`;
      else out.push(PART_LABELS[p]?.[lang] ?? p);
    return out.join(', ');
  };
  return { vi: words('vi'), en: words('en') };
}

/**
 * The assumptions (and shocks, events, as-of year) that differ between two scenarios, leaf by
 * leaf, in path order. A side without the leaf shows `null`: the pack default (or no shock) there.
 */
export function assumptionChanges(a: ScenarioSpec, b: ScenarioSpec): AssumptionChange[] {
  const pick = (s: ScenarioSpec) => ({
    model: s.model,
    assumptions: s.assumptions,
    shocks: s.shocks,
    events: s.events,
    asOf: s.asOf,
  });
  const from = leaves(pick(a), '', new Map());
  const to = leaves(pick(b), '', new Map());
  const paths = [...new Set([...from.keys(), ...to.keys()])].sort();
  return paths
    .filter((p) => from.get(p) !== to.get(p))
    .map((p) => ({ path: p, label: labelOf(p), from: from.get(p) ?? null, to: to.get(p) ?? null }));
}

/**
 * Targets whose status differs between two scenarios: each is resolved against its pack,
 * projected and scored by the one scorer (src/targets/scorecard.ts `evaluate`), as `plancast run`
 * does. A scenario its pack refuses counts as having no statuses (every target then shows `—`).
 */
export function statusChanges(
  packOf: (id: string) => ModelPack,
  a: ScenarioSpec,
  b: ScenarioSpec,
): StatusChange[] {
  const card = (s: ScenarioSpec) => {
    const pack = packOf(s.model);
    const r = resolveScenario(pack, s);
    if (!r.ok) return { pack, statuses: new Map<string, string>() };
    const rows = evaluate(pack, project(pack, r.value)).rows;
    return { pack, statuses: new Map(rows.map((row) => [row.id, row.status as string])) };
  };
  const before = card(a);
  const after = card(b);
  const names = new Map([...before.pack.targets, ...after.pack.targets].map((t) => [t.id, t.name]));
  const ids = [...new Set([...before.statuses.keys(), ...after.statuses.keys()])];
  return ids
    .filter((id) => before.statuses.get(id) !== after.statuses.get(id))
    .map((id) => ({
      id,
      name: names.get(id) ?? { vi: id, en: id },
      from: before.statuses.get(id) ?? '—',
      to: after.statuses.get(id) ?? '—',
    }));
}
