import { describe, expect, it } from 'vitest';
import { createNode, NodeKindSchema } from '../model';
import { kindOf } from '.';

/** Properties every kind's answers must share: checked over the registry, so a new kind is held to them too. */
const everyKind = NodeKindSchema.options.map((kind) => ({ kind, node: createNode(kind, 'n', 'n'), def: kindOf(kind) }));

describe("the kinds' answers", () => {
  it('schedules (aws_autoscaling_schedule) exactly the kinds with an Auto Scaling group, which autoscale and have a max', () => {
    for (const { kind, node, def } of everyKind) {
      const scaling = def.asgScaling(node);
      expect({ kind, scheduled: def.tfvars?.scheduled ?? false }).toEqual({ kind, scheduled: scaling !== null });
      if (scaling) expect({ kind, pace: def.stagePace, hasMax: def.bounds(node).max !== null }).toEqual({ kind, pace: 'autoscaled', hasMax: true });
    }
  });

  it('counts against the vCPU quotas only kinds typed with an EC2 instance type, and gives each per-node quota its own field and ids', () => {
    for (const { kind, node, def } of everyKind) {
      if (def.quota === 'vcpus') expect({ kind, typed: 'instanceType' in node.params, ec2: def.instanceServices?.services.includes('ec2') }).toEqual({ kind, typed: true, ec2: true });
    }
    const perNode = everyKind.flatMap(({ def }) => (def.quota !== null && def.quota !== 'vcpus' ? [def.quota] : []));
    expect(perNode.length).toBeGreaterThan(0);
    for (const field of ['key', 'kind', 'idPrefix'] as const) expect(new Set(perNode.map((q) => q[field])).size).toBe(perNode.length);
  });

  it('gives entry traffic exactly for the entry points, and splits reads from writes only for sized kinds', () => {
    for (const { kind, node, def } of everyKind) {
      expect({ kind, entry: def.entryTraffic(node) !== null }).toEqual({ kind, entry: def.entryPoint });
      const ratio = def.readRatio(node);
      if (ratio !== null) expect({ kind, ratio: ratio >= 0 && ratio <= 1, sized: def.unit !== null }).toEqual({ kind, ratio: true, sized: true });
    }
  });
});
