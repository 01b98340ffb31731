import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../shared/kinds';
import { createNode } from '../../../shared/model/create-node';
import { nodeKinds, type PlanNode } from '../../../shared/model/plan';
import { fieldOfFinding } from './field-findings';
import { paramFieldsOf } from './param-fields';

/** The node with one parameter set to `value`. */
function withParam(node: PlanNode, key: string, value: number): PlanNode {
  return { ...node, params: { ...node.params, [key]: value } } as PlanNode;
}

describe('the field a finding is shown beside', () => {
  it('is a Kubernetes workload’s pods today and HPA min for its bounds findings', () => {
    expect(fieldOfFinding('below-autoscaling-min', 'kubernetesWorkload')).toBe('currentPods');
    expect(fieldOfFinding('min-above-max', 'kubernetesWorkload')).toBe('hpaMinReplicas');
  });

  it('is, for every kind with autoscaling bounds, the inspector field its today and its min are read from', () => {
    const bounded = nodeKinds.map((kind) => createNode(kind, 'n', 'n')).filter((node) => kindOf(node).autoscalingBounds(node) !== null);
    expect(bounded.map((n) => n.kind)).toEqual(expect.arrayContaining(['service', 'workerPool', 'kubernetesWorkload']));
    for (const node of bounded) {
      const keys = paramFieldsOf(node.kind).map((f) => f.key);
      const today = fieldOfFinding('below-autoscaling-min', node.kind);
      const min = fieldOfFinding('min-above-max', node.kind);
      expect(keys, node.kind).toContain(today);
      expect(keys, node.kind).toContain(min);
      expect(kindOf(node).autoscalingBounds(withParam(node, today!, 12_345))?.today, node.kind).toBe(12_345);
      expect(kindOf(node).autoscalingBounds(withParam(node, min!, 12_345))?.min, node.kind).toBe(12_345);
    }
  });

  it('is the instance type for its findings, on the kinds whose inspector has one, and none for other findings', () => {
    for (const kind of nodeKinds) {
      const hasType = paramFieldsOf(kind).some((f) => f.key === 'instanceType');
      expect(fieldOfFinding('instance-type-missing', kind), kind).toBe(hasType ? 'instanceType' : null);
      expect(fieldOfFinding('instance-type-unknown', kind), kind).toBe(hasType ? 'instanceType' : null);
      expect(fieldOfFinding('short-at-event', kind), kind).toBeNull();
    }
  });
});
