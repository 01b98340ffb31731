import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrations as shippedMigrations, runMigrations, type Migration } from './migrations';

export interface MovedAside {
  from: string;
  to: string;
  reason: string;
}

export interface OpenedDatabase {
  db: Database;
  file: string;
  backupsDir: string;
  movedAside: MovedAside[];
  /** A copy taken before migrating an existing database, if one was needed. */
  preMigrationBackup: string | null;
}

export interface OpenOptions {
  /** better-sqlite3's compiled addon for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  now?: () => Date;
  /** Tests pass their own list to exercise upgrades; the app uses the shipped one. */
  migrations?: readonly Migration[];
}

export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
  constructor(
    message: string,
    readonly reason: 'newer-version' | 'locked' | 'unreadable',
  ) {
    super(message);
  }
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** Moves the file and its WAL/SHM companions aside; never deletes what we do not understand. */
function moveAside(file: string, reason: string, now: Date): MovedAside {
  const to = `${file}.unreadable-${stamp(now)}`;
  renameSync(file, to);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, to + suffix);
  }
  return { from: file, to, reason };
}

function whyUnreadable(file: string): string | null {
  const size = statSync(file).size;
  // SQLite writes the header with the first table, so no database Headroom made is empty:
  // this is a file truncated by a disk or a sync tool, set aside so the user hears of it.
  if (size === 0) return 'the file is empty (0 bytes)';
  if (size < 100) return `the file is ${size} bytes, too short to be a SQLite database`;
  if (readHeader(file) !== SQLITE_HEADER) return 'the file does not start with the SQLite header';
  return null;
}

function connect(file: string, options: OpenOptions): Database {
  const db = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  // Nothing here writes to the file: the version check must come before anything does.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

/**
 * The schema version a database says it has, read through a read-only connection: it sees
 * what an uncheckpointed WAL holds, and (unlike a read-write one) never merges that WAL into
 * the file on close. Null when SQLite cannot read it at all (the full open reports why).
 */
function probeVersion(file: string, options: OpenOptions): number | null {
  let probe: Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    return probe.pragma('user_version', { simple: true }) as number;
  } catch {
    return null;
  } finally {
    probe?.close();
  }
}

function newerVersionError(file: string, version: number, latest: number): StoreOpenError {
  return new StoreOpenError(
    `${file} was written by a newer Headroom (database version ${version}; this version knows up to ${latest}). It was not changed. Update Headroom to open it.`,
    'newer-version',
  );
}

/**
 * Opens (or creates) the database in `dataDir`. A file that is not a readable SQLite
 * database is moved aside and reported, and a fresh one is created in its place; a file
 * from a newer Headroom is left untouched and refused.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): OpenedDatabase {
  const now = options.now ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'headroom.db');
  const backupsDir = path.join(dataDir, 'backups');
  mkdirSync(backupsDir, { recursive: true });
  const movedAside: MovedAside[] = [];

  const list = options.migrations ?? shippedMigrations;
  const latest = list[list.length - 1]?.version ?? 0;
  if (existsSync(file)) {
    const reason = whyUnreadable(file);
    if (reason) movedAside.push(moveAside(file, reason, now()));
    else {
      // Before any read-write connection exists: opening one and closing it would checkpoint the WAL.
      const version = probeVersion(file, options);
      if (version !== null && version > latest) throw newerVersionError(file, version, latest);
    }
  }

  let db: Database | undefined;
  try {
    db = connect(file, options);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/database is locked|SQLITE_BUSY/i.test(message)) {
      throw new StoreOpenError(`the database ${file} is in use by another program: ${message}`, 'locked');
    }
    // Close whatever half-open handle there is before moving the file.
    try {
      db?.close();
    } catch {
      /* already unusable */
    }
    movedAside.push(moveAside(file, `SQLite could not read it: ${message}`, now()));
    db = connect(file, options);
  }
  return finishOpening(db, file, backupsDir, movedAside, now, list);
}

function finishOpening(
  db: Database,
  file: string,
  backupsDir: string,
  movedAside: MovedAside[],
  now: () => Date,
  list: readonly Migration[],
): OpenedDatabase {
  const latest = list[list.length - 1]?.version ?? 0;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > latest) {
    db.close();
    throw newerVersionError(file, version, latest);
  }

  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  let preMigrationBackup: string | null = null;
  if (version > 0 && version < latest) {
    preMigrationBackup = path.join(backupsDir, `headroom-before-v${latest}-${stamp(now())}.db`);
    db.prepare('VACUUM INTO ?').run(preMigrationBackup);
  }
  runMigrations(db, list);
  return { db, file, backupsDir, movedAside, preMigrationBackup };
}
