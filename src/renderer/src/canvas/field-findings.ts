import type { Finding } from '../../../shared/engine/types';
import type { NodeKind } from '../../../shared/model/plan';
import { rendererKinds } from '../kinds';
import { paramFieldsOf } from './param-fields';

/** The parameter a finding is about, when it is about one typed value: shown beside that field. */
export function fieldOfFinding(rule: Finding['rule'], kind: NodeKind): string | null {
  const own = rendererKinds[kind].findingFields?.[rule];
  if (own !== undefined) return own;
  if (rule === 'instance-type-missing' || rule === 'instance-type-unknown') return paramFieldsOf(kind).some((f) => f.key === 'instanceType') ? 'instanceType' : null;
  return null;
}
