import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../api/dispatch';
import { startAppServices, type AppServices } from '../services/app-services';
import { blankPlan } from '../services/templates';
import { emptyChecklistState, type ChecklistState } from '../../shared/readiness';
import { createChecklistRepository } from './checklist-repository';
import { openDatabase, type OpenedDatabase } from './open-database';
import { createPlanRepository } from './plan-repository';

const opened: OpenedDatabase[] = [];
const services: AppServices[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) if (o.db.open) o.db.close();
  for (const s of services.splice(0)) s.close();
});

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'headroom-checklist-'));
}

function setup(dir = tempDir()) {
  const o = openDatabase(dir);
  opened.push(o);
  const plans = createPlanRepository(o.db);
  const planId = plans.create(blankPlan('Conference', new Date('2026-11-22T00:00:00Z'))).id;
  return { db: o.db, dir, plans, planId, checklist: createChecklistRepository(o.db, () => new Date('2026-11-22T10:00:00Z')) };
}

const ticked: ChecklistState = {
  version: 1,
  items: {
    'std:t-4w:load-test': { status: 'done', owner: 'ana', note: 'ran at 120k rps', evidenceUrl: 'https://grafana.example/d/1', updatedAt: '2026-11-22T10:00:00.000Z' },
    'node:db:add-replicas': { status: 'blocked', owner: '', note: 'waiting on budget', evidenceUrl: '', updatedAt: '2026-11-22T10:00:00.000Z' },
  },
  custom: [
    {
      id: 'custom:1',
      phase: 't-1d',
      title: 'Call the CDN vendor',
      detail: '',
      dueAt: null,
      owner: 'li',
      status: 'todo',
      note: '',
      evidenceUrl: '',
      updatedAt: '2026-11-22T10:00:00.000Z',
    },
  ],
};

describe('checklist state in SQLite', () => {
  it('is empty for a plan nothing was recorded for, and comes back as saved', () => {
    const { checklist, planId } = setup();
    expect(checklist.get(planId)).toEqual(emptyChecklistState());
    expect(checklist.save(planId, ticked)).toEqual({ updatedAt: '2026-11-22T10:00:00.000Z' });
    expect(checklist.get(planId)).toEqual(ticked);
  });

  it('survives closing and reopening the data file', () => {
    const first = setup();
    first.checklist.save(first.planId, ticked);
    first.db.close();
    const again = openDatabase(first.dir);
    opened.push(again);
    expect(createChecklistRepository(again.db).get(first.planId)).toEqual(ticked);
  });

  it('answers not-found for a plan that does not exist, and goes with its plan when deleted', () => {
    const { checklist, plans, planId, db } = setup();
    expect(() => checklist.get('nope')).toThrow(/no plan with id nope/);
    expect(() => checklist.save('nope', ticked)).toThrow(/no plan/);
    checklist.save(planId, ticked);
    plans.delete(planId);
    expect(db.prepare('SELECT count(*) AS n FROM checklist_state').get()).toEqual({ n: 0 });
  });

  it('reports a stored state that fails the schema, keeps the row, and refuses to save over it', () => {
    const { checklist, planId, db } = setup();
    const bad = JSON.stringify({ version: 1, items: { x: { status: 'finished' } }, custom: [] });
    db.prepare('INSERT INTO checklist_state (plan_id, state, updated_at) VALUES (?, ?, ?)').run(planId, bad, 'then');
    expect(() => checklist.get(planId)).toThrow(/readiness checklist of "Conference" could not be read[\s\S]*items\.x\.status/);
    expect(() => checklist.save(planId, ticked)).toThrow(/Start over/);
    expect(db.prepare('SELECT state FROM checklist_state WHERE plan_id = ?').get(planId)).toEqual({ state: bad });
  });

  it('starts over only when asked, keeping a copy of the unreadable text', () => {
    const { checklist, planId, db } = setup();
    db.prepare('INSERT INTO checklist_state (plan_id, state, updated_at) VALUES (?, ?, ?)').run(planId, '{not json', 'then');
    expect(() => checklist.get(planId)).toThrow(/not JSON/);
    const result = checklist.startOver(planId);
    expect(result.keptAs).toBe(`checklist-damaged:${planId}:2026-11-22T10:00:00.000Z`);
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').get(result.keptAs)).toEqual({ value: '{not json' });
    expect(checklist.get(planId)).toEqual(emptyChecklistState());
    checklist.save(planId, ticked);
    expect(checklist.get(planId)).toEqual(ticked);
  });

  it('a state written by a newer Headroom is reported, not reset', () => {
    const { checklist, planId, db } = setup();
    db.prepare('INSERT INTO checklist_state (plan_id, state, updated_at) VALUES (?, ?, ?)').run(planId, JSON.stringify({ version: 2, items: {}, custom: [] }), 'then');
    expect(() => checklist.get(planId)).toThrow(/version/);
  });
});

describe('the checklist calls through the api seam', () => {
  function boot() {
    const dir = tempDir();
    const s = startAppServices({ dataDir: dir, samplesDir: path.resolve(import.meta.dirname, '../../../resources/samples'), version: 'test', transport: 'web' });
    services.push(s);
    return { dispatch: createDispatcher(s.api), planId: s.api.plans.list(undefined).then((list) => list[0]!.id) };
  }

  it('saves and reads back through the dispatcher', async () => {
    const { dispatch, planId } = boot();
    const id = await planId;
    expect(await dispatch('checklist:save', { planId: id, state: ticked })).toMatchObject({ ok: true });
    expect(await dispatch('checklist:get', { planId: id })).toEqual({ ok: true, value: ticked });
  });

  it('refuses a javascript: evidence link at the seam; nothing is stored', async () => {
    const { dispatch, planId } = boot();
    const id = await planId;
    const evil = { ...ticked, items: { 'std:t-4w:load-test': { ...ticked.items['std:t-4w:load-test']!, evidenceUrl: 'javascript:alert(1)' } } };
    const answer = await dispatch('checklist:save', { planId: id, state: evil });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(answer)).toMatch(/only http:\/\/ and https:\/\/ links/);
    expect(await dispatch('checklist:get', { planId: id })).toEqual({ ok: true, value: emptyChecklistState() });
  });

  it('answers a damaged stored state as a storage error the UI can offer to start over from', async () => {
    const { dispatch, planId } = boot();
    const id = await planId;
    services[0]!.db.prepare('INSERT INTO checklist_state (plan_id, state, updated_at) VALUES (?, ?, ?)').run(id, '[]', 'then');
    expect(await dispatch('checklist:get', { planId: id })).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await dispatch('checklist:startOver', { planId: id })).toMatchObject({ ok: true, value: { keptAs: expect.stringMatching(/^checklist-damaged:/) } });
    expect(await dispatch('checklist:get', { planId: id })).toEqual({ ok: true, value: emptyChecklistState() });
  });
});
