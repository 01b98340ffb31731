import { formatNumber as fmt } from './format';
import type { QuotaCheck, QuotaReport } from './quotas';
import type { StageId } from './stages';
import type { Finding } from './types';

/**
 * Findings from the plan's quotas (engine/quotas.ts):
 * - `quota-exceeded` (critical): a stage of the countdown needs more than a quota allows,
 *   saying by how much, at which stage, and who needs it;
 * - `quota-at-max` (warning): the stages fit, but the groups' max_size would not: an
 *   autoscaler reaching past the event target would fail at the quota;
 * - `quota-vcpus-unknown` (warning): a vCPU quota is set and an EC2 tier's type has no
 *   vCPU count, so the check leaves it out.
 */

export const QUOTA_STAGE_LABELS: Record<StageId, string> = { baseline: 'baseline', 't-2w': 'T-2 weeks', 't-1w': 'T-1 week', 't-1d': 'T-1 day', after: 'after-event' };

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "platform-app 183 × c5.2xlarge (8 vCPUs)", or "platform-db 33" for a count quota. */
export function quotaUsesText(c: QuotaCheck): string {
  return c.uses
    .filter((u) => u.count > 0)
    .map((u) => (c.unit === 'vCPUs' ? `${u.name} ${fmt(u.count)} × ${u.instanceType} (${fmt(u.perUnit)} vCPUs)` : `${u.name} ${fmt(u.count)}`))
    .join(', ');
}

function exceeded(c: QuotaCheck): Finding {
  const where = c.unit === 'vCPUs' ? '' : ` on ${c.uses[0]?.name ?? ''}`;
  return {
    id: `quota-exceeded:${c.id}`, severity: 'critical', nodeId: c.nodeId, rule: 'quota-exceeded', atEvent: true,
    message: `${capitalized(c.label)} is short by ${fmt(c.need - c.limit)} ${c.unit}${where}: the ${QUOTA_STAGE_LABELS[c.peakStage]} stage needs ${fmt(c.need)} (${quotaUsesText(c)}), the quota is ${fmt(c.limit)}.`,
    suggestion: `Request an increase to at least ${fmt(c.need)} ${c.unit} (AWS Service Quotas) a week before the ${QUOTA_STAGE_LABELS[c.firstOver ?? c.peakStage]} stage: increases take days.`,
  };
}

function atMax(c: QuotaCheck, max: number): Finding {
  return {
    id: `quota-at-max:${c.id}`, severity: 'warning', nodeId: c.nodeId, rule: 'quota-at-max',
    message: `${capitalized(c.label)} (${fmt(c.limit)} ${c.unit}) holds the stages (${fmt(c.need)} at ${QUOTA_STAGE_LABELS[c.peakStage]}) but not the max: at max_size ${c.uses.map((u) => u.name).join(', ')} would need ${fmt(max)}.`,
    suggestion: `Raise the quota to ${fmt(max)} ${c.unit}, or lower the max to what the quota holds: scaling past ${fmt(c.limit)} would fail.`,
  };
}

export function quotaFindings(report: QuotaReport): Finding[] {
  const out: Finding[] = [];
  for (const c of report.checks) {
    if (c.need > c.limit) out.push(exceeded(c));
    else if (c.atMax !== null && c.atMax > c.limit) out.push(atMax(c, c.atMax));
  }
  for (const u of report.unknownVcpus) {
    const type = u.instanceType.trim() === '' ? 'no instance type' : `instance type "${u.instanceType}", which the catalog does not know`;
    out.push({
      id: `quota-vcpus-unknown:${u.nodeId}`, severity: 'warning', nodeId: u.nodeId, rule: 'quota-vcpus-unknown',
      message: `${u.name} has ${type}: the vCPU quotas leave its instances out.`,
      suggestion: 'Type an instance type the catalog knows, or give its vCPUs under quotas.instanceVcpus.',
    });
  }
  return out;
}
