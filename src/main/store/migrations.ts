import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Numbered, append-only. An applied migration's text is recorded by hash; editing one
 * that has shipped is refused at start-up instead of leaving databases that differ.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'plans and revisions',
    sql: `
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        head_revision INTEGER NOT NULL,
        document TEXT NOT NULL
      );
      CREATE TABLE plan_revisions (
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        document TEXT NOT NULL,
        PRIMARY KEY (plan_id, revision)
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'checklist state per plan',
    // The generated checklist is recomputed from the plan; only what people did with it is stored.
    sql: `
      CREATE TABLE checklist_state (
        plan_id TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'traffic history',
    // Histories are large (a million points): they live here, never inside the plan document.
    // `day` is days since 1970-01-01 UTC.
    // An import is written as a 'staging' series and switched to 'active' in one transaction,
    // so a cancelled or failed import leaves the previous history as it was.
    sql: `
      CREATE TABLE traffic_series (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        source_node_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('staging', 'active')),
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        row_count INTEGER NOT NULL DEFAULT 0,
        summary TEXT
      );
      CREATE INDEX traffic_series_by_source ON traffic_series (plan_id, source_node_id, status);
      -- One row per UTC day: the day's timestamps and values as little-endian Float64 arrays.
      -- A million rows of single points cost more to write than the whole parse; a day block
      -- is written once and read whole by every view that charts it.
      CREATE TABLE traffic_blocks (
        series_id TEXT NOT NULL REFERENCES traffic_series(id) ON DELETE CASCADE,
        day INTEGER NOT NULL,
        point_count INTEGER NOT NULL,
        t BLOB NOT NULL,
        v BLOB NOT NULL,
        PRIMARY KEY (series_id, day)
      ) WITHOUT ROWID;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;

export function migrationHash(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Applies what is missing, each migration in its own transaction, and checks the ones already applied. */
export function runMigrations(db: Database, list: readonly Migration[] = migrations): { applied: number[] } {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const recorded = new Map(
    (db.prepare('SELECT version, sha256 FROM schema_migrations').all() as { version: number; sha256: string }[]).map((r) => [r.version, r.sha256]),
  );
  const applied: number[] = [];
  for (const migration of list) {
    const hash = migrationHash(migration);
    const known = recorded.get(migration.version);
    if (known !== undefined) {
      if (known !== hash) {
        throw new MigrationError(`migration ${migration.version} (${migration.name}) was changed after it was applied; refusing to continue`);
      }
      continue;
    }
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)').run(
        migration.version,
        migration.name,
        hash,
        new Date().toISOString(),
      );
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return { applied };
}
