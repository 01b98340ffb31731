import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../api/dispatch';
import { startAppServices, type AppServices } from '../services/app-services';
import { KEEP_DAILY, listBackups, PENDING_RESTORE } from './backups';

const samplesDir = path.resolve(import.meta.dirname, '../../../resources/samples');
const running: AppServices[] = [];
afterEach(() => {
  for (const s of running.splice(0)) s.close();
});

function start(dataDir: string, at: string, onRestoreStaged?: () => void): AppServices {
  const services = startAppServices({ dataDir, samplesDir, version: 'test', transport: 'web', now: () => new Date(at), onRestoreStaged });
  running.push(services);
  return services;
}
function stop(services: AppServices): void {
  services.close();
  running.splice(running.indexOf(services), 1);
}
const backupsDir = (dataDir: string) => path.join(dataDir, 'backups');
const dailies = (dataDir: string) => readdirSync(backupsDir(dataDir)).filter((n) => /^headroom-\d{4}-\d{2}-\d{2}\.db$/.test(n)).sort();

describe('daily backups', () => {
  it('writes one backup per day, however often the app starts that day', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-backup-'));
    const first = start(dir, '2026-05-01T09:00:00');
    expect(first.dailyBackup.created).toBe('headroom-2026-05-01.db');
    stop(first);
    const again = start(dir, '2026-05-01T17:30:00');
    expect(again.dailyBackup.created).toBeNull();
    stop(again);
    const nextDay = start(dir, '2026-05-02T08:00:00');
    expect(nextDay.dailyBackup.created).toBe('headroom-2026-05-02.db');
    expect(dailies(dir)).toEqual(['headroom-2026-05-01.db', 'headroom-2026-05-02.db']);
  });

  it('keeps the last seven daily backups and never prunes pre-migration or pre-restore copies', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-backup-'));
    stop(start(dir, '2026-05-01T09:00:00'));
    const keep = ['headroom-before-v3-2026-04-01T00-00-00-000Z.db', 'headroom-before-restore-2026-04-02T00-00-00-000Z.db'];
    for (const name of keep) writeFileSync(path.join(backupsDir(dir), name), 'kept');
    for (let day = 2; day <= 12; day += 1) stop(start(dir, `2026-05-${String(day).padStart(2, '0')}T09:00:00`));
    expect(dailies(dir)).toHaveLength(KEEP_DAILY);
    expect(dailies(dir)[0]).toBe('headroom-2026-05-06.db');
    expect(dailies(dir).at(-1)).toBe('headroom-2026-05-12.db');
    for (const name of keep) expect(readFileSync(path.join(backupsDir(dir), name), 'utf8')).toBe('kept');
  });
});

describe('restoring a backup', () => {
  it('brings back an older plan at the next start, after keeping a safety copy of the current data', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-restore-'));
    const day1 = start(dir, '2026-05-01T09:00:00');
    const { id } = await day1.api.plans.create({ name: 'Kept on day one', template: 'blank' });
    stop(day1);
    // The first start of day two backs up what day one left.
    const day2 = start(dir, '2026-05-02T09:00:00');
    expect(day2.dailyBackup.created).toBe('headroom-2026-05-02.db');
    await day2.api.plans.delete({ id });
    await day2.api.plans.create({ name: 'Made on day two', template: 'blank' });
    let relaunches = 0;
    stop(day2);
    const later = start(dir, '2026-05-02T10:00:00', () => (relaunches += 1));
    const dispatch = createDispatcher(later.api);
    const result = await dispatch('backups:restore', { name: 'headroom-2026-05-02.db' });
    expect(result).toMatchObject({ ok: true, value: { restartRequired: false } });
    expect(relaunches).toBe(1);
    // Nothing changes until the restart: the running app still sees today's plans.
    expect((await later.api.plans.list(undefined)).map((p) => p.name)).toContain('Made on day two');
    stop(later);

    const restarted = start(dir, '2026-05-02T10:01:00');
    const names = (await restarted.api.plans.list(undefined)).map((p) => p.name);
    expect(names).toContain('Kept on day one');
    expect(names).not.toContain('Made on day two');
    expect(existsSync(path.join(dir, PENDING_RESTORE))).toBe(false);
    expect(restarted.restored?.safetyCopy).toMatch(/headroom-before-restore-.*\.db$/);
    const safety = listBackups(backupsDir(dir)).find((b) => b.kind === 'before-restore');
    expect(safety).toBeDefined();
    // The safety copy holds what the restore replaced, so the restore itself can be undone.
    const undo = await createDispatcher(restarted.api)('backups:restore', { name: safety!.name });
    expect(undo.ok).toBe(true);
    stop(restarted);
    const undone = start(dir, '2026-05-02T10:02:00');
    expect((await undone.api.plans.list(undefined)).map((p) => p.name)).toContain('Made on day two');
  });

  it.each([
    ['random bytes', Buffer.from('this is not a database at all, just text that someone renamed'.repeat(40))],
    ['a truncated database', null],
  ])('refuses a corrupt backup (%s) with a message and changes nothing', async (_label, bytes) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-restore-'));
    const services = start(dir, '2026-05-01T09:00:00');
    const name = 'headroom-2026-04-30.db';
    const target = path.join(backupsDir(dir), name);
    const today = readFileSync(path.join(backupsDir(dir), 'headroom-2026-05-01.db'));
    writeFileSync(target, bytes ?? today.subarray(0, Math.floor(today.length / 2)));
    utimesSync(target, new Date('2026-04-30T09:00:00'), new Date('2026-04-30T09:00:00'));
    const before = readFileSync(target);
    const plansBefore = await services.api.plans.list(undefined);
    const result = await createDispatcher(services.api)('backups:restore', { name });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toMatch(/headroom-2026-04-30\.db .*(damaged|cannot be restored).*Nothing was changed/s);
    expect(existsSync(path.join(dir, PENDING_RESTORE))).toBe(false);
    expect(readFileSync(target)).toEqual(before);
    expect(await services.api.plans.list(undefined)).toEqual(plansBefore);
    expect(listBackups(backupsDir(dir)).filter((b) => b.kind === 'before-restore')).toEqual([]);
  });

  it('refuses names that are not listed backups, so no path outside backups/ is ever read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-restore-'));
    const dispatch = createDispatcher(start(dir, '2026-05-01T09:00:00').api);
    expect(await dispatch('backups:restore', { name: '../headroom.db' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('backups:restore', { name: 'headroom-1999-01-01.db' })).toMatchObject({ ok: false, error: { message: /no backup named/ } });
  });

  it('lists backups with kind, date and size', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-restore-'));
    const list = await start(dir, '2026-05-01T09:00:00').api.backups.list(undefined);
    expect(list).toEqual([expect.objectContaining({ name: 'headroom-2026-05-01.db', kind: 'daily', sizeBytes: expect.any(Number) })]);
    expect(list[0]!.sizeBytes).toBeGreaterThan(0);
  });
});
