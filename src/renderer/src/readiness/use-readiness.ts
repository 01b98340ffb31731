import { useEffect, useMemo, useState } from 'react';
import { projectPlan } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/plan';
import { assessReadiness, recordSnapshots, type ChecklistState, type ReadinessReport } from '../../../shared/readiness';
import { useChecklist } from './checklist-store';

/** Overdue marks move with the clock; once a minute is as fine as due times are written. */
const CLOCK_TICK_MS = 60_000;

/** The report the stepper shows (assessReadiness: the same one the CLI and the XLSX print), with the clock it was made at. */
export type ReadinessModel = ReadinessReport & { at: Date };

export type ReadinessResult = { ok: true; model: ReadinessModel } | { ok: false; message: string };

function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Everything the stepper shows, derived from the plan and the saved state; pure beyond the clock. */
export function computeReadiness(plan: Plan, state: ChecklistState, now: Date): ReadinessResult {
  try {
    return { ok: true, model: { ...assessReadiness(plan, projectPlan(plan), state, now), at: now } };
  } catch (error) {
    // An unknown time zone or an impossible event date: say which, the plan's inspector fixes it.
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The open plan's readiness, regenerated whenever the plan or the saved state changes.
 * After each build the items' current text is recorded in the state (recordSnapshots), so
 * an item whose subject later leaves the plan can still be shown, obsolete, with its words.
 */
export function useReadiness(plan: Plan, planId: string, state: ChecklistState): ReadinessResult {
  const now = useNow();
  const change = useChecklist((s) => s.change);
  const result = useMemo(() => computeReadiness(plan, state, now), [plan, state, now]);
  const items = result.ok ? result.model.items : null;
  useEffect(() => {
    if (!items) return;
    const recorded = recordSnapshots(state, items);
    // Same object back means nothing new to remember: no write.
    if (recorded !== state) change(planId, recorded);
  }, [items, state, planId, change]);
  return result;
}
