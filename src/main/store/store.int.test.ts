import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { createNode } from '../../shared/model/create-node';
import { blankPlan } from '../services/templates';
import { migrations, MigrationError } from './migrations';
import { openDatabase, StoreOpenError, type OpenedDatabase } from './open-database';
import { createPlanRepository } from './plan-repository';

const opened: OpenedDatabase[] = [];
function open(dir: string, options: Parameters<typeof openDatabase>[1] = {}) {
  const result = openDatabase(dir, options);
  opened.push(result);
  return result;
}
afterEach(() => {
  for (const o of opened.splice(0)) if (o.db.open) o.db.close();
});

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'headroom-store-'));
}
function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
const plan = (name = 'Conference') => blankPlan(name, new Date('2026-11-22T00:00:00Z'));

describe('opening the database', () => {
  it('creates a new database with WAL, foreign keys and every migration applied', () => {
    const { db, file } = open(tempDir());
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations[migrations.length - 1]!.version);
  });

  it('moves a file of random bytes aside, reports it, and starts a fresh database', () => {
    const dir = tempDir();
    const file = path.join(dir, 'headroom.db');
    const garbage = randomBytes(4096);
    writeFileSync(file, garbage);
    const result = open(dir);
    expect(result.movedAside).toHaveLength(1);
    expect(result.movedAside[0]!.reason).toMatch(/SQLite header/);
    expect(readFileSync(result.movedAside[0]!.to)).toEqual(garbage);
    expect(createPlanRepository(result.db).list()).toEqual([]);
  });

  it('moves a truncated database aside instead of overwriting it', () => {
    const dir = tempDir();
    const first = open(dir);
    const repo = createPlanRepository(first.db);
    for (let i = 0; i < 50; i += 1) repo.create({ ...plan(`plan ${i}`), description: 'x'.repeat(2000) });
    first.db.pragma('wal_checkpoint(TRUNCATE)');
    first.db.close();
    const bytes = readFileSync(first.file);
    writeFileSync(first.file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const truncatedHash = sha(first.file);
    const second = open(dir);
    expect(second.movedAside).toHaveLength(1);
    expect(sha(second.movedAside[0]!.to)).toBe(truncatedHash);
  });

  it('refuses a database from a newer Headroom and leaves the file untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'headroom.db');
    const foreign = new BetterSqlite3(file);
    foreign.pragma('user_version = 99');
    foreign.exec('CREATE TABLE future (x)');
    foreign.close();
    const before = sha(file);
    expect(() => openDatabase(dir)).toThrow(StoreOpenError);
    expect(() => openDatabase(dir)).toThrow(/newer Headroom .*version 99/);
    expect(sha(file)).toBe(before);
  });

  it('takes a backup copy before migrating an older database', () => {
    const dir = tempDir();
    const v1 = open(dir, { migrations: migrations.slice(0, 1) });
    createPlanRepository(v1.db).create(plan('kept through the upgrade'));
    v1.db.close();
    const next = [...migrations, { version: 999, name: 'test upgrade', sql: 'CREATE TABLE upgrade_probe (x INTEGER)' }];
    const upgraded = open(dir, { migrations: next });
    expect(upgraded.preMigrationBackup).not.toBeNull();
    const backup = new BetterSqlite3(upgraded.preMigrationBackup!, { readonly: true });
    expect(backup.prepare('SELECT name FROM plans').all()).toEqual([{ name: 'kept through the upgrade' }]);
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(999);
  });

  it('refuses to run when an applied migration was edited afterwards', () => {
    const dir = tempDir();
    open(dir).db.close();
    const edited = migrations.map((m) => (m.version === 1 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    expect(() => openDatabase(dir, { migrations: edited })).toThrow(MigrationError);
  });
});

describe('plans and revisions', () => {
  it('writes a revision row for every save made minutes apart, newest first', () => {
    let clock = Date.parse('2026-12-01T09:00:00Z');
    const repo = createPlanRepository(open(tempDir()).db, () => new Date((clock += 5 * 60_000)));
    const created = repo.create(plan());
    const withNode = { ...created.plan, nodes: [createNode('service', 'svc', 'checkout-svc')] };
    const saved = repo.save(created.id, 1, withNode);
    expect(saved.revision).toBe(2);
    expect(repo.revisions(created.id).map((r) => [r.revision, r.nodeCount])).toEqual([
      [2, 1],
      [1, 0],
    ]);
    expect(repo.get(created.id).plan.nodes[0]!.name).toBe('checkout-svc');
  });

  it('refuses a save based on a stale revision instead of overwriting the newer one', () => {
    const repo = createPlanRepository(open(tempDir()).db);
    const created = repo.create(plan());
    repo.save(created.id, 1, { ...created.plan, description: 'first window' });
    const stale = () => repo.save(created.id, 1, { ...created.plan, description: 'second window' });
    expect(stale).toThrow(ApiError);
    expect(stale).toThrow(/saved elsewhere/);
    expect(repo.get(created.id).plan.description).toBe('first window');
  });

  it('renames, duplicates with a free name, and deletes with its revisions', () => {
    const { db } = open(tempDir());
    const repo = createPlanRepository(db);
    const created = repo.create(plan('Black Friday'));
    expect(repo.rename(created.id, 'Black Friday 2027').name).toBe('Black Friday 2027');
    const copy = repo.duplicate(created.id);
    const copy2 = repo.duplicate(created.id);
    expect([copy.name, copy2.name]).toEqual(['Black Friday 2027 (copy)', 'Black Friday 2027 (copy 2)']);
    repo.delete(created.id);
    expect(repo.list().map((p) => p.name).sort()).toEqual(['Black Friday 2027 (copy 2)', 'Black Friday 2027 (copy)'].sort());
    expect(db.prepare('SELECT count(*) AS n FROM plan_revisions WHERE plan_id = ?').get(created.id)).toEqual({ n: 0 });
    expect(() => repo.get(created.id)).toThrow(/no plan/);
  });

  it('reports a hand-edited stored document with what is wrong, without losing it', () => {
    const { db } = open(tempDir());
    const repo = createPlanRepository(db);
    const created = repo.create(plan());
    db.prepare('UPDATE plans SET document = ? WHERE id = ?').run(JSON.stringify({ ...created.plan, horizonMonths: -3 }), created.id);
    expect(() => repo.get(created.id)).toThrow(/horizonMonths/);
    expect(repo.list()).toHaveLength(1);
    expect(repo.revisions(created.id)).toHaveLength(1);
  });
});

describe('a second opener of the same file', () => {
  it('sees the first one’s saves, and its stale save is refused rather than lost', () => {
    const dir = tempDir();
    const now = () => new Date('2026-12-01T09:00:30Z');
    const a = createPlanRepository(open(dir).db, now);
    const b = createPlanRepository(open(dir).db, now);
    const created = a.create(plan());
    expect(b.get(created.id).revision).toBe(1);
    a.save(created.id, 1, { ...created.plan, description: 'from A' });
    expect(() => b.save(created.id, 1, { ...created.plan, description: 'from B' })).toThrow(/saved elsewhere/);
    const fresh = b.get(created.id);
    b.save(created.id, fresh.revision, { ...fresh.plan, description: 'from B after reload' });
    expect(a.get(created.id).plan.description).toBe('from B after reload');
    // All three saves fell in one minute, so they coalesce into the newest (revision-retention.ts).
    expect(a.revisions(created.id).map((r) => r.revision)).toEqual([3]);
  });

  it('interleaved writes from two connections leave a database that passes integrity_check', () => {
    const dir = tempDir();
    const first = open(dir);
    const a = createPlanRepository(first.db);
    const b = createPlanRepository(open(dir).db);
    for (let i = 0; i < 40; i += 1) (i % 2 === 0 ? a : b).create(plan(`plan ${i}`));
    expect(a.list()).toHaveLength(40);
    expect(first.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(readdirSync(dir)).toContain('headroom.db');
  });
});
