import { PlancastError, describeValue } from '../core/problems.ts';
import { LIBRARY_LIMITS, LibraryAuthor, LibraryExport, LibraryName, LibraryNote } from '../schema/library.ts';
import { parseWith } from '../schema/parse.ts';
import { ScenarioSpec } from '../schema/scenario.ts';
import type { z } from 'zod';

/** Where a library refusal comes from, as the CLI prints it before each problem's field. */
export const LIBRARY_ORIGIN = 'scenario library';

/** What `ScenarioLibrary.save` takes (as the CLI and the API pass it, not yet validated). */
export interface SaveInput {
  name: string;
  pack: string;
  scenario: unknown;
  author?: string | undefined;
  note?: string | undefined;
  /** The version the edit started from (0: a new scenario); a save on a stale one is a conflict. */
  expectedVersion?: number | undefined;
}

/** A save with every field checked: name NFC-normalised, scenario parsed, pack equal to its model. */
export interface CheckedSave {
  name: string;
  pack: string;
  scenario: ScenarioSpec;
  author: string;
  note: string;
  expectedVersion?: number;
}

function parsed<S extends z.ZodType>(schema: S, value: unknown, field: string): z.infer<S> {
  const r = parseWith(schema, value);
  if (r.ok) return r.value;
  throw new PlancastError(
    LIBRARY_ORIGIN,
    r.problems.map((p) => {
      if (p.path.length > 0) return { ...p, path: [field, ...p.path] };
      // A rule on the whole value: zod's words say "the input"; name the field, and the rule is what is allowed.
      const rule =
        p.allowed ??
        p.message
          .split('; ')
          .slice(1)
          .join('; ')
          .replace(/^allowed /, '');
      return {
        ...p,
        path: [field],
        value,
        allowed: rule,
        message: `${field} is ${describeValue(value)}; allowed: ${rule}`,
      };
    }),
  );
}

/** Checks a scenario name (1-80 characters, any script, no control characters) and returns it NFC-normalised. */
export function checkedName(name: unknown): string {
  return parsed(LibraryName, name, 'name').normalize('NFC');
}

/** Checks a save: name, note, author, the scenario (the scenario schema, at most the body limit), its pack. */
export function checkedSave(input: SaveInput): CheckedSave {
  const name = checkedName(input.name);
  const note = parsed(LibraryNote, input.note ?? '', 'note');
  const author = parsed(LibraryAuthor, input.author ?? '', 'author');
  const bytes = Buffer.byteLength(JSON.stringify(input.scenario) ?? '');
  if (bytes > LIBRARY_LIMITS.maxScenarioBytes)
    throw new PlancastError(LIBRARY_ORIGIN, [
      {
        code: 'too_large',
        path: ['scenario'],
        value: bytes,
        allowed: `at most ${LIBRARY_LIMITS.maxScenarioBytes} bytes`,
        message: `the scenario is ${bytes} bytes as JSON; allowed at most ${LIBRARY_LIMITS.maxScenarioBytes}`,
      },
    ]);
  const scenario = parsed(ScenarioSpec, input.scenario, 'scenario');
  if (scenario.model !== input.pack)
    throw new PlancastError(LIBRARY_ORIGIN, [
      {
        code: 'wrong_model',
        path: ['pack'],
        value: input.pack,
        allowed: scenario.model,
        message: `pack is ${describeValue(input.pack)} but the scenario is for model ${describeValue(scenario.model)}`,
      },
    ]);
  const out: CheckedSave = { name, pack: input.pack, scenario, author, note };
  if (input.expectedVersion !== undefined) out.expectedVersion = input.expectedVersion;
  return out;
}

/** Checks an export document: its schema, and versions numbered 1..N in order without gaps. */
export function checkedExport(doc: unknown): LibraryExport {
  const d = parsed(LibraryExport, doc, 'document');
  d.name = d.name.normalize('NFC');
  d.versions.forEach((v, i) => {
    if (v.version !== i + 1)
      throw new PlancastError(LIBRARY_ORIGIN, [
        {
          code: 'invalid_value',
          path: ['document', 'versions', i, 'version'],
          value: v.version,
          allowed: String(i + 1),
          message: `versions[${i}].version is ${v.version}; versions must be numbered 1, 2, … in order`,
        },
      ]);
    if (v.scenario.model !== d.pack)
      throw new PlancastError(LIBRARY_ORIGIN, [
        {
          code: 'wrong_model',
          path: ['document', 'versions', i, 'scenario', 'model'],
          value: v.scenario.model,
          allowed: d.pack,
          message: `versions[${i}].scenario.model is ${describeValue(v.scenario.model)}; the document's pack is ${d.pack}`,
        },
      ]);
  });
  return d;
}
