import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api';
import { describeProblems, problemsFromZod } from '../../shared/model/parse-plan';
import { ChecklistStateSchema, emptyChecklistState, type ChecklistState } from '../../shared/readiness';

interface StateRow {
  state: string;
  updated_at: string;
}

/** Where an unreadable checklist is copied when the user starts over (the `settings` table). */
export function damagedChecklistKey(planId: string, at: string): string {
  return `checklist-damaged:${planId}:${at}`;
}

type Read = { ok: true; state: ChecklistState } | { ok: false; message: string };

/**
 * One plan's checklist state (table `checklist_state`, migration 2). What comes out of
 * SQLite passes the same schema as what comes in over the api: a row that fails it (edited
 * by hand, written by a newer Headroom) is reported with what is wrong and left as it is,
 * never reset behind the user's back.
 */
export function createChecklistRepository(db: Database, now: () => Date = () => new Date()) {
  const selectPlan = db.prepare<[string], { name: string }>('SELECT name FROM plans WHERE id = ?');
  const selectState = db.prepare<[string], StateRow>('SELECT state, updated_at FROM checklist_state WHERE plan_id = ?');
  const upsert = db.prepare(
    `INSERT INTO checklist_state (plan_id, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(plan_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const keepCopy = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');

  function requirePlan(planId: string): string {
    const plan = selectPlan.get(planId);
    if (!plan) throw new ApiError('not-found', `no plan with id ${planId}`);
    return plan.name;
  }

  function read(row: StateRow): Read {
    let json: unknown;
    try {
      json = JSON.parse(row.state);
    } catch {
      return { ok: false, message: 'it is stored as text that is not JSON' };
    }
    const parsed = ChecklistStateSchema.safeParse(json);
    if (!parsed.success) return { ok: false, message: describeProblems(problemsFromZod(parsed.error)) };
    return { ok: true, state: parsed.data };
  }

  function damaged(planName: string, message: string): ApiError {
    return new ApiError(
      'storage',
      `The readiness checklist of "${planName}" could not be read, so it was left as it is in the data file:\n${message}\n` +
        'Start over to begin a new checklist; a copy of the old one is kept.',
    );
  }

  const saveTx = db.transaction((planId: string, state: ChecklistState) => {
    const name = requirePlan(planId);
    const row = selectState.get(planId);
    if (row) {
      const current = read(row);
      // Saving over a row nobody could read would lose it; that takes an explicit start over.
      if (!current.ok) throw damaged(name, current.message);
    }
    const at = now().toISOString();
    upsert.run(planId, JSON.stringify(state), at);
    return { updatedAt: at };
  });

  const startOverTx = db.transaction((planId: string) => {
    requirePlan(planId);
    const row = selectState.get(planId);
    const at = now().toISOString();
    let keptAs: string | null = null;
    if (row && !read(row).ok) {
      keptAs = damagedChecklistKey(planId, at);
      keepCopy.run(keptAs, row.state);
    }
    upsert.run(planId, JSON.stringify(emptyChecklistState()), at);
    return { updatedAt: at, keptAs };
  });

  return {
    /** The saved state, or an empty one; throws `storage` when the stored state is unreadable. */
    get(planId: string): ChecklistState {
      const name = requirePlan(planId);
      const row = selectState.get(planId);
      if (!row) return emptyChecklistState();
      const result = read(row);
      if (!result.ok) throw damaged(name, result.message);
      return result.state;
    },
    save(planId: string, state: ChecklistState): { updatedAt: string } {
      return saveTx(planId, state);
    },
    startOver(planId: string): { updatedAt: string; keptAs: string | null } {
      return startOverTx(planId);
    },
  };
}

export type ChecklistRepository = ReturnType<typeof createChecklistRepository>;
