import { z } from 'zod';
import { ScenarioSpec } from './scenario.ts';

/**
 * The shapes of the scenario library (src/library): what a save takes, what a listing, a history,
 * a version, a diff and an export document look like. The CLI, the API and the page share them.
 */

/** The library's explicit limits (also in the README). */
export const LIBRARY_LIMITS = {
  /** Characters (Unicode code points, after NFC) of a scenario name. */
  nameMin: 1,
  nameMax: 80,
  /** Characters of a version note. */
  noteMax: 2000,
  /** Characters of an author. */
  authorMax: 80,
  /** Versions kept per scenario; a save beyond is refused (export it, then save under a new name). */
  maxVersions: 500,
  /** Bytes of one scenario as JSON: the API's body limit (src/api/options.ts `LIMITS.bodyLimitBytes`). */
  maxScenarioBytes: 256 * 1024,
} as const;

// C0 and C1 controls, DEL, and the line / paragraph separators: none belongs in a one-line name.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

const codePoints = (s: string) => [...s].length;

const nfcLength = (s: string) => codePoints(s.normalize('NFC'));

/**
 * A scenario name: any script (Vietnamese with diacritics, CJK, …), 1-80 characters counted after
 * NFC normalisation, no control characters, no leading or trailing spaces. The library stores it
 * NFC-normalised (src/library/validate.ts), so the same name typed on two keyboards (precomposed
 * or combining marks) is one scenario. No transform here: the schema also describes answers.
 */
export const LibraryName = z
  .string()
  .refine((s) => nfcLength(s) >= LIBRARY_LIMITS.nameMin && nfcLength(s) <= LIBRARY_LIMITS.nameMax, {
    error: `${LIBRARY_LIMITS.nameMin} to ${LIBRARY_LIMITS.nameMax} characters`,
  })
  .refine((s) => !CONTROL.test(s), { error: 'no control characters (tab, newline, …)' })
  .refine((s) => s.trim() === s, { error: 'no leading or trailing spaces' })
  .describe(
    `scenario name: ${LIBRARY_LIMITS.nameMin} to ${LIBRARY_LIMITS.nameMax} characters, any script, no control characters`,
  );

export const LibraryNote = z
  .string()
  .max(LIBRARY_LIMITS.noteMax, { error: `at most ${LIBRARY_LIMITS.noteMax} characters` })
  .describe(`what changed in this version, at most ${LIBRARY_LIMITS.noteMax} characters`);

export const LibraryAuthor = z
  .string()
  .max(LIBRARY_LIMITS.authorMax, { error: `at most ${LIBRARY_LIMITS.authorMax} characters` })
  .refine((s) => !CONTROL.test(s), { error: 'no control characters' })
  .describe(`who saved it, at most ${LIBRARY_LIMITS.authorMax} characters`);

export const VersionNumber = z.number().int().min(1).max(LIBRARY_LIMITS.maxVersions);

/** The body of `POST /api/library/{name}/versions`. */
export const SaveVersionBody = z
  .object({
    pack: z.string().min(1).max(100).describe('model pack id; must equal the scenario `model`'),
    scenario: ScenarioSpec,
    note: LibraryNote.optional(),
    author: LibraryAuthor.optional(),
    baseVersion: z
      .number()
      .int()
      .min(0)
      .max(LIBRARY_LIMITS.maxVersions)
      .optional()
      .describe('the version this edit started from (0: a new scenario); not the latest any more → 409'),
  })
  .strict()
  .meta({ id: 'SaveVersionBody' });
export type SaveVersionBody = z.infer<typeof SaveVersionBody>;

export const SavedVersion = z
  .object({ name: z.string(), version: z.number().int() })
  .meta({ id: 'SavedVersion' });

/** One version's metadata (no body). */
export const VersionInfo = z
  .object({
    version: z.number().int(),
    author: z.string(),
    note: z.string(),
    savedAt: z.string().describe('UTC, ISO 8601'),
  })
  .meta({ id: 'LibraryVersionInfo' });
export type VersionInfo = z.infer<typeof VersionInfo>;

/** One scenario of the library listing: name, pack and its latest version. */
export const LibraryEntry = z
  .object({
    name: z.string(),
    pack: z.string(),
    versions: z.number().int(),
    latest: VersionInfo,
  })
  .meta({ id: 'LibraryEntry' });
export type LibraryEntry = z.infer<typeof LibraryEntry>;

export const LibraryList = z.object({ scenarios: z.array(LibraryEntry) }).meta({ id: 'LibraryList' });

export const LibraryHistory = z
  .object({ name: z.string(), pack: z.string(), versions: z.array(VersionInfo) })
  .meta({ id: 'LibraryHistory' });
export type LibraryHistory = z.infer<typeof LibraryHistory>;

/** One version with its scenario. */
export const LibraryVersion = VersionInfo.extend({
  name: z.string(),
  pack: z.string(),
  scenario: ScenarioSpec,
}).meta({ id: 'LibraryVersion' });
export type LibraryVersion = z.infer<typeof LibraryVersion>;

const Scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);

/** One assumption that differs between two versions; `null` on a side: not set there (pack default). */
export const AssumptionChange = z.object({
  path: z.string().describe('dotted path in the scenario JSON, e.g. assumptions.growth.II'),
  label: z
    .object({ vi: z.string(), en: z.string() })
    .describe('what the input is (src/model/input-variables.ts)'),
  from: Scalar,
  to: Scalar,
});
export type AssumptionChange = z.infer<typeof AssumptionChange>;

/** A target whose status differs between the two versions (same scorer as `plancast run`). */
export const StatusChange = z.object({
  id: z.string(),
  name: z.object({ vi: z.string(), en: z.string() }),
  from: z.string(),
  to: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;

export const LibraryDiff = z
  .object({
    name: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    assumptions: z.array(AssumptionChange),
    statuses: z.array(StatusChange),
  })
  .meta({ id: 'LibraryDiff' });
export type LibraryDiff = z.infer<typeof LibraryDiff>;

/** `plancast scenarios export` / `GET /api/library/{name}/export`: one scenario with every version. */
export const LibraryExport = z
  .object({
    format: z.literal('plancast-library/1'),
    name: LibraryName,
    pack: z.string().min(1).max(100),
    versions: z
      .array(
        z
          .object({
            version: VersionNumber,
            author: LibraryAuthor,
            note: LibraryNote,
            savedAt: z.string().max(40),
            scenario: ScenarioSpec,
          })
          .strict(),
      )
      .min(1)
      .max(LIBRARY_LIMITS.maxVersions),
  })
  .strict()
  .meta({ id: 'LibraryExport' });
export type LibraryExport = z.infer<typeof LibraryExport>;
