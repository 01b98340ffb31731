import type { NodeOfKind } from '../../model';
import { hourlyCostFormula, perUnitBaseFormula, standardRedundancyFormula } from '../../export/xlsx/formulas';
import type { KindXlsx } from '../kind';

const typed = 'typed in the plan';

/** Replicas are sized on the reads; the primary is paid for beside them (1 + replicas). */
export const databaseXlsx: KindXlsx<NodeOfKind<'database'>> = {
  inputs: (node, name, add) => {
    const p = node.params;
    return {
      readCapacityPerReplica: add(name, 'Reads per replica at target', p.readCapacityPerReplica, 'rps', typed),
      current: add(name, 'Current read replicas', p.currentReplicas, 'replicas', typed),
      max: add(name, 'Max read replicas', p.maxReplicas, 'replicas', typed),
      hourlyCost: add(name, 'Hourly cost per instance', p.hourlyCost, 'per hour', typed),
    };
  },
  loadLabel: 'Reads at event',
  loadOf: (s) => (s.detail.kind === 'database' ? s.detail.readRps : s.loadRps),
  projectionLoadLabel: 'reads (rps)',
  target: () => null,
  capacity: (node, _s, refs) => ({ formula: `${refs.readCapacityPerReplica}`, value: node.params.readCapacityPerReplica, unit: 'reads/s / replica' }),
  base: perUnitBaseFormula,
  redundancy: standardRedundancyFormula,
  cost: (r, required) => hourlyCostFormula(r, `(1+${required})`),
};
