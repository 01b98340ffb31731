import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION } from './plan';
import { parsePlanDocument, parsePlanText } from './parse-plan';

const minimal = { name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] };

describe('reading plan documents', () => {
  it('refuses a document from a newer Headroom with a message that says to update', () => {
    const r = parsePlanDocument({ ...minimal, schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toContain('newer Headroom');
  });

  it('reads a draft without schemaVersion as the first format and fills defaults', () => {
    const r = parsePlanDocument(minimal);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
      expect(r.plan.headroom.targetUtilization).toBe(0.6);
      expect(r.plan.event.surge).toEqual({ mode: 'multiplier', value: 1 });
    }
  });

  it('fills every node parameter default, including the pooler and worker pool sizes', () => {
    const r = parsePlanDocument({ ...minimal, nodes: [{ id: 'd', kind: 'database', name: 'db' }, { id: 'w', kind: 'workerPool', name: 'w' }] });
    expect(r.ok).toBe(true);
    if (r.ok) {
      const [db, w] = r.plan.nodes;
      expect(db?.kind === 'database' && db.params.poolerServerConnections).toBe(0);
      expect(w?.kind === 'workerPool' && w.params.dbPoolSize).toBe(2);
    }
  });

  it('says where JSON broke', () => {
    const r = parsePlanText('{ "name": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path).toBe('(file)');
  });
});
