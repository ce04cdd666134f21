import { parseModelPack } from '../../src/model/parse-model-pack.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { ScenarioSpec } from '../../src/schema/scenario.ts';

/** The default pack, imported at build time (no fetch: the page works offline and with a strict CSP). */
const files = import.meta.glob<unknown>('../../models/ben-tre-2021-2025/*.json', {
  eager: true,
  import: 'default',
});
/** Every shipped scenario; those of other packs are filtered out below. */
const scenarioFiles = import.meta.glob<unknown>('../../scenarios/*.json', { eager: true, import: 'default' });

const fileOf = (name: string): unknown => {
  const hit = Object.entries(files).find(([k]) => k.endsWith(`/${name}`));
  return hit?.[1];
};

export interface Preset {
  /** File name without `.json` (`plan-midpoint`). */
  name: string;
  spec: ScenarioSpec;
}

/** The preset the page opens with, and the plan baseline drawn beside every scenario. */
export const DEFAULT_PRESET = 'plan-midpoint';

const ORDER = ['plan-midpoint', 'plan-low', 'plan-high', 'trend', 'covid-2021'];

export function loadPack(): ModelPack {
  const r = parseModelPack({
    'model.json': fileOf('model.json'),
    'targets.json': fileOf('targets.json'),
    'history.json': fileOf('history.json'),
    'actuals.json': fileOf('actuals.json') ?? {},
  });
  if (!r.ok)
    throw new Error(`the bundled model pack is invalid: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.value;
}

/** The shipped scenarios of `pack`, plan mid-point first; always at least the pack defaults. */
export function loadPresets(pack: ModelPack): Preset[] {
  const out: Preset[] = [];
  for (const [file, raw] of Object.entries(scenarioFiles)) {
    const parsed = ScenarioSpec.safeParse(raw);
    if (!parsed.success || parsed.data.model !== pack.model.id) continue;
    const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');
    out.push({ name, spec: parsed.data });
  }
  if (!out.some((p) => p.name === DEFAULT_PRESET))
    out.unshift({ name: DEFAULT_PRESET, spec: { model: pack.model.id, name: pack.model.name } });
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  return out.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
