import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../../../shared/model/plan';
import { recordSnapshots, type ChecklistState } from '../../../shared/readiness';
import { useChecklist } from './checklist-store';
import { computeReadiness, type ReadinessResult } from './compute-readiness';

export { computeReadiness, type ReadinessModel, type ReadinessResult } from './compute-readiness';

/** Overdue marks move with the clock; once a minute is as fine as due times are written. */
const CLOCK_TICK_MS = 60_000;

function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
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
