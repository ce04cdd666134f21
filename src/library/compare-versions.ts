import type { LibraryDiff } from '../schema/library.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { assumptionChanges, statusChanges } from './diff.ts';
import { refuse, type ScenarioLibrary } from './store.ts';

/**
 * What changed between two versions of a saved scenario (default: the one before the latest and
 * the latest): the assumptions, and the targets whose status changed because of them.
 */
export function compareVersions(
  lib: ScenarioLibrary,
  packOf: (id: string) => ModelPack,
  name: string,
  from?: number,
  to?: number,
): LibraryDiff {
  const latest = lib.show(name, to);
  const toV = latest.version;
  const fromV = from ?? Math.max(1, toV - 1);
  if (fromV > toV)
    throw refuse(
      'from',
      'out_of_range',
      fromV,
      `1 to ${toV}`,
      `from is ${fromV}; it must not be after to (${toV})`,
    );
  const before = lib.show(name, fromV);
  return {
    name: latest.name,
    from: fromV,
    to: toV,
    assumptions: assumptionChanges(before.scenario, latest.scenario),
    statuses: statusChanges(packOf, before.scenario, latest.scenario),
  };
}
