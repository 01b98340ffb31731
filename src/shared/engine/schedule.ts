import { MonthStep } from './node-projection';
import type { AddStep, Explanation, NodeProjection } from './types';

/**
 * "What to add when" for one node, in date order: each month the plan's need rises above
 * what is already in place (`addBy`), and the pre-scale for the event peak (`eventStep`)
 * placed at the event's month, after that month's own addition. The event step starts from
 * the plan's fleet in the event month, so the steps up to the event add up to the row's
 * "To add" (required at the event − today) whenever the event needs more than the plan has.
 */
export type ScheduleStep = { month: number; kind: 'month' | 'event'; add: number; from: number; to: number };

export function additionSchedule(node: Pick<NodeProjection, 'addBy' | 'eventStep'>): ScheduleStep[] {
  const steps: ScheduleStep[] = node.addBy.map(monthStep);
  const { eventStep } = node;
  if (eventStep.add <= 0) return steps;
  const event: ScheduleStep = { month: eventStep.month, kind: 'event', add: eventStep.add, from: eventStep.from, to: eventStep.to };
  const at = steps.findIndex((s) => s.month > eventStep.month);
  if (at < 0) steps.push(event);
  else steps.splice(at, 0, event);
  return steps;
}

/** An `addBy` step as a schedule step: the engine's own steps already are one (MonthStep). */
function monthStep(s: AddStep): ScheduleStep {
  return s instanceof MonthStep ? s : { month: s.month, kind: 'month', add: s.add, from: s.from, to: s.to };
}

/** Why the row's "Short from" month: the first month whose need is above today's count (or a hard limit). */
export function explainFirstShort(node: Pick<NodeProjection, 'firstShortMonth' | 'current' | 'series' | 'unit'>): Explanation | null {
  const m = node.firstShortMonth;
  if (m === null) return null;
  const unit = node.unit ?? 'units';
  return {
    label: 'First short month',
    formula: 'first month m whose required(m) > current (or a hard limit is crossed: write capacity, connections, a rate limit)',
    inputs: [
      { name: 'current', value: node.current, unit },
      { name: `required in month ${m}`, value: node.series.required[m] ?? 0, unit },
      { name: `required in month ${m - 1}`, value: m > 0 ? (node.series.required[m - 1] ?? 0) : 0, unit },
    ],
    value: m,
    unit: 'month',
  };
}

/** Why "before the event: +N": the event peak's need over the plan's fleet in the event month. */
export function explainEventStep(node: Pick<NodeProjection, 'eventStep' | 'unit'>): Explanation {
  const { eventStep } = node;
  const unit = node.unit ?? 'units';
  return {
    label: 'Pre-scale before the event',
    formula: 'max(0, required at the event peak − the plan’s fleet in the event month (today + additions so far))',
    inputs: [
      { name: 'required at the event peak', value: eventStep.to, unit },
      { name: 'the plan’s fleet in the event month', value: eventStep.from, unit },
    ],
    value: eventStep.add,
    unit,
  };
}
