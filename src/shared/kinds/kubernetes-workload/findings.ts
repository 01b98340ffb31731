import type { NodeOfKind } from '../../model';
import { formatNumber as fmt } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import type { KindFinding } from '../kind';

/**
 * The node group behind the pods: when the cluster autoscaler's max cannot hold the pods
 * the HPA asks for at the event, the rest stay Pending whatever the HPA max says.
 */
export function kubernetesFindings(node: NodeOfKind<'kubernetesWorkload'>, projected: NodeProjection): KindFinding[] {
  const d = projected.atEvent.detail;
  if (d.kind !== 'kubernetesWorkload' || !d.nodeGroupShort) return [];
  const pods = fmt(projected.atEvent.required);
  if (d.nodesRequired === null) {
    return [{
      rule: 'node-group-max', severity: 'critical',
      message: `${node.name}: a pod requesting ${fmt(node.params.podCpuRequestMillicores)}m CPU and ${fmt(node.params.podMemoryRequestMib)} MiB fits on no node of the group (after the system reservation and the pod limit)`,
      suggestion: 'Use a larger node type, or lower the pod requests.',
    }];
  }
  return [{
    rule: 'node-group-max', severity: 'critical',
    message: `${node.name}: ${pods} pods at the event need ${fmt(d.nodesRequired)} nodes (${fmt(d.podsPerNode)} pods per node); the node group's max is ${fmt(d.nodeGroupMaxSize)}`,
    suggestion: `Raise the node group's max size to at least ${fmt(d.nodesRequired)} before the event, or the cluster autoscaler leaves pods Pending.`,
  }];
}
