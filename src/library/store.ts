import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PlancastError, describeValue } from '../core/problems.ts';
import {
  LIBRARY_LIMITS,
  type LibraryEntry,
  type LibraryExport,
  type LibraryHistory,
  type LibraryVersion,
  type VersionInfo,
} from '../schema/library.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import { MIGRATIONS } from './migrations.ts';
import { LIBRARY_ORIGIN, checkedExport, checkedSave, checkedName, type SaveInput } from './validate.ts';

/** A save answered: the new version, or the latest version when `expectedVersion` was stale. */
export type SaveResult = { ok: true; version: number } | { ok: false; conflict: { latest: number } };

interface VersionRow {
  version: number;
  author: string;
  note: string;
  saved_at: string;
}

const info = (r: VersionRow): VersionInfo => ({
  version: r.version,
  author: r.author,
  note: r.note,
  savedAt: r.saved_at,
});

/**
 * The scenario library: one SQLite file (better-sqlite3, synchronous). Every save is a new version
 * in one IMMEDIATE transaction (the stale-version check, the version count and the insert see the
 * same state even with a CLI and a server writing at once), never an overwrite.
 *
 * Durability: WAL with `synchronous=FULL`. In WAL mode NORMAL is already crash-safe for a killed
 * process (nothing is lost that the OS accepted), but a power cut could drop the last commits;
 * FULL fsyncs the WAL at every commit, so a version the user was told is saved stays saved. Saves
 * come at human pace, so the fsync per save costs nothing anyone notices.
 */
export class ScenarioLibrary {
  readonly file: string;
  readonly #db: Database.Database;

  private constructor(file: string, db: Database.Database) {
    this.file = file;
    this.#db = db;
  }

  /** Opens (creating it and its folder, and migrating it, when needed) the library file. */
  static open(file: string): ScenarioLibrary {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    let db: Database.Database;
    try {
      db = new Database(file, { timeout: 5000 });
    } catch (e) {
      throw new PlancastError(file, [
        {
          code: 'unreadable',
          path: [],
          message: `cannot open the scenario library (${(e as Error).message})`,
        },
      ]);
    }
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      migrate(db, file);
    } catch (e) {
      db.close();
      throw e;
    }
    return new ScenarioLibrary(file, db);
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  /** Saves a new version of `name` (creating the scenario at version 1). */
  save(input: SaveInput): SaveResult {
    const s = checkedSave(input);
    const body = JSON.stringify(s.scenario);
    return this.#db
      .transaction((): SaveResult => {
        const row = this.#db.prepare('SELECT id, pack FROM scenarios WHERE name = ?').get(s.name) as
          { id: number; pack: string } | undefined;
        const latest = row ? this.#latest(row.id) : 0;
        if (s.expectedVersion !== undefined && s.expectedVersion !== latest)
          return { ok: false, conflict: { latest } };
        if (row && row.pack !== s.pack)
          throw refuse(
            'pack',
            'invalid_value',
            s.pack,
            row.pack,
            `"${s.name}" is a scenario of pack ${row.pack}`,
          );
        if (latest >= LIBRARY_LIMITS.maxVersions)
          throw refuse(
            'name',
            'too_many_versions',
            s.name,
            `at most ${LIBRARY_LIMITS.maxVersions} versions per scenario`,
            `"${s.name}" already has ${latest} versions, the most a scenario keeps; export it and save under a new name`,
          );
        const id = row
          ? row.id
          : Number(
              this.#db.prepare('INSERT INTO scenarios (name, pack) VALUES (?, ?)').run(s.name, s.pack)
                .lastInsertRowid,
            );
        this.#db
          .prepare('INSERT INTO versions (scenario_id, version, author, note, body) VALUES (?, ?, ?, ?, ?)')
          .run(id, latest + 1, s.author, s.note, body);
        return { ok: true, version: latest + 1 };
      })
      .immediate();
  }

  /** Every scenario with its latest version's metadata, by name. */
  list(): LibraryEntry[] {
    const rows = this.#db
      .prepare(
        `SELECT s.name, s.pack, v.version, v.author, v.note, v.saved_at
           FROM scenarios s JOIN versions v ON v.scenario_id = s.id
          WHERE v.version = (SELECT max(version) FROM versions WHERE scenario_id = s.id)
          ORDER BY s.name`,
      )
      .all() as (VersionRow & { name: string; pack: string })[];
    return rows.map((r) => ({ name: r.name, pack: r.pack, versions: r.version, latest: info(r) }));
  }

  /** Every version's metadata, oldest first. */
  history(name: string): LibraryHistory {
    const { id, name: n, pack } = this.#scenario(name);
    const rows = this.#db
      .prepare('SELECT version, author, note, saved_at FROM versions WHERE scenario_id = ? ORDER BY version')
      .all(id) as VersionRow[];
    return { name: n, pack, versions: rows.map(info) };
  }

  /** One version (the latest without `version`) with its scenario. */
  show(name: string, version?: number): LibraryVersion {
    const { id, name: n, pack } = this.#scenario(name);
    const v = version ?? this.#latest(id);
    const row = this.#db
      .prepare(
        'SELECT version, author, note, saved_at, body FROM versions WHERE scenario_id = ? AND version = ?',
      )
      .get(id, v) as (VersionRow & { body: string }) | undefined;
    if (!row) {
      const latest = this.#latest(id);
      throw refuse(
        'version',
        'not_found',
        version ?? null,
        `1 to ${latest}`,
        `"${n}" has no version ${v}; it has versions 1 to ${latest}`,
      );
    }
    return { name: n, pack, ...info(row), scenario: JSON.parse(row.body) as ScenarioSpec };
  }

  /** The scenario with every version, as a document `importDocument` takes back. */
  exportDocument(name: string): LibraryExport {
    const { id, name: n, pack } = this.#scenario(name);
    const rows = this.#db
      .prepare(
        'SELECT version, author, note, saved_at, body FROM versions WHERE scenario_id = ? ORDER BY version',
      )
      .all(id) as (VersionRow & { body: string })[];
    return {
      format: 'plancast-library/1',
      name: n,
      pack,
      versions: rows.map((r) => ({ ...info(r), scenario: JSON.parse(r.body) as ScenarioSpec })),
    };
  }

  /**
   * Imports an exported scenario with its versions, numbers and dates kept, in one transaction.
   * A name already in the library is refused (`name_taken`): nothing is merged or overwritten.
   */
  importDocument(doc: unknown): { name: string; versions: number } {
    const d = checkedExport(doc);
    return this.#db
      .transaction(() => {
        if (this.#db.prepare('SELECT 1 FROM scenarios WHERE name = ?').get(d.name))
          throw refuse(
            'name',
            'name_taken',
            d.name,
            'a name not yet in the library',
            `the library already has a scenario "${d.name}"; rename it in the file or choose another name`,
          );
        const id = Number(
          this.#db.prepare('INSERT INTO scenarios (name, pack) VALUES (?, ?)').run(d.name, d.pack)
            .lastInsertRowid,
        );
        const insert = this.#db.prepare(
          'INSERT INTO versions (scenario_id, version, author, note, saved_at, body) VALUES (?, ?, ?, ?, ?, ?)',
        );
        for (const v of d.versions)
          insert.run(id, v.version, v.author, v.note, v.savedAt, JSON.stringify(v.scenario));
        return { name: d.name, versions: d.versions.length };
      })
      .immediate();
  }

  /** The connection's settings (what `open` set), for tests and diagnostics. */
  settings(): { journalMode: string; synchronous: number; foreignKeys: number; schemaVersion: number } {
    const get = (p: string) => this.#db.pragma(p, { simple: true });
    return {
      journalMode: String(get('journal_mode')),
      synchronous: Number(get('synchronous')),
      foreignKeys: Number(get('foreign_keys')),
      schemaVersion: Number(get('user_version')),
    };
  }

  /** `PRAGMA integrity_check`: 'ok' for a sound file. */
  integrityCheck(): string {
    return String(this.#db.pragma('integrity_check', { simple: true }));
  }

  #scenario(name: string): { id: number; name: string; pack: string } {
    const n = checkedName(name);
    const row = this.#db.prepare('SELECT id, name, pack FROM scenarios WHERE name = ?').get(n) as
      { id: number; name: string; pack: string } | undefined;
    if (!row)
      throw refuse(
        'name',
        'not_found',
        n,
        'the name of a saved scenario',
        `no saved scenario ${describeValue(n)}`,
      );
    return row;
  }

  #latest(id: number): number {
    const r = this.#db.prepare('SELECT max(version) AS v FROM versions WHERE scenario_id = ?').get(id) as {
      v: number | null;
    };
    return r.v ?? 0;
  }
}

/** A refusal naming the field, the value and what is allowed. */
export function refuse(
  field: string,
  code: string,
  value: unknown,
  allowed: string,
  message: string,
): PlancastError {
  return new PlancastError(LIBRARY_ORIGIN, [{ code, path: [field], value, allowed, message }]);
}

function migrate(db: Database.Database, file: string): void {
  const at = Number(db.pragma('user_version', { simple: true }));
  if (at > MIGRATIONS.length)
    throw refuse(
      'PLANCAST_DATA',
      'invalid_value',
      file,
      `a library of schema version ≤ ${MIGRATIONS.length}`,
      `${file} was written by a newer plancast (schema version ${at}; this one knows ${MIGRATIONS.length})`,
    );
  for (let v = at; v < MIGRATIONS.length; v++)
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
}
