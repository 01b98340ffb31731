import type { Finding } from '../../../shared/engine/types';
import type { NodeKind } from '../../../shared/model/plan';

/** The parameter a finding is about, when it is about one typed value: shown beside that field. */
export function fieldOfFinding(rule: Finding['rule'], kind: NodeKind): string | null {
  if (rule === 'instance-type-missing' || rule === 'instance-type-unknown') return 'instanceType';
  if (rule === 'below-autoscaling-min') return kind === 'workerPool' ? 'currentWorkers' : 'currentInstances';
  if (rule === 'min-above-max') return kind === 'workerPool' ? 'minWorkers' : 'minInstances';
  return null;
}
