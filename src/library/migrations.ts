/**
 * The library's schema, as numbered steps: step n brings a database from `PRAGMA user_version`
 * n − 1 to n. A step is never edited once shipped; a change of the schema is a new step at the end.
 * Each runs in its own transaction with the version bump, so a crash leaves the old version or the new.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: scenarios (name, pack) and their versions (the full scenario JSON, never overwritten).
  `
  CREATE TABLE scenarios (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    pack       TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  ) STRICT;
  CREATE TABLE versions (
    scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version >= 1),
    author      TEXT NOT NULL,
    note        TEXT NOT NULL,
    saved_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    body        TEXT NOT NULL CHECK (json_valid(body)),
    PRIMARY KEY (scenario_id, version)
  ) STRICT, WITHOUT ROWID;
  `,
];
