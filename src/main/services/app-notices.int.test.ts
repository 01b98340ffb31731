import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../shared/model';
import { startAppServices } from './app-services';

const samplesDir = path.resolve(import.meta.dirname, '../../../resources/samples');
const start = (dataDir: string) => startAppServices({ dataDir, samplesDir, version: 'test', transport: 'web' });

/** A fresh data folder whose first plan was saved once (so the save log exists), then its log deleted. */
async function savedThenLogDeleted(description: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'headroom-notices-'));
  const services = start(dataDir);
  const [first] = await services.api.plans.list(undefined);
  const opened = await services.api.plans.get({ id: first!.id });
  await services.api.plans.save({ id: first!.id, baseRevision: opened.revision, plan: PlanSchema.parse({ ...opened.plan, description }) });
  const before = await services.api.app.notices({ seen: 0 });
  const wal = path.join(dataDir, 'headroom.db-wal');
  rmSync(wal);
  rmSync(`${wal.slice(0, -4)}-shm`, { force: true });
  return { dataDir, services, planId: first!.id, before };
}

describe('the store’s notices, asked for by an open window', () => {
  it('answers a repair made during the run to the next ask, and once the window has shown it, not again at the next start', async () => {
    const { dataDir, services, planId, before } = await savedThenLogDeleted('before the log went');
    expect(before).toEqual({ notices: [], total: 0 });
    // Any call finds the repair; the ask after it hears of it.
    await services.api.plans.list(undefined);
    const answer = await services.api.app.notices({ seen: 0 });
    expect(answer.total).toBe(1);
    expect(answer.notices[0]?.message).toMatch(/was deleted by another program.*nothing was lost/);
    // Shown: the window says it has seen it all.
    expect(await services.api.app.notices({ seen: 1 })).toEqual({ notices: [], total: 1 });
    services.close();

    const again = start(dataDir);
    expect(again.info.notices).toEqual([]);
    expect((await again.api.plans.get({ id: planId })).plan.description).toBe('before the log went');
    again.close();
  });

  it('keeps a repair the window never acknowledged for the next start (the run may end in a crash)', async () => {
    const { dataDir, services } = await savedThenLogDeleted('x');
    await services.api.plans.list(undefined);
    services.close();
    const again = start(dataDir);
    expect(again.info.notices.map((n) => n.title)).toEqual(['Headroom recovered its save log']);
    again.close();
  });
});
