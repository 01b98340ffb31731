import type { NodeOfKind } from '../../model';
import { hourlyCostFormula, perUnitBaseFormula, standardRedundancyFormula } from '../../export/xlsx/formulas';
import type { KindXlsx } from '../kind';

const typed = 'typed in the plan';

export const loadBalancerXlsx: KindXlsx<NodeOfKind<'loadBalancer'>> = {
  inputs: (node, name, add) => {
    const p = node.params;
    return {
      rpsPerUnit: add(name, 'Throughput per unit at target', p.rpsPerUnit, 'rps', typed),
      current: add(name, 'Current units', p.currentUnits, 'units', typed),
      hourlyCost: add(name, 'Hourly cost per unit', p.hourlyCost, 'per hour', typed),
    };
  },
  loadLabel: 'Load at event',
  loadOf: (s) => s.loadRps,
  projectionLoadLabel: 'load (rps)',
  target: () => null,
  capacity: (node, _s, refs) => ({ formula: `${refs.rpsPerUnit}`, value: node.params.rpsPerUnit, unit: 'rps / unit' }),
  base: perUnitBaseFormula,
  redundancy: standardRedundancyFormula,
  cost: (r, required) => hourlyCostFormula(r, required),
};
