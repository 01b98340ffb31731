import { formatNumber } from '../engine/format';
import { QUOTA_STAGE_LABELS } from '../engine/quota-findings';
import type { QuotaCheck } from '../engine/quotas';
import type { StageId } from '../engine/stages';
import type { DraftContext, ItemDraft } from './draft';
import type { PhaseId } from './phases';

/**
 * "Request a quota increase" items, one per quota the countdown does not fit in
 * (engine/quotas.ts). A quota request takes days (AWS answers most in a few business days;
 * a large one goes to a support case), so the item is due a week before the first stage
 * that needs the higher quota: the data tier's T-2 weeks step, the compute pre-warm at
 * T-1 week, or the T-1 day target. A quota only the groups' max_size crosses is due a week
 * before T-1 day, when autoscaling past the target becomes possible.
 */

/** Days before the event start each stage begins (export/schedule.ts and readiness/phases.ts agree). */
const STAGE_DAYS_BEFORE: Record<StageId, number> = { baseline: 28, 't-2w': 14, 't-1w': 7, 't-1d': 1, after: 1 };

/** Days a quota request is given before the stage that needs it. */
export const QUOTA_REQUEST_LEAD_DAYS = 7;

/** The phase whose window holds a due date `days` before the start (a phase's work is due by its end). */
function phaseFor(days: number): PhaseId {
  if (days >= 14) return 't-4w';
  if (days >= 7) return 't-2w';
  return 't-1w';
}

function itemFor(c: QuotaCheck, ctx: DraftContext): ItemDraft | null {
  const overStages = c.need > c.limit;
  const overMax = !overStages && c.atMax !== null && c.atMax > c.limit;
  if (!overStages && !overMax) return null;
  const target = overStages ? c.need : c.atMax!;
  const stage: StageId = overStages ? (c.firstOver ?? c.peakStage) : 't-1d';
  const days = Math.min(28, STAGE_DAYS_BEFORE[stage] + QUOTA_REQUEST_LEAD_DAYS);
  const node = c.nodeId === null ? undefined : ctx.projection.byId[c.nodeId];
  const who = c.uses.filter((u) => u.count > 0).map((u) => u.name).join(', ');
  const why = overStages
    ? `The ${QUOTA_STAGE_LABELS[c.peakStage]} stage needs ${formatNumber(c.need)} ${c.unit} (${who}); ${c.label} is ${formatNumber(c.limit)}, short by ${formatNumber(c.need - c.limit)}.`
    : `The stages fit (${formatNumber(c.need)} at ${QUOTA_STAGE_LABELS[c.peakStage]}), but at max_size ${who} would need ${formatNumber(c.atMax!)}; ${c.label} is ${formatNumber(c.limit)}.`;
  return {
    id: `quota:${c.id}`,
    phase: phaseFor(days),
    title: `Request a quota increase: ${c.label} from ${formatNumber(c.limit)} to at least ${formatNumber(target)} ${c.unit}`,
    detail: `${why} Quota increases take days: ask ${QUOTA_REQUEST_LEAD_DAYS} days before the ${QUOTA_STAGE_LABELS[stage]} stage needs it, in AWS Service Quotas (or a support case for a large one).`,
    origin: 'plan',
    due: { kind: 'before-start', days },
    covers: [`${overStages ? 'quota-exceeded' : 'quota-at-max'}:${c.id}`],
    ...(node ? { subject: { nodeId: node.nodeId, nodeName: node.name } } : {}),
  };
}

export function quotaItemDrafts(ctx: DraftContext): ItemDraft[] {
  const out: ItemDraft[] = [];
  for (const c of ctx.projection.quotas.checks) {
    const item = itemFor(c, ctx);
    if (item) out.push(item);
  }
  return out;
}
