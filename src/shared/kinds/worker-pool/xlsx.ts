import type { NodeOfKind } from '../../model';
import { ceilSafeFormula, hourlyCostFormula, need, standardRedundancyFormula } from '../../export/xlsx/formulas';
import type { KindXlsx } from '../kind';

const typed = 'typed in the plan';

export const workerPoolXlsx: KindXlsx<NodeOfKind<'workerPool'>> = {
  inputs: (node, name, add) => {
    const p = node.params;
    return {
      secondsPerMessage: add(name, 'Seconds per message', p.secondsPerMessage, 's', typed),
      current: add(name, 'Current workers', p.currentWorkers, 'workers', typed),
      min: add(name, 'Min workers', p.minWorkers, 'workers', typed),
      max: add(name, 'Max workers', p.maxWorkers, 'workers', typed),
      hourlyCost: add(name, 'Hourly cost per worker', p.hourlyCost, 'per hour', typed),
    };
  },
  loadLabel: 'Load at event',
  loadOf: (s) => s.loadRps,
  projectionLoadLabel: 'arrivals (msg/s)',
  target: (_node, refs, policy) => ({ ref: refs.target, value: policy.targetUtilization }),
  capacity: (node, _s, refs, policy) => ({ formula: `${refs.target}/${refs.secondsPerMessage}`, value: policy.targetUtilization / node.params.secondsPerMessage, unit: 'msg/s / worker' }),
  base: (r, load) => ceilSafeFormula(`${load}*(1+${r.buffer})*${need(r.secondsPerMessage, 'secondsPerMessage')}/${r.target}`),
  redundancy: standardRedundancyFormula,
  cost: (r, required) => hourlyCostFormula(r, required),
};
