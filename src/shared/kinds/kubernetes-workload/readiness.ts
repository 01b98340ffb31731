import { formatNumber } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import { countWithUnit, type DraftContext, type ItemDraft } from '../../readiness/draft';
import { atStage, draft, prescale } from '../../readiness/node-items';

/**
 * A workload's items: raise the HPA max and the node group's max before the stress test
 * (T-2 weeks) when the event needs more, then pre-scale the pods (the HPA's min) and so
 * the nodes before the start: the HPA reacts in a minute, a new node takes several.
 */
export function kubernetesReadiness(node: NodeProjection, ctx: DraftContext): ItemDraft[] {
  const d = node.atEvent.detail;
  if (d.kind !== 'kubernetesWorkload') return [];
  const items: ItemDraft[] = [];
  const need = Math.max(node.atEvent.required, node.atEvent.requiredUnclamped);
  if (d.aboveMax || need > d.hpaMaxReplicas) {
    items.push(draft(node, 'raise-hpa-max', {
      phase: 't-2w',
      title: `${node.name}: raise the HPA max from ${formatNumber(d.hpaMaxReplicas)} to ${formatNumber(need)} pods`,
      detail: `At the event peak ${node.name} needs ${countWithUnit(need, 'pods')} (${formatNumber(node.atEvent.loadRps)} rps at ${formatNumber(d.capacityPerPod)} rps per pod, with headroom); the HPA stops at ${formatNumber(d.hpaMaxReplicas)}.`,
    }));
  }
  if (d.nodeGroupShort) {
    items.push(draft(node, 'raise-node-group-max', {
      phase: 't-2w',
      title: d.nodesRequired === null
        ? `${node.name}: use a node type a pod fits on (its requests fit on no node of the group)`
        : `${node.name}: raise the node group's max from ${formatNumber(d.nodeGroupMaxSize)} to ${formatNumber(d.nodesRequired)} nodes`,
      detail: `${formatNumber(node.atEvent.required)} pods at ${formatNumber(d.podsPerNode)} per node (requests against allocatable, the pod limit). Above the max the cluster autoscaler leaves pods Pending; check the account's instance quota for the difference too.`,
    }));
  }
  const pods = atStage(node, ctx, 't-1d');
  const nodes = d.nodesRequired === null ? '' : ` and the node group's desired size to ${formatNumber(Math.min(d.nodesRequired, d.nodeGroupMaxSize))} nodes`;
  return items.concat(prescale(node, ctx, `Set the HPA min to ${formatNumber(pods)} pods${nodes} so pods and nodes are up when the surge starts.`));
}
