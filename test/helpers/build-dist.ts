// vitest globalSetup: compiles dist/ once before the suites when a source changed (scripts/build.mjs),
// so the spawned CLI tests run the compiled CLI without each process building it.
import { build, isFresh } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  if (!isFresh()) await build();
}
