import { useEffect, useMemo, useState } from 'react';
import { projectPlan } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/plan';
import {
  buildChecklist,
  currentPhase,
  eventErrorBudget,
  overallVerdict,
  phaseIds,
  phaseSchedule,
  phaseVerdict,
  progressByPhase,
  recordSnapshots,
  type ChecklistItem,
  type ChecklistState,
  type EventErrorBudget,
  type PhaseId,
  type PhaseProgress,
  type PhaseWindow,
  type ReadinessOptions,
  type Verdict,
} from '../../../shared/readiness';
import { useChecklist } from './checklist-store';

/**
 * The plan has no start time and no SLO yet, so the countdown uses the core's defaults
 * (09:00 event-local, 99.9 % over 30 days). When the plan gains those fields they go here.
 */
const OPTIONS: ReadinessOptions = {};

/** Overdue marks move with the clock; once a minute is as fine as due times are written. */
const CLOCK_TICK_MS = 60_000;

export interface ReadinessModel {
  items: ChecklistItem[];
  schedule: PhaseWindow[];
  progress: PhaseProgress[];
  verdicts: Record<PhaseId, Verdict>;
  overall: Verdict;
  current: PhaseId;
  budget: EventErrorBudget;
  now: Date;
  timeZone: string;
}

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
    const projection = projectPlan(plan);
    const items = buildChecklist(plan, projection, state, OPTIONS);
    const context = { event: plan.event, options: OPTIONS };
    const verdicts = Object.fromEntries(phaseIds.map((p) => [p, phaseVerdict(items, p, now, context)])) as Record<PhaseId, Verdict>;
    return {
      ok: true,
      model: {
        items,
        schedule: phaseSchedule(plan.event, OPTIONS),
        progress: progressByPhase(items, now),
        verdicts,
        overall: overallVerdict(items, now, { ...context, findings: projection.findings }),
        current: currentPhase(now, plan.event, OPTIONS),
        budget: eventErrorBudget(plan.event, OPTIONS.slo, OPTIONS.sloWindowDays, OPTIONS),
        now,
        timeZone: plan.event.timeZone,
      },
    };
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
