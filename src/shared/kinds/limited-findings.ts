import { formatNumber as fmt, formatPercent } from '../engine/format';
import type { KindFindingRule, LimitDetail, NodeProjection } from '../engine/types';
import type { KindFinding } from './kind';

// Worded here, though engine/types.ts still lists them among the general rules (so findings.ts ranks
// them there, and `findingRules` leaves them out until they leave that list).
declare module '../engine/types' {
  interface KindFindingRules {
    'cdn-limit': true;
    'queue-limit': true;
    'external-rate-limit': true;
  }
}

/** A limit-only kind's finding: its rule, what its limit is called, and what to do about it. */
export type LimitFinding = { rule: KindFindingRule; what: string; suggestion: string };

/** A provider limit against the load and its buffered need: "short by N" when the limit does not hold the need. */
function limitMessage(name: string, what: string, load: number, d: { limit: number; buffer: number; needed: number }): string {
  const withBuffer = d.buffer > 0 ? `, ${fmt(d.needed)} with its ${formatPercent(d.buffer, 0)} buffer,` : '';
  const short = d.needed > d.limit ? `: short by ${fmt(d.needed - d.limit)} rps` : '';
  return `${name}: ${fmt(load)} rps at the event${withBuffer} vs its ${what} of ${fmt(d.limit)}${short} (${formatPercent(d.needed / d.limit, 0)})`;
}

/**
 * A known limit (0 = none) the event's need with the buffer comes within 10 % of: a warning,
 * critical once past it (`utilization` is the need over the limit, kinds/limited.ts).
 */
export function limitFindings(kind: LimitDetail['kind'], name: string, projected: NodeProjection, finding: LimitFinding): KindFinding[] {
  const ev = projected.atEvent;
  if (ev.detail.kind !== kind) return [];
  // The node's own kind's detail: a limit-only kind's (kinds/limited.ts).
  const d = ev.detail as LimitDetail;
  if (!(d.limit > 0 && ev.utilization >= 0.9)) return [];
  return [{ rule: finding.rule, severity: ev.utilization > 1 ? 'critical' : 'warning', message: limitMessage(name, finding.what, ev.loadRps, d), suggestion: finding.suggestion }];
}
