import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { PLAN_SCHEMA_VERSION } from '../../shared/model/plan';
import { planFileText } from '../../shared/readiness/plan-file';
import { createChecklistRepository } from '../store/checklist-repository';
import { openDatabase } from '../store/open-database';
import { createPlanRepository } from '../store/plan-repository';
import { createPlansHandlers } from './plans-handlers';
import { createTemplateLoader } from './templates';

const samples = path.resolve(import.meta.dirname, '../../../resources/samples');
const v1File = path.resolve(import.meta.dirname, '../../shared/model/testing/global-conference.v1.headroom.json');
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

function setup() {
  const { db } = openDatabase(mkdtempSync(path.join(tmpdir(), 'headroom-planfile-')));
  closers.push(() => db.close());
  const plans = createPlanRepository(db);
  const checklist = createChecklistRepository(db);
  return { api: createPlansHandlers(plans, createTemplateLoader(samples), checklist), plans, checklist };
}

const shared = {
  version: 1,
  items: {
    'std:t-4w:order-capacity': { status: 'done', owner: 'Ana', note: 'quota granted', evidenceUrl: 'https://tickets.example/Q-7', updatedAt: '2027-05-12T10:00:00.000Z', dueAt: '2027-05-20T17:00:00.000-07:00' },
  },
  custom: [{ id: 'custom:1', phase: 't-1d', title: 'Freeze deploys', owner: 'Bo', status: 'in-progress' }],
};

describe('a plan file carries its checklist state', () => {
  it('opening a file restores the checklist it carries into the store', async () => {
    const { api, checklist } = setup();
    const doc = JSON.parse(readFileSync(path.join(samples, 'global-conference.headroom.json'), 'utf8')) as object;
    const stored = await api.importFile({ fileName: 'team.headroom.json', text: JSON.stringify({ ...doc, checklist: shared }) });
    const state = checklist.get(stored.id);
    expect(state.items['std:t-4w:order-capacity']).toMatchObject({ status: 'done', owner: 'Ana', note: 'quota granted', evidenceUrl: 'https://tickets.example/Q-7', dueAt: '2027-05-20T17:00:00.000-07:00' });
    expect(state.custom[0]).toMatchObject({ id: 'custom:1', title: 'Freeze deploys', status: 'in-progress' });
    // The stored plan document is the plan alone: the checklist lives in its own table.
    expect('checklist' in stored.plan).toBe(false);
  });

  it('"Save as file" text of a plan and its store state opens back to the same state', async () => {
    const { api, plans, checklist } = setup();
    const doc = JSON.parse(readFileSync(path.join(samples, 'global-conference.headroom.json'), 'utf8')) as object;
    const first = await api.importFile({ fileName: 'a.headroom.json', text: JSON.stringify({ ...doc, checklist: shared }) });
    const text = planFileText(plans.get(first.id).plan, checklist.get(first.id));
    const second = await api.importFile({ fileName: 'b.headroom.json', text });
    expect(checklist.get(second.id)).toEqual(checklist.get(first.id));
    expect(plans.get(second.id).plan).toEqual(plans.get(first.id).plan);
  });

  it('a file without a checklist opens with an empty one, and writes none back', async () => {
    const { api, plans, checklist } = setup();
    const stored = await api.importFile({ fileName: 'x.headroom.json', text: readFileSync(path.join(samples, 'flash-sale.headroom.json'), 'utf8') });
    expect(checklist.get(stored.id)).toEqual({ version: 1, items: {}, custom: [] });
    expect(JSON.parse(planFileText(plans.get(stored.id).plan, checklist.get(stored.id)))).not.toHaveProperty('checklist');
  });

  it('a format-1 file opens and is stored (and saved) in the current format', async () => {
    const { api, plans } = setup();
    const stored = await api.importFile({ fileName: 'old.headroom.json', text: readFileSync(v1File, 'utf8') });
    expect(plans.get(stored.id).plan).toMatchObject({ schemaVersion: PLAN_SCHEMA_VERSION, event: { startTime: '09:00' }, slo: { availability: 0.999, windowDays: 30 } });
    expect(JSON.parse(planFileText(plans.get(stored.id).plan, null))).toMatchObject({ schemaVersion: PLAN_SCHEMA_VERSION });
  });

  it('refuses a file whose checklist is invalid, says where, and adds nothing', async () => {
    const { api, plans } = setup();
    const doc = JSON.parse(readFileSync(path.join(samples, 'flash-sale.headroom.json'), 'utf8')) as object;
    const bad = { ...doc, checklist: { items: { 'std:t-4w:order-capacity': { evidenceUrl: 'javascript:alert(1)' } } } };
    const attempt = api.importFile({ fileName: 'bad.headroom.json', text: JSON.stringify(bad) });
    await expect(attempt).rejects.toThrow(ApiError);
    await expect(attempt).rejects.toThrow(/checklist\.items\.std:t-4w:order-capacity\.evidenceUrl: only http/);
    expect(plans.list()).toEqual([]);
  });
});
