import type { NodeKind } from '../../../shared/model/plan';
import { rendererKinds, type ParamField } from '../kinds';

export type { ParamField } from '../kinds';

/** A kind's inspector fields, from its entry in src/renderer/src/kinds. */
export function paramFieldsOf(kind: NodeKind): ParamField[] {
  return rendererKinds[kind].fields;
}
