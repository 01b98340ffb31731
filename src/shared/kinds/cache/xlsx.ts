import type { NodeOfKind } from '../../model';
import { ceilSafeFormula, hourlyCostFormula, need } from '../../export/xlsx/formulas';
import type { KindXlsx } from '../kind';

const typed = 'typed in the plan';

/** Shards = max(memory, ops); then each shard's replicas, rounded up to the zones (no N+k). */
export const cacheXlsx: KindXlsx<NodeOfKind<'cache'>> = {
  inputs: (node, name, add) => {
    const p = node.params;
    return {
      workingSetGb: add(name, 'Working set', p.workingSetGb, 'GB', typed),
      memoryOverhead: add(name, 'Memory overhead', p.memoryOverhead, 'ratio', typed),
      nodeMemoryGb: add(name, 'Memory per node', p.nodeMemoryGb, 'GB', typed),
      opsPerNode: add(name, 'Operations per node', p.opsPerNode, 'ops/s', typed),
      replicasPerNode: add(name, 'Replicas per shard', p.replicasPerNode, 'replicas', typed),
      current: add(name, 'Current nodes', p.currentNodes, 'nodes', typed),
      hourlyCost: add(name, 'Hourly cost per node', p.hourlyCost, 'per hour', typed),
    };
  },
  loadLabel: 'Load at event',
  loadOf: (s) => s.loadRps,
  projectionLoadLabel: 'load (rps)',
  target: () => null,
  capacity: (node, _s, refs) => ({ formula: `${refs.opsPerNode}`, value: node.params.opsPerNode, unit: 'ops/s / node' }),
  base: (r, load) =>
    `MAX(${ceilSafeFormula(`${need(r.workingSetGb, 'workingSetGb')}*(1+${need(r.memoryOverhead, 'memoryOverhead')})/${need(r.nodeMemoryGb, 'nodeMemoryGb')}`)},${ceilSafeFormula(`${load}*(1+${r.buffer})/${r.capacity}`)})`,
  redundancy: (r, n) => `ROUNDUP(${n}*(1+${need(r.replicasPerNode, 'replicasPerNode')})/${r.zones},0)*${r.zones}`,
  cost: (r, required) => hourlyCostFormula(r, required),
};
