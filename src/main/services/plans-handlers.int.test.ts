import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { openDatabase } from '../store/open-database';
import { createPlanRepository } from '../store/plan-repository';
import { createPlansHandlers } from './plans-handlers';
import { createTemplateLoader } from './templates';

const samples = path.resolve(import.meta.dirname, '../../../resources/samples');
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

function handlers() {
  const { db } = openDatabase(mkdtempSync(path.join(tmpdir(), 'headroom-import-')));
  closers.push(() => db.close());
  const repo = createPlanRepository(db);
  return { api: createPlansHandlers(repo, createTemplateLoader(samples)), repo };
}

describe('opening a plan file', () => {
  it('adds a valid sample file as a new plan', async () => {
    const { api, repo } = handlers();
    const text = readFileSync(path.join(samples, 'flash-sale.headroom.json'), 'utf8');
    const stored = await api.importFile({ fileName: 'flash-sale.headroom.json', text });
    expect(repo.get(stored.id).plan.name).toBe(JSON.parse(text).name);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, nodes: [', /not valid JSON/],
    ['from a newer Headroom', JSON.stringify({ schemaVersion: 99, name: 'x' }), /newer Headroom \(format 99\)/],
    ['with an edge to a missing node', JSON.stringify({ schemaVersion: 1, name: 'x', startMonth: '2026-12', event: { startDate: '2027-01-01' }, nodes: [], edges: [{ id: 'e', source: 'a', target: 'b' }] }), /edges\[0\]\.source: no node with id "a"/],
    ['with a negative count', JSON.stringify({ schemaVersion: 1, name: 'x', startMonth: '2026-12', event: { startDate: '2027-01-01' }, nodes: [{ id: 's', kind: 'service', name: 's', params: { currentInstances: -3 } }], edges: [] }), /nodes\[0\]\.params\.currentInstances/],
    ['with 1e308 instances', '{"schemaVersion":1,"name":"x","startMonth":"2026-12","event":{"startDate":"2027-01-01"},"nodes":[{"id":"s","kind":"service","name":"s","params":{"currentInstances":1e308}}],"edges":[]}', /currentInstances/],
  ])('refuses a file %s, says where, and adds nothing', async (_label, text, message) => {
    const { api, repo } = handlers();
    const attempt = api.importFile({ fileName: 'colleague.headroom.json', text });
    await expect(attempt).rejects.toThrow(ApiError);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toThrow(/colleague\.headroom\.json/);
    expect(repo.list()).toEqual([]);
  });
});
