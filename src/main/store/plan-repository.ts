import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError, type PlanSummary, type RevisionInfo, type StoredPlan } from '../../shared/api';
import { describeProblems, parsePlanDocument } from '../../shared/model/parse-plan';
import type { Plan } from '../../shared/model/plan';
import { revisionsToPrune } from './revision-retention';

interface PlanRow {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  head_revision: number;
  document: string;
}

/**
 * Plans as documents with a revision history. Every write is one transaction that
 * updates the head and appends a revision row, so a crash leaves either the old or the
 * new state, never half of one.
 */
export function createPlanRepository(db: Database, now: () => Date = () => new Date()) {
  const selectAll = db.prepare<[], PlanRow>('SELECT * FROM plans ORDER BY updated_at DESC, name');
  const selectOne = db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE id = ?');
  const insertPlan = db.prepare(
    'INSERT INTO plans (id, name, created_at, updated_at, head_revision, document) VALUES (@id, @name, @created_at, @updated_at, @head_revision, @document)',
  );
  const updateHead = db.prepare('UPDATE plans SET name = @name, updated_at = @updated_at, head_revision = @head_revision, document = @document WHERE id = @id');
  const insertRevision = db.prepare('INSERT INTO plan_revisions (plan_id, revision, saved_at, document) VALUES (?, ?, ?, ?)');
  const selectRevisions = db.prepare<[string], { revision: number; saved_at: string; document: string }>(
    'SELECT revision, saved_at, document FROM plan_revisions WHERE plan_id = ? ORDER BY revision DESC',
  );
  const deletePlan = db.prepare('DELETE FROM plans WHERE id = ?');
  const selectNewestStamp = db.prepare<[string], { revision: number; saved_at: string }>(
    'SELECT revision, saved_at FROM plan_revisions WHERE plan_id = ? ORDER BY revision DESC LIMIT 1',
  );
  const selectStamps = db.prepare<[string], { revision: number; saved_at: string }>('SELECT revision, saved_at FROM plan_revisions WHERE plan_id = ?');
  const deleteRevision = db.prepare('DELETE FROM plan_revisions WHERE plan_id = ? AND revision = ?');

  /**
   * Thins the history as revision-retention.ts says, inside the save's transaction. A save
   * in the same minute as the one before replaces it (the common case while typing, one
   * delete); the first save of a new minute re-thins the whole history (a few hundred rows).
   */
  function pruneRevisions(id: string, at: string): void {
    const previous = selectNewestStamp.get(id);
    if (previous && previous.saved_at.slice(0, 16) === at.slice(0, 16)) {
      deleteRevision.run(id, previous.revision);
      return;
    }
    const stamps = selectStamps.all(id).map((r) => ({ revision: r.revision, savedAt: r.saved_at }));
    for (const revision of revisionsToPrune(stamps, new Date(at))) deleteRevision.run(id, revision);
  }

  function readDocument(row: PlanRow): Plan {
    let json: unknown;
    try {
      json = JSON.parse(row.document);
    } catch {
      throw new ApiError('storage', `plan "${row.name}" (${row.id}) is stored as text that is not JSON; its revisions are kept`);
    }
    const parsed = parsePlanDocument(json);
    if (!parsed.ok) {
      throw new ApiError('storage', `plan "${row.name}" (${row.id}) could not be read:\n${describeProblems(parsed.problems)}`);
    }
    return parsed.plan;
  }

  function requireRow(id: string): PlanRow {
    const row = selectOne.get(id);
    if (!row) throw new ApiError('not-found', `no plan with id ${id}`);
    return row;
  }

  function summarize(row: PlanRow): PlanSummary {
    let nodeCount = 0;
    let edgeCount = 0;
    let eventName = '';
    let eventDate = '';
    try {
      const doc = JSON.parse(row.document) as { nodes?: unknown[]; edges?: unknown[]; event?: { name?: string; startDate?: string } };
      nodeCount = Array.isArray(doc.nodes) ? doc.nodes.length : 0;
      edgeCount = Array.isArray(doc.edges) ? doc.edges.length : 0;
      eventName = typeof doc.event?.name === 'string' ? doc.event.name : '';
      eventDate = typeof doc.event?.startDate === 'string' ? doc.event.startDate : '';
    } catch {
      /* listed anyway, so the user can see and delete or restore it */
    }
    return { id: row.id, name: row.name, revision: row.head_revision, nodeCount, edgeCount, eventName, eventDate, createdAt: row.created_at, updatedAt: row.updated_at };
  }

  const createTx = db.transaction((plan: Plan): PlanRow => {
    const at = now().toISOString();
    const row: PlanRow = { id: randomUUID(), name: plan.name, created_at: at, updated_at: at, head_revision: 1, document: JSON.stringify(plan) };
    insertPlan.run(row);
    insertRevision.run(row.id, 1, at, row.document);
    return row;
  });

  const saveTx = db.transaction((id: string, baseRevision: number, plan: Plan) => {
    const row = requireRow(id);
    if (row.head_revision !== baseRevision) {
      throw new ApiError(
        'conflict',
        `plan "${row.name}" was saved elsewhere (revision ${row.head_revision}, this window edited revision ${baseRevision}); reload it to continue`,
      );
    }
    const at = now().toISOString();
    const next = row.head_revision + 1;
    const document = JSON.stringify(plan);
    updateHead.run({ id, name: plan.name, updated_at: at, head_revision: next, document });
    pruneRevisions(id, at);
    insertRevision.run(id, next, at, document);
    return { revision: next, updatedAt: at };
  });

  return {
    list(): PlanSummary[] {
      return selectAll.all().map(summarize);
    },
    count(): number {
      return (db.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n;
    },
    get(id: string): StoredPlan {
      const row = requireRow(id);
      return { id: row.id, revision: row.head_revision, updatedAt: row.updated_at, plan: readDocument(row) };
    },
    create(plan: Plan): StoredPlan {
      const row = createTx(plan);
      return { id: row.id, revision: row.head_revision, updatedAt: row.updated_at, plan };
    },
    save(id: string, baseRevision: number, plan: Plan): { revision: number; updatedAt: string } {
      return saveTx(id, baseRevision, plan);
    },
    rename(id: string, name: string): PlanSummary {
      const stored = this.get(id);
      this.save(id, stored.revision, { ...stored.plan, name });
      return summarize(requireRow(id));
    },
    duplicate(id: string): PlanSummary {
      const stored = this.get(id);
      const names = new Set(selectAll.all().map((r) => r.name));
      let name = `${stored.plan.name} (copy)`;
      for (let i = 2; names.has(name); i += 1) name = `${stored.plan.name} (copy ${i})`;
      const created = this.create({ ...stored.plan, name });
      return summarize(requireRow(created.id));
    },
    delete(id: string): void {
      requireRow(id);
      deletePlan.run(id);
    },
    revisions(id: string): RevisionInfo[] {
      requireRow(id);
      return selectRevisions.all(id).map((r) => {
        let nodeCount = 0;
        let edgeCount = 0;
        try {
          const doc = JSON.parse(r.document) as { nodes?: unknown[]; edges?: unknown[] };
          nodeCount = doc.nodes?.length ?? 0;
          edgeCount = doc.edges?.length ?? 0;
        } catch {
          /* counted as empty */
        }
        return { revision: r.revision, savedAt: r.saved_at, nodeCount, edgeCount };
      });
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
