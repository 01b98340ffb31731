import type { Plan } from '../model';
import { formatNumber } from '../engine/format';
import type { NodeProjection, Projection } from '../engine/types';
import type { PhaseId, TimelineOptions } from './phases';
import type { ItemSubject } from './schema';

/**
 * When a generated item is due:
 * - `phase-end`: by the end of its phase's window (= when the next phase starts), so a
 *   phase's work is not overdue the moment the phase opens;
 * - `before-start`: N days before the event start at its local start time; with `test`
 *   it is a test appointment (baseline T-7d … dress rehearsal T-1d, run at the hour the
 *   event will start so the traffic mix matches), moved to the Friday before when it
 *   falls on a weekend and the plan does not allow weekend tests;
 * - `prescale`: the plan's pre-scale lead time (`readiness.prescaleLeadMinutes`) before
 *   the start minute, so the fleet is at its size when the event starts; or the tier's
 *   ramp time (`ramp`) when the group needs longer than that to launch and warm up;
 * - `after-end`: N days after the event ends (scale-down within a day).
 * An item about a shortfall that exists today is due today instead (`dueToday`), unless
 * its rule already makes it due earlier.
 */
export type DueRule =
  | { kind: 'phase-end' }
  | { kind: 'before-start'; days: number; test?: boolean }
  | { kind: 'prescale'; ramp?: PrescaleRamp }
  | { kind: 'after-end'; days: number };

/**
 * How long an autoscaled tier's last pre-scale step takes (engine/scaling-policy.ts's
 * rampMinutes, from the T-1 week stage count to the T-1 day target): when longer than the
 * plan's pre-scale lead, the item is due that much before the start instead.
 */
export type PrescaleRamp = { from: number; to: number; minutes: number; launchPerMinute: number; warmupSeconds: number };

/** A generated item before its due date is resolved and its saved state merged in. */
export type ItemDraft = {
  id: string;
  phase: PhaseId;
  title: string;
  detail: string;
  origin: 'standard' | 'plan';
  subject?: ItemSubject;
  due: DueRule;
  /** Ids of the capacity model's findings this item acts on (finding-coverage.ts). */
  covers?: string[];
};

export type ReadinessOptions = TimelineOptions & {
  /**
   * The moment the checklist is built for. Items about a shortfall that exists at this
   * moment are due by the end of its day; without it no item is due "today".
   */
  now?: Date;
  /** Stress tests at 400 % of average load (flash-sale seed). Default 4. */
  stressMultipleOfAverage?: number;
};

/** What the generators read: the plan, its projection, and the options with defaults. */
export type DraftContext = {
  plan: Plan;
  projection: Projection;
  options: ReadinessOptions;
  /** Projection nodes in plan order, skipping any the projection lacks. */
  nodes: NodeProjection[];
};

export function draftContext(plan: Plan, projection: Projection, options: ReadinessOptions): DraftContext {
  const nodes: NodeProjection[] = [];
  for (const node of plan.nodes) {
    const projected = projection.byId[node.id] ?? projection.nodes.find((n) => n.nodeId === node.id);
    if (projected) nodes.push(projected);
  }
  return { plan, projection, options, nodes };
}

/** "140 instances", "1 replica": counts with the node's unit, singular when one. */
export function countWithUnit(count: number, unit: string | null): string {
  const word = unit ?? 'units';
  return `${formatNumber(count)} ${count === 1 ? word.replace(/s$/, '') : word}`;
}

/** A bullet list for an item's detail; empty lines are skipped. */
export function bullets(lines: readonly string[]): string {
  return lines.filter((line) => line !== '').map((line) => `• ${line}`).join('\n');
}
