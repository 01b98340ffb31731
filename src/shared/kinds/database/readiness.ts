import { formatNumber, formatPercent } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import type { DraftContext, ItemDraft } from '../../readiness/draft';
import { atStage, draft } from '../../readiness/node-items';

/** The kind's checklist items (moved unchanged from readiness/plan-items.ts). */
export const databaseReadiness = (node: NodeProjection, ctx: DraftContext): ItemDraft[] => {
  const d = node.atEvent.detail;
  if (d.kind !== 'database') return [];
  const items: ItemDraft[] = [];
  const have = node.current;
  // The T-2 weeks stage file's count: the need, held at the replica limit when above it.
  const target = atStage(node, ctx, 't-2w');
  if (target > have) {
    const add = target - have;
    const overMax = d.aboveMax || d.replicasRequired > d.maxReplicas;
    items.push(
      draft(node, 'add-replicas', {
        phase: 't-2w',
        title: `${node.name}: add ${formatNumber(add)} read replica${add === 1 ? '' : 's'} (${formatNumber(have)} → ${formatNumber(target)}) — databases can't autoscale fast`,
        detail:
          `Reads at the event peak: ${formatNumber(d.readRps)} qps. A new replica needs hours to copy and catch up, so add them well before the event and watch replication lag.` +
          (overMax ? ` The reads need ${formatNumber(d.replicasRequired)}, above the limit of ${formatNumber(d.maxReplicas)} replicas: cache more reads or shard instead.` : ''),
      }),
    );
  }
  if (d.primaryWriteUtilization > 1) {
    items.push(
      draft(node, 'scale-primary', {
        phase: 't-2w',
        title: `${node.name}: scale up the primary; writes would run at ${formatPercent(d.primaryWriteUtilization, 0)} of its write capacity`,
        detail: `${formatNumber(d.writeRps)} writes/s reach the primary at the event peak (with headroom). Replicas do not help writes: move to a larger instance class, batch or queue writes.`,
      }),
    );
  }
  if (d.connections > d.maxConnections) {
    items.push(
      draft(node, 'connection-pooler', {
        phase: 't-4w',
        title: `${node.name}: put a connection pooler in front; ${formatNumber(d.connections)} connections would exceed max_connections ${formatNumber(d.maxConnections)}`,
        detail: `Σ of app instances × pool size at the event is ${formatNumber(d.clientConnections)}. A pooler (PgBouncer, RDS Proxy) caps what the database sees; it is an architecture change, so start now.`,
      }),
    );
  }
  return items;
};
