import type { NodeOfKind } from '../../model';
import { formatDuration, formatNumber as fmt } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import type { KindFinding } from '../kind';

/**
 * The surge's rise against the platform's scaling rate: concurrency grows by a fixed step
 * every 10 s above what is warm, so a surge that arrives faster gets throttled (429s)
 * until the rest is added. Pre-provisioning the difference is the fix.
 */
export function functionFindings(node: NodeOfKind<'serverlessFunction'>, projected: NodeProjection): KindFinding[] {
  const d = projected.atEvent.detail;
  if (d.kind !== 'serverlessFunction' || d.burstSeconds <= d.surgeRiseSeconds) return [];
  return [{
    rule: 'function-burst', severity: 'warning',
    message: `${node.name}: concurrency must rise from ${fmt(d.warmConcurrency)} to ${fmt(projected.atEvent.required)} at the surge; at ${fmt(node.params.scalingPer10Seconds)} every 10 s that takes ${formatDuration(d.burstSeconds)}, the surge arrives in ${formatDuration(d.surgeRiseSeconds)}`,
    suggestion: `Provision ${fmt(d.provisionedNeeded)} concurrent executions before the start so the rest can be added in time.`,
  }];
}
