import type { NodeOfKind } from '../../model';
import { formatDuration, formatNumber as fmt } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import type { KindFinding } from '../kind';

// Worded here, though engine/types.ts still lists them among the general rules (so findings.ts ranks
// them there, and `findingRules` leaves them out until they leave that list).
declare module '../../engine/types' {
  interface KindFindingRules {
    'worker-drain': true;
  }
}

/** An hour: a backlog that takes longer than this to drain at the event deserves a warning. */
const DRAIN_WARNING_SECONDS = 3600;

/**
 * The backlog the queues feeding the pool hold when the event starts: one that never
 * drains (the workers barely keep up with arrivals) is critical, one that takes more than
 * an hour a warning.
 */
export function workerPoolFindings(node: NodeOfKind<'workerPool'>, projected: NodeProjection): KindFinding[] {
  const ev = projected.atEvent;
  const d = ev.detail;
  if (d.kind !== 'workerPool' || !(d.backlog > 0)) return [];
  const name = node.name;
  if (d.drainSeconds === null) {
    return [{
      rule: 'worker-drain', severity: 'critical',
      message: `${name}: a backlog of ${fmt(d.backlog)} messages never drains at the event: ${fmt(ev.required)} workers barely keep up with ${fmt(d.arrivalRate)} msg/s`,
      suggestion: 'Add workers beyond the need, or drain the backlog before the event.',
    }];
  }
  if (!(d.drainSeconds > DRAIN_WARNING_SECONDS)) return [];
  return [{
    rule: 'worker-drain', severity: 'warning',
    message: `${name}: a backlog of ${fmt(d.backlog)} messages takes ${formatDuration(d.drainSeconds)} to drain with ${fmt(ev.required)} workers at the event`,
    suggestion: 'Drain the backlog before the event, or run more workers while it lasts.',
  }];
}
