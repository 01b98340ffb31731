import type { NodeOfKind } from '../../model';
import { hourlyCostFormula, perUnitBaseFormula, standardRedundancyFormula } from '../../export/xlsx/formulas';
import type { KindXlsx } from '../kind';

const typed = 'typed in the plan';

export const serviceXlsx: KindXlsx<NodeOfKind<'service'>> = {
  inputs: (node, name, add) => {
    const p = node.params;
    return {
      measuredRps: add(name, 'Measured throughput', p.measuredRps, 'rps', typed),
      measuredUtilization: add(name, '…at utilization', p.measuredUtilization, 'ratio', typed),
      current: add(name, 'Current instances', p.currentInstances, 'instances', typed),
      min: add(name, 'Autoscaling min', p.minInstances, 'instances', typed),
      max: add(name, 'Autoscaling max', p.maxInstances, 'instances', typed),
      hourlyCost: add(name, 'Hourly cost per instance', p.hourlyCost, 'per hour', typed),
    };
  },
  loadLabel: 'Load at event',
  loadOf: (s) => s.loadRps,
  projectionLoadLabel: 'load (rps)',
  target: (_node, refs, policy) => ({ ref: refs.target, value: policy.targetUtilization }),
  capacity: (_node, s, refs) => ({
    formula: `${refs.measuredRps}*${refs.target}/${refs.measuredUtilization}`,
    value: s.detail.kind === 'service' ? s.detail.capacityPerInstance : 0,
    unit: 'rps / instance',
  }),
  base: perUnitBaseFormula,
  redundancy: standardRedundancyFormula,
  cost: (r, required) => hourlyCostFormula(r, required),
};
