import type { HeadroomPolicy, NodeOfKind } from '../../model';
import {
  HOURS_PER_MONTH,
  ceilSafe,
  explainLoad,
  Sizing,
  policyInput,
  redundancyExplanation,
  unitsForLoadExplanation,
  withinBoundsExplanation,
  loadOnUnits,
  statusOf,
  withRedundancy,
  SizeScratch,
  type SizeContext,
} from '../../engine/sizing-common';
import type { NodeSizing } from '../../engine/types';

type Params = NodeOfKind<'kubernetesWorkload'>['params'];

/** The HPA's CPU target: the workload's own, else the headroom policy's target utilization. */
export function hpaTarget(p: Params, policy: HeadroomPolicy): number {
  return p.hpaTargetCpu ?? policy.targetUtilization;
}

/**
 * Pods one node holds: the scheduler places a pod where its requests fit in what the node
 * can allocate (its capacity less the system reservation), and the kubelet stops at its
 * pod limit (daemonset pods count against it). The smallest of the three wins; 0 = a pod
 * fits on no node.
 */
export function podsPerNode(p: Params): { byCpu: number; byMemory: number; byPodLimit: number; pods: number } {
  const byCpu = Math.max(0, Math.floor((p.nodeCpuMillicores - p.systemReservedCpuMillicores) / p.podCpuRequestMillicores));
  const byMemory = Math.max(0, Math.floor((p.nodeMemoryMib - p.systemReservedMemoryMib) / p.podMemoryRequestMib));
  const byPodLimit = Math.max(0, p.maxPodsPerNode - p.daemonsetPodsPerNode);
  return { byCpu, byMemory, byPodLimit, pods: Math.min(byCpu, byMemory, byPodLimit) };
}

/**
 * Nodes a pod count needs: ceil(pods / pods per node), spread evenly over the zones (the
 * cluster autoscaler balances zonal node groups), never below the node group's min.
 * A pod that fits no node needs nodes that do not exist: Infinity (a finding says so).
 * The one formula for the node group: the sizing, the tfvars stages and the cost use it.
 */
export function nodesForPods(p: Params, pods: number, zones: number): number {
  const per = podsPerNode(p).pods;
  if (pods <= 0) return p.nodeGroupMinSize;
  if (per <= 0) return Infinity;
  const n = ceilSafe(pods / per);
  const spread = zones > 1 ? Math.ceil(n / zones) * zones : n;
  return Math.max(spread, p.nodeGroupMinSize);
}

/**
 * The nodes paid for: the node group's nodes, or, when a pod fits on no node (Infinity),
 * the most the group runs (its max, never below its min) while the pods stay Pending.
 */
export function paidNodes(p: Params, nodes: number): number {
  return Number.isFinite(nodes) ? nodes : Math.max(p.nodeGroupMinSize, p.nodeGroupMaxSize);
}

/**
 * Pods sized like a service, from a measured rps per pod at a CPU utilization, scaled
 * linearly to the HPA's target; then the node group those pods need.
 */
export function kubernetesNumbers(node: NodeOfKind<'kubernetesWorkload'>, ctx: SizeContext, i: number, slot: number, out: SizeScratch): SizeScratch {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const load = ctx.loads.load[i * ctx.loads.slots + slot]!;
  const capacity = (p.measuredRpsPerPod * hpaTarget(p, policy)) / p.measuredCpuUtilization;
  const base = ceilSafe((load * (1 + policy.buffer)) / capacity);
  const unclamped = withRedundancy(base, policy);
  const required = Math.max(unclamped, p.hpaMinReplicas);
  const current = p.currentPods;
  const capacityAtFull = p.measuredRpsPerPod / p.measuredCpuUtilization;
  const nodes = nodesForPods(p, required, policy.zones);
  out.loadRps = load;
  out.required = required;
  out.requiredUnclamped = unclamped;
  out.current = current;
  // Pods the cluster autoscaler cannot place (node group max, or a pod too big for a node) are short whatever the HPA says.
  out.status = statusOf(required, unclamped, current, nodes > p.nodeGroupMaxSize);
  out.utilization = loadOnUnits(load, current, capacityAtFull);
  out.monthlyCost = p.hourlyCost * paidNodes(p, nodes) * HOURS_PER_MONTH;
  out.capacity = capacity;
  out.base = base;
  out.capacityAtFull = capacityAtFull;
  return out;
}

export function sizeKubernetes(node: NodeOfKind<'kubernetesWorkload'>, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const n = kubernetesNumbers(node, ctx, i, slot, new SizeScratch());
  const { loadRps: load, requiredUnclamped: unclamped, required, current, utilization, capacity, base, capacityAtFull } = n;
  // The same call the numbers made (so the same nodes), kept out of the shared scratch object.
  const nodes = nodesForPods(p, required, policy.zones);
  const fit = podsPerNode(p);
  const target = hpaTarget(p, policy);
  return new Sizing(
    n,
    {
      kind: 'kubernetesWorkload', capacityPerPod: capacity, hpaMinReplicas: p.hpaMinReplicas, hpaMaxReplicas: p.hpaMaxReplicas,
      aboveMax: required > p.hpaMaxReplicas, hpaTargetCpu: target, podsPerNode: fit.pods, nodesRequired: Number.isFinite(nodes) ? nodes : null,
      currentNodes: p.currentNodes, nodeGroupMaxSize: p.nodeGroupMaxSize, nodeGroupShort: nodes > p.nodeGroupMaxSize,
    },
    withSteps ? [
      explainLoad(ctx, i, slot),
      {
        label: 'Capacity per pod at the HPA target',
        formula: 'measuredRpsPerPod × hpaTargetCpu / measuredCpuUtilization',
        inputs: [
          { name: 'measuredRpsPerPod', value: p.measuredRpsPerPod, unit: 'rps' },
          { name: 'measuredCpuUtilization', value: p.measuredCpuUtilization, unit: 'ratio' },
          p.hpaTargetCpu !== undefined ? { name: 'hpaTargetCpu (this node)', value: target, unit: 'ratio' } : policyInput(ctx, i, 'targetUtilization', 'hpaTargetCpu = targetUtilization', 'ratio'),
        ],
        value: capacity,
        unit: 'rps',
      },
      unitsForLoadExplanation('Pods for the load', load, capacity, base, 'pods', ctx, i),
      redundancyExplanation(base, unclamped, policy, 'pods', ctx, i),
      withinBoundsExplanation('Within the HPA bounds', unclamped, { name: 'hpaMinReplicas', value: p.hpaMinReplicas }, { name: 'hpaMaxReplicas', value: p.hpaMaxReplicas }, required, 'pods'),
      {
        label: 'Pods per node',
        formula: 'min(floor((nodeCpu − reservedCpu) / podCpuRequest), floor((nodeMemory − reservedMemory) / podMemoryRequest), maxPodsPerNode − daemonsetPods)',
        inputs: [
          { name: 'by CPU', value: fit.byCpu, unit: 'pods' },
          { name: 'by memory', value: fit.byMemory, unit: 'pods' },
          { name: 'by the pod limit', value: fit.byPodLimit, unit: 'pods' },
        ],
        value: fit.pods,
        unit: 'pods',
      },
      {
        label: 'Nodes in the node group',
        formula: 'max(roundUpToMultiple(ceil(pods / podsPerNode), zones), nodeGroupMinSize), checked against nodeGroupMaxSize',
        inputs: [
          { name: 'pods', value: required, unit: 'pods' },
          { name: 'podsPerNode', value: fit.pods, unit: 'pods' },
          policyInput(ctx, i, 'zones', 'zones', 'zones'),
          { name: 'nodeGroupMinSize', value: p.nodeGroupMinSize, unit: 'nodes' },
          { name: 'nodeGroupMaxSize', value: p.nodeGroupMaxSize, unit: 'nodes' },
        ],
        value: nodes,
        unit: 'nodes',
      },
      {
        label: "Today's pods at this load (projected CPU)",
        formula: 'load / (currentPods × measuredRpsPerPod / measuredCpuUtilization)',
        inputs: [
          { name: 'load', value: load, unit: 'rps' },
          { name: 'currentPods', value: current, unit: 'pods' },
          { name: 'capacity at 100%', value: capacityAtFull, unit: 'rps' },
        ],
        value: utilization,
        unit: 'ratio',
      },
    ] : null,
    ctx, i, slot,
  );
}
