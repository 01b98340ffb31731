import type { NodeOfKind } from '../../model';
import { ceilSafeFormula, hourlyCostFormula, need, perUnitBaseFormula, standardRedundancyFormula } from '../../export/xlsx/formulas';
import type { KindXlsx, XlsxRefs } from '../kind';
import { hpaTarget, podsPerNode } from './sizing';

const typed = 'typed in the plan';
/** Assumptions cells are referenced inside the same sheet without the sheet's name. */
const local = (ref: string) => ref.replace('Assumptions!', '');

/** engine `paidNodes(nodesForPods)` over cells: ceil(pods / pods per node), spread over the zones, at least the group's min. */
function nodesFormula(r: XlsxRefs, pods: string): string {
  const per = need(r.podsPerNode, 'podsPerNode');
  const min = need(r.nodeGroupMin, 'nodeGroupMin');
  const max = need(r.nodeGroupMax, 'nodeGroupMax');
  // A pod that fits no node: the group runs at its max (never below its min), as the engine's paidNodes.
  return `IF(${pods}<=0,${min},IF(${per}<=0,MAX(${min},${max}),MAX(ROUNDUP(${ceilSafeFormula(`${pods}/${per}`)}/${r.zones},0)*${r.zones},${min})))`;
}

export const kubernetesXlsx: KindXlsx<NodeOfKind<'kubernetesWorkload'>> = {
  inputs: (node, name, add) => {
    const p = node.params;
    const cpu = add(name, 'Node CPU', p.nodeCpuMillicores, 'millicores', typed);
    const cpuReserved = add(name, 'Reserved CPU per node', p.systemReservedCpuMillicores, 'millicores', typed);
    const podCpu = add(name, 'Pod CPU request', p.podCpuRequestMillicores, 'millicores', typed);
    const mem = add(name, 'Node memory', p.nodeMemoryMib, 'MiB', typed);
    const memReserved = add(name, 'Reserved memory per node', p.systemReservedMemoryMib, 'MiB', typed);
    const podMem = add(name, 'Pod memory request', p.podMemoryRequestMib, 'MiB', typed);
    const maxPods = add(name, 'Max pods per node', p.maxPodsPerNode, 'pods', typed);
    const daemonsets = add(name, 'Daemonset pods per node', p.daemonsetPodsPerNode, 'pods', typed);
    const [c, cr, pc, m, mr, pm, mp, ds] = [cpu, cpuReserved, podCpu, mem, memReserved, podMem, maxPods, daemonsets].map(local);
    return {
      measuredRps: add(name, 'Measured throughput per pod', p.measuredRpsPerPod, 'rps', typed),
      measuredUtilization: add(name, '…at CPU (of request)', p.measuredCpuUtilization, 'ratio', typed),
      ...(p.hpaTargetCpu !== undefined ? { hpaTarget: add(name, 'HPA target CPU', p.hpaTargetCpu, 'ratio', 'node override') } : {}),
      current: add(name, 'Current pods', p.currentPods, 'pods', typed),
      min: add(name, 'HPA min replicas', p.hpaMinReplicas, 'pods', typed),
      max: add(name, 'HPA max replicas', p.hpaMaxReplicas, 'pods', typed),
      podsPerNode: add(name, 'Pods per node', {
        formula: `MAX(0,MIN(INT((${c}-${cr})/${pc}),INT((${m}-${mr})/${pm}),${mp}-${ds}))`,
        result: podsPerNode(p).pods,
      }, 'pods', 'min of the CPU, memory and pod-limit fits'),
      nodeGroupMin: add(name, 'Node group min', p.nodeGroupMinSize, 'nodes', typed),
      nodeGroupMax: add(name, 'Node group max', p.nodeGroupMaxSize, 'nodes', typed),
      hourlyCost: add(name, 'Hourly cost per node', p.hourlyCost, 'per hour', typed),
    };
  },
  loadLabel: 'Load at event',
  loadOf: (s) => s.loadRps,
  projectionLoadLabel: 'load (rps)',
  target: (node, refs, policy) => ({ ref: refs.hpaTarget ?? refs.target, value: hpaTarget(node.params, policy) }),
  capacity: (node, s, refs, policy) => ({
    formula: `${refs.measuredRps}*${refs.hpaTarget ?? refs.target}/${refs.measuredUtilization}`,
    value: s.detail.kind === 'kubernetesWorkload' ? s.detail.capacityPerPod : (node.params.measuredRpsPerPod * hpaTarget(node.params, policy)) / node.params.measuredCpuUtilization,
    unit: 'rps / pod',
  }),
  base: perUnitBaseFormula,
  redundancy: standardRedundancyFormula,
  // The hourly price is a node's: a month costs the nodes the pods need.
  cost: (r, required) => hourlyCostFormula(r, nodesFormula(r, required)),
};
