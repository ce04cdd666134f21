import type { Lang } from '../../src/schema/common.ts';
import { parseModelPack } from '../../src/model/parse-model-pack.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { ScenarioSpec } from '../../src/schema/scenario.ts';

/**
 * Every model pack under models/, imported at build time (no fetch: the page works offline and with
 * a strict CSP). A new pack folder is picked up by the next build, with no code change.
 */
const modelFiles = import.meta.glob<unknown>('../../models/*/*.json', { eager: true, import: 'default' });
/** Every shipped scenario; each pack's presets are those whose `model` is the pack's id. */
const scenarioFiles = import.meta.glob<unknown>('../../scenarios/*.json', { eager: true, import: 'default' });

export interface Preset {
  /** File name without `.json` (`plan-midpoint`). */
  name: string;
  spec: ScenarioSpec;
}

/** One pack the page can show: the pack, its presets (default first) and the preset it opens with. */
export interface PackEntry {
  id: string;
  pack: ModelPack;
  presets: Preset[];
  /** The preset a switch to this pack starts from, and the baseline drawn beside every scenario. */
  defaultPreset: string;
}

/**
 * The preferred default preset (the CLI's default scenario too); a pack without it opens with its
 * first scenario, or with its own defaults when it has none.
 */
export const DEFAULT_PRESET = 'plan-midpoint';
/** Name of the preset made from the pack's defaults when no shipped scenario names the pack. */
export const PACK_DEFAULTS_PRESET = 'pack-defaults';

/** Preset order in the menu after the default: the record-adjusted plan, the growth bands, the trend; others by name. */
const ORDER = ['plan-optimism', 'plan-low', 'plan-high', 'trend'];

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');

/** The files of each folder under models/, by folder name. */
function packFolders(): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const [file, raw] of Object.entries(modelFiles)) {
    const parts = file.split('/');
    const folder = parts.at(-2)!;
    const files = out.get(folder) ?? {};
    files[parts.at(-1)!] = raw;
    out.set(folder, files);
  }
  return out;
}

/** The shipped scenarios that parse, by file name. */
function scenarios(): Preset[] {
  const out: Preset[] = [];
  for (const [file, raw] of Object.entries(scenarioFiles)) {
    const parsed = ScenarioSpec.safeParse(raw);
    if (parsed.success) out.push({ name: baseName(file), spec: parsed.data });
  }
  return out;
}

/**
 * Every folder under models/ that parses as a pack, ordered by plan period (then id). Folders that
 * do not parse are left out with a warning in the console: one broken pack never blanks the page.
 */
export function loadPacks(): PackEntry[] {
  const all = scenarios();
  const out: PackEntry[] = [];
  for (const [folder, files] of packFolders()) {
    const r = parseModelPack({
      'model.json': files['model.json'],
      'targets.json': files['targets.json'],
      'history.json': files['history.json'],
      'actuals.json': files['actuals.json'] ?? {},
    });
    if (!r.ok) {
      console.warn(
        `plancast: models/${folder} is not a valid pack: ${r.problems.map((p) => p.message).join('; ')}`,
      );
      continue;
    }
    const presets = presetsOf(r.value, all);
    out.push({ id: r.value.model.id, pack: r.value, presets, defaultPreset: presets[0]!.name });
  }
  if (out.length === 0) throw new Error('no valid model pack in this build');
  return out.sort(
    (a, b) => a.pack.model.firstPlanYear - b.pack.model.firstPlanYear || a.id.localeCompare(b.id),
  );
}

/** The scenarios of `pack` from `all`, default first; the pack's own defaults when none names it. */
export function presetsOf(pack: ModelPack, all: readonly Preset[]): Preset[] {
  const out = all.filter((p) => p.spec.model === pack.model.id);
  if (out.length === 0)
    return [{ name: PACK_DEFAULTS_PRESET, spec: { model: pack.model.id, name: pack.model.name } }];
  const rank = (n: string) =>
    n === DEFAULT_PRESET ? -1 : ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length;
  return out.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/**
 * The pack an address without a pack opens: the one the default scenario (`plan-midpoint`, what
 * `plancast run` runs) is written for, else the first. Old links therefore keep their meaning.
 */
export function defaultPackId(entries: readonly PackEntry[]): string {
  const hit = entries.find((e) => e.presets.some((p) => p.name === DEFAULT_PRESET));
  return (hit ?? entries[0]!).id;
}

/** Short name for the pack menu: the province (without its parenthetical note) and the plan period. */
export function packLabel(pack: ModelPack, lang: Lang): string {
  const m = pack.model;
  const province = m.province[lang].replace(/\s*\(.*\)\s*$/, '');
  return `${province} ${m.firstPlanYear}-${m.lastPlanYear}`;
}
