import { writeFileSync } from 'node:fs';
import * as vl from 'vega-lite';
import * as vega from 'vega';
import { loadModelPack } from '/work/main/src/io/load-model-pack.ts';
import { resolveScenario } from '/work/main/src/model/resolve-scenario.ts';
import { project } from '/work/main/src/model/project.ts';
import { CHARTS } from '/work/main/src/charts/index.ts';
const pack = await loadModelPack('ben-tre-2021-2025');
const r = resolveScenario(pack, { model: pack.model.id, assumptions: { growth: { II: 12 } } }); if (!r.ok) throw 1;
const b = resolveScenario(pack, { model: pack.model.id }); if (!b.ok) throw 1;
const input = { lang: 'vi' as const, pack, current: project(pack, r.value), baseline: project(pack, b.value) };
for (const c of CHARTS) {
  const spec = c.spec(input) as any; spec.width = 500;
  const vg = vl.compile(spec).spec;
  console.log(c.id, vg.data.map((d: any) => d.name).join(','));
  const view = new vega.View(vega.parse(vg), { renderer: 'none' });
  writeFileSync(`/tmp/tt/${c.id}.svg`, await view.toSVG());
}
