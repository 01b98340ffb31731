import type { NodeProjection } from './types';

/**
 * "What to add when" for one node, in date order: each month the plan's need rises above
 * what is already in place (`addBy`), and the pre-scale for the event peak (`eventStep`)
 * placed at the event's month, after that month's own addition. The event step starts from
 * the plan's fleet in the event month, so the steps up to the event add up to the row's
 * "To add" (required at the event − today) whenever the event needs more than the plan has.
 */
export type ScheduleStep = { month: number; kind: 'month' | 'event'; add: number; from: number; to: number };

export function additionSchedule(node: Pick<NodeProjection, 'addBy' | 'eventStep'>): ScheduleStep[] {
  const steps: ScheduleStep[] = node.addBy.map((s) => ({ month: s.month, kind: 'month', add: s.add, from: s.from, to: s.to }));
  const { eventStep } = node;
  if (eventStep.add <= 0) return steps;
  const event: ScheduleStep = { month: eventStep.month, kind: 'event', add: eventStep.add, from: eventStep.from, to: eventStep.to };
  const at = steps.findIndex((s) => s.month > eventStep.month);
  if (at < 0) steps.push(event);
  else steps.splice(at, 0, event);
  return steps;
}
