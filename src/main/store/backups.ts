import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from './migrations';

export interface BackupEntry {
  name: string;
  kind: 'daily' | 'before-migration' | 'before-restore';
  /** When the file was written (its modification time). */
  createdAt: string;
  sizeBytes: number;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

export const KEEP_DAILY = 7;
const DAILY = /^headroom-(\d{4}-\d{2}-\d{2})\.db$/;
// Names we write; anything else in the folder (a user's own copy, -wal files) is not listed or touched.
const ANY_BACKUP = /^headroom-[A-Za-z0-9-]+\.db$/;
export const PENDING_RESTORE = 'restore-pending.db';

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
function kindOf(name: string): BackupEntry['kind'] {
  if (DAILY.test(name)) return 'daily';
  return name.startsWith('headroom-before-restore') ? 'before-restore' : 'before-migration';
}

/** Every backup Headroom wrote, newest first. */
export function listBackups(backupsDir: string): BackupEntry[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((name) => ANY_BACKUP.test(name))
    .map((name) => {
      const stats = statSync(path.join(backupsDir, name));
      return { name, kind: kindOf(name), createdAt: stats.mtime.toISOString(), sizeBytes: stats.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** VACUUM INTO a temporary name, then rename: a crash mid-backup never leaves a half file under a real name. */
function vacuumInto(db: Database, target: string): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  renameSync(partial, target);
}

/**
 * Once per calendar day (the first start-up of the day): a consistent copy of the database
 * as `headroom-YYYY-MM-DD.db`, keeping the newest seven daily copies. Pre-migration and
 * pre-restore copies are never pruned here: they are the way back from one specific change.
 */
export function takeDailyBackupIfDue(db: Database, backupsDir: string, now: Date): { created: string | null; removed: string[] } {
  const today = `headroom-${localDate(now)}.db`;
  const dailies = readdirSync(backupsDir).filter((n) => DAILY.test(n)).sort();
  let created: string | null = null;
  if (!dailies.includes(today)) {
    vacuumInto(db, path.join(backupsDir, today));
    dailies.push(today);
    dailies.sort();
    created = today;
  }
  // Names sort by date, so the oldest are first.
  const removed = dailies.slice(0, Math.max(0, dailies.length - KEEP_DAILY));
  for (const name of removed) rmSync(path.join(backupsDir, name));
  return { created, removed };
}

export interface CheckOptions {
  nativeBinding?: string | undefined;
}

/** Opens a copy (never the backup itself) and checks it is a Headroom database this version can read. */
function checkRestorable(file: string, label: string, options: CheckOptions): void {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${label} is damaged (integrity check: ${String(integrity)})`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw new BackupError(`${label} was written by a newer Headroom (database version ${version})`);
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'plans'").get()) {
      throw new BackupError(`${label} is a SQLite file but not a Headroom database (it has no plans)`);
    }
    // Leave a single self-contained file: no WAL for the swap at start-up to forget.
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${label} cannot be restored: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db?.close();
  }
}

/**
 * Step one of a restore, while the app runs: checks a copy of the chosen backup and puts it
 * in place as `restore-pending.db`. The running database is not touched; the swap happens
 * at the next start-up (applyPendingRestore), when nothing has the database open.
 */
export function stageRestore(dataDir: string, backupsDir: string, name: string, options: CheckOptions = {}): void {
  const entry = listBackups(backupsDir).find((b) => b.name === name);
  // Only names from the listing: a name is never a path, so nothing outside backups/ is read.
  if (!entry) throw new BackupError(`there is no backup named "${name.slice(0, 120)}"`);
  const pending = path.join(dataDir, PENDING_RESTORE);
  const partial = `${pending}.partial`;
  rmSync(partial, { force: true });
  copyFileSync(path.join(backupsDir, name), partial);
  try {
    checkRestorable(partial, `the backup ${name}`, options);
  } catch (error) {
    rmSync(partial, { force: true });
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
    throw error;
  }
  renameSync(partial, pending);
}

export interface AppliedRestore {
  /** The database as it was just before the swap, in backups/ (null if there was none). */
  safetyCopy: string | null;
}

/**
 * Step two, at start-up before the database is opened: keeps a safety copy of the current
 * database, then swaps the staged backup in. Every step can be repeated: a crash half-way
 * leaves restore-pending.db in place and the next start-up does it again.
 */
export function applyPendingRestore(dataDir: string, backupsDir: string, now: Date, options: CheckOptions = {}): AppliedRestore | null {
  const pending = path.join(dataDir, PENDING_RESTORE);
  if (!existsSync(pending)) return null;
  const file = path.join(dataDir, 'headroom.db');
  let safetyCopy: string | null = null;
  if (existsSync(file)) {
    safetyCopy = path.join(backupsDir, `headroom-before-restore-${stamp(now)}.db`);
    try {
      const current = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
      try {
        vacuumInto(current, safetyCopy);
      } finally {
        current.close();
      }
    } catch {
      // A current file SQLite cannot copy is kept byte for byte instead (with its WAL, if any).
      copyFileSync(file, safetyCopy);
      if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${safetyCopy}-wal`);
    }
    // The old WAL belongs to the old file: replayed onto the restored one it would corrupt it.
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  const partial = `${file}.restoring`;
  copyFileSync(pending, partial);
  renameSync(partial, file);
  rmSync(pending);
  return { safetyCopy };
}
