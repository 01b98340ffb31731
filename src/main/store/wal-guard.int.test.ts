import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankPlan } from '../services/templates';
import { openDatabase } from './open-database';
import { createPlanRepository } from './plan-repository';
import { createWalGuard } from './wal-guard';

const plan = () => blankPlan('Guarded', new Date('2026-12-01T00:00:00Z'));

describe('the WAL guard', () => {
  it('says nothing while the log on disk is the one in use', () => {
    const { db, file } = openDatabase(mkdtempSync(path.join(tmpdir(), 'headroom-guard-')));
    const guard = createWalGuard(db, file);
    createPlanRepository(db).create(plan());
    expect(guard.check()).toBeNull();
    db.close();
  });

  it('moves a replaced log aside instead of replaying it, and keeps every save', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-guard-'));
    const { db, file } = openDatabase(dir);
    const guard = createWalGuard(db, file);
    const repo = createPlanRepository(db);
    const created = repo.create(plan());
    repo.save(created.id, 1, { ...created.plan, description: 'kept' });
    rmSync(`${file}-wal`);
    writeFileSync(`${file}-wal`, 'a stale copy a sync tool put back');
    const incident = guard.check();
    expect(incident?.message).toMatch(/was replaced by another program.*nothing was lost/);
    expect(readdirSync(dir).some((f) => f.startsWith('headroom.db-wal.foreign-'))).toBe(true);
    repo.save(created.id, 2, { ...created.plan, description: 'after the repair' });
    expect(guard.check()).toBeNull();
    db.close();
    const reopened = openDatabase(dir);
    expect(createPlanRepository(reopened.db).get(created.id).plan.description).toBe('after the repair');
    expect(existsSync(`${file}-wal`)).toBe(true);
    reopened.db.close();
  });
});
