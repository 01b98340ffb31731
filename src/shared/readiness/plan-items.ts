import type { NodeProjection } from '../engine/types';
import { formatNumber, formatPercent } from '../engine/format';
import { kindOf } from '../kinds';
import { countWithUnit, type DraftContext, type ItemDraft } from './draft';
import { isCoveredByNodeItems, withCoverage } from './finding-coverage';
import { atStage, draft, prescale, subjectOf } from './node-items';
import { quotaItemDrafts } from './quota-items';

/**
 * Items made from the plan's own nodes and numbers. Ids say what an item is about
 * (`node:<nodeId>:<action>`), never its numbers, so a changed count rewrites the text
 * but keeps the user's status and note; a removed node leaves its items obsolete.
 */

type NodeRule = (node: NodeProjection, ctx: DraftContext) => ItemDraft[];

const serviceItems: NodeRule = (node, ctx) => {
  const d = node.atEvent.detail;
  if (d.kind !== 'service') return [];
  const items: ItemDraft[] = [];
  const need = Math.max(node.atEvent.required, node.atEvent.requiredUnclamped);
  if (d.aboveMax || need > d.maxInstances) {
    items.push(
      draft(node, 'raise-asg-max', {
        phase: 't-2w',
        title: `${node.name}: raise the autoscaling max from ${formatNumber(d.maxInstances)} to ${formatNumber(need)}`,
        detail: `At the event peak ${node.name} needs ${countWithUnit(need, 'instances')} (${formatNumber(node.atEvent.loadRps)} rps at ${formatNumber(d.capacityPerInstance)} rps per instance, with headroom); the group stops at ${formatNumber(d.maxInstances)}. Check the account's instance quota for the difference too. Done before the stress test, so the test can prove it.`,
      }),
    );
  }
  return items.concat(prescale(node, ctx, `Set the autoscaling minimum (or desired count) to ${formatNumber(atStage(node, ctx, 't-1d'))} so the fleet is there when the surge starts.`));
};

const workerItems: NodeRule = (node, ctx) => {
  const d = node.atEvent.detail;
  if (d.kind !== 'workerPool') return [];
  const items: ItemDraft[] = [];
  const need = Math.max(node.atEvent.required, node.atEvent.requiredUnclamped);
  if (d.aboveMax || need > d.maxWorkers) {
    items.push(
      draft(node, 'raise-max-workers', {
        phase: 't-2w',
        title: `${node.name}: raise the worker max from ${formatNumber(d.maxWorkers)} to ${formatNumber(need)}`,
        detail: `${formatNumber(d.arrivalRate)} messages/s at ${formatNumber(d.secondsPerMessage, 3)} s each need ${countWithUnit(need, 'workers')} at the event peak.`,
      }),
    );
  }
  return items.concat(prescale(node, ctx, `Start the event with ${countWithUnit(atStage(node, ctx, 't-1d'), 'workers')} so a backlog never builds.`));
};

const databaseItems: NodeRule = (node, ctx) => {
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

const cacheItems: NodeRule = (node, ctx) => {
  const d = node.atEvent.detail;
  if (d.kind !== 'cache') return [];
  const items: ItemDraft[] = [];
  if (node.atEvent.required > node.current) {
    items.push(
      draft(node, 'add-cache-nodes', {
        phase: 't-2w',
        title: `${node.name}: add ${formatNumber(node.atEvent.required - node.current)} cache nodes (${formatNumber(node.current)} → ${formatNumber(node.atEvent.required)})`,
        detail: `Memory needs ${formatNumber(d.memoryNodes)} shard(s), operations need ${formatNumber(d.opsNodes)}; ${formatNumber(d.replicasPerNode)} replica(s) per shard.`,
      }),
    );
  }
  const load = node.atEvent.loadRps;
  if (load > 0) items.push(prewarm(node, d.hitRatio, ctx));
  return items;
};

/** A cold cache passes every request on: what its downstream would see until it warms. */
function prewarm(node: NodeProjection, hitRatio: number, ctx: DraftContext): ItemDraft {
  const load = node.atEvent.loadRps;
  const downstream = ctx.plan.edges
    .filter((edge) => edge.source === node.nodeId)
    .map((edge) => ({ target: ctx.projection.byId[edge.target], calls: edge.callsPerRequest }))
    .filter((e): e is { target: NodeProjection; calls: number } => e.target !== undefined);
  const cold = downstream.reduce((sum, e) => sum + load * e.calls, 0);
  const allDatabases = downstream.length > 0 && downstream.every((e) => e.target.kind === 'database');
  const where = allDatabases ? 'DB load' : downstream.length > 0 ? `load on ${downstream.map((e) => e.target.name).join(', ')}` : 'backend load';
  const unit = allDatabases ? 'qps' : 'rps';
  const coldLoad = downstream.length > 0 ? cold : load;
  return draft(node, 'prewarm-cache', {
    phase: 't-1d',
    title: `${node.name}: pre-warm; cold-cache ${where} would be ${formatNumber(coldLoad)} ${unit}`,
    detail: `Warm (hit ratio ${formatPercent(hitRatio)}) it is ${formatNumber(coldLoad * (1 - hitRatio))} ${unit}. The seed schedules the warm-up plan at T-2 weeks; run it in the last day so entries are still live when the event starts.`,
  });
}

const loadBalancerItems: NodeRule = (node) => {
  if (node.atEvent.detail.kind !== 'loadBalancer' || node.atEvent.required <= node.current) return [];
  return [
    draft(node, 'prewarm-lb', {
      phase: 't-1w',
      title: `${node.name}: ask the provider to pre-warm to ${countWithUnit(node.atEvent.required, node.unit)} (${formatNumber(node.current)} → ${formatNumber(node.atEvent.required)})`,
      detail: `${formatNumber(node.atEvent.loadRps)} rps at the event peak. Managed load balancers scale gradually; a surge can outrun them (watch the surge queue).`,
    }),
  ];
};

const limitItems: NodeRule = (node) => {
  const d = node.atEvent.detail;
  if ((d.kind !== 'cdn' && d.kind !== 'queue' && d.kind !== 'external') || d.limit <= 0 || node.atEvent.loadRps <= d.limit) return [];
  const what = d.kind === 'external' ? 'rate limit' : d.kind === 'queue' ? 'throughput limit' : 'request limit';
  return [
    draft(node, 'raise-limit', {
      phase: 't-4w',
      title: `${node.name}: ask the provider to raise the ${what} from ${formatNumber(d.limit)} to above ${formatNumber(node.atEvent.loadRps)} per second`,
      detail: `The event peak sends ${formatNumber(node.atEvent.loadRps)}/s; the limit is ${formatNumber(d.limit)}/s. Providers take days to answer: ask at T-4 weeks.`,
    }),
  ];
};

const nodeRules: NodeRule[] = [serviceItems, workerItems, databaseItems, cacheItems, loadBalancerItems, limitItems];

/**
 * Every other critical or warning finding becomes an item, so nothing the engine saw is
 * lost; a finding a node item above acts on (finding-coverage.ts) needs no second item.
 */
function findingItems(ctx: DraftContext, nodeItems: readonly ItemDraft[]): ItemDraft[] {
  return ctx.projection.findings
    .filter((f) => f.severity !== 'info')
    .filter((f) => !isCoveredByNodeItems(f, nodeItems))
    .map((f) => {
      const node = f.nodeId === null ? undefined : ctx.projection.byId[f.nodeId];
      return {
        id: `finding:${f.id}`,
        phase: 't-4w',
        title: `Resolve: ${f.message}`,
        detail: f.suggestion ?? 'Found by the capacity model; fix the system or the plan.',
        origin: 'plan',
        due: { kind: 'phase-end' },
        covers: [f.id],
        ...(node ? { subject: subjectOf(node) } : {}),
      } satisfies ItemDraft;
    });
}

export function planItemDrafts(ctx: DraftContext): ItemDraft[] {
  const nodeItems = withCoverage(
    // The kinds whose items live in their registry folder answer for themselves; the rest still go through nodeRules here.
    ctx.nodes.flatMap((node) => [...nodeRules.flatMap((rule) => rule(node, ctx)), ...kindOf(node.kind).readiness(node, ctx)]),
    ctx.projection.findings,
  );
  const quotaItems = quotaItemDrafts(ctx);
  const byQuotaItem = new Set(quotaItems.flatMap((d) => d.covers ?? []));
  return [...nodeItems, ...quotaItems, ...findingItems(ctx, nodeItems).filter((d) => !d.covers?.some((id) => byQuotaItem.has(id)))];
}
