import { formatNumber, formatPercent } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import type { DraftContext, ItemDraft } from '../../readiness/draft';
import { draft } from '../../readiness/node-items';
import { kindOf } from '..';

/** The kind's checklist items (moved unchanged from readiness/plan-items.ts). */
export const cacheReadiness = (node: NodeProjection, ctx: DraftContext): ItemDraft[] => {
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
  const allDatabases = downstream.length > 0 && downstream.every((e) => kindOf(e.target.kind).loadIsQueries);
  const where = allDatabases ? 'DB load' : downstream.length > 0 ? `load on ${downstream.map((e) => e.target.name).join(', ')}` : 'backend load';
  const unit = allDatabases ? 'qps' : 'rps';
  const coldLoad = downstream.length > 0 ? cold : load;
  return draft(node, 'prewarm-cache', {
    phase: 't-1d',
    title: `${node.name}: pre-warm; cold-cache ${where} would be ${formatNumber(coldLoad)} ${unit}`,
    detail: `Warm (hit ratio ${formatPercent(hitRatio)}) it is ${formatNumber(coldLoad * (1 - hitRatio))} ${unit}. The seed schedules the warm-up plan at T-2 weeks; run it in the last day so entries are still live when the event starts.`,
  });
}
