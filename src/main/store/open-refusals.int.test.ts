import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startAppServices } from '../services/app-services';
import { openDatabase, StoreOpenError } from './open-database';

const samplesDir = path.resolve(import.meta.dirname, '../../../resources/samples');
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'headroom-open-'));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A database from "Headroom v99" whose last writes are still in its WAL, as a crash or a copy leaves it. */
function newerDatabaseWithWal(): string {
  const source = tempDir();
  const file = path.join(source, 'headroom.db');
  const writer = new BetterSqlite3(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('wal_autocheckpoint = 0');
  writer.exec('CREATE TABLE future (x)');
  writer.pragma('user_version = 99');
  writer.prepare('INSERT INTO future VALUES (?)').run('written by a newer Headroom');
  const dir = tempDir();
  // Copied while the writer is still open: the WAL holds frames the main file does not.
  copyFileSync(file, path.join(dir, 'headroom.db'));
  copyFileSync(`${file}-wal`, path.join(dir, 'headroom.db-wal'));
  writer.close();
  return dir;
}

describe('a database this Headroom must not change', () => {
  it('refuses a database from a newer Headroom without merging its WAL or touching either file', () => {
    const dir = newerDatabaseWithWal();
    const db = path.join(dir, 'headroom.db');
    const wal = `${db}-wal`;
    const before = { db: sha(db), wal: sha(wal) };
    expect(readFileSync(wal).length).toBeGreaterThan(0);
    expect(() => openDatabase(dir)).toThrow(StoreOpenError);
    expect(() => openDatabase(dir)).toThrow(/newer Headroom .*version 99.*not changed/);
    expect(existsSync(wal)).toBe(true);
    expect({ db: sha(db), wal: sha(wal) }).toEqual(before);
  });
});

describe('a zero-byte database file', () => {
  it('is set aside with a notice the app shows, and a fresh database is started', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'headroom.db'), '');
    const services = startAppServices({ dataDir: dir, samplesDir, version: 'test', transport: 'web' });
    try {
      expect(services.info.movedAside).toHaveLength(1);
      expect(services.info.movedAside[0]!.reason).toMatch(/empty \(0 bytes\)/);
      expect(existsSync(services.info.movedAside[0]!.to)).toBe(true);
    } finally {
      services.close();
    }
  });
});
