import { describe, expect, it } from 'vitest';
import { createNode, NodeKindSchema } from '../model';
import { kindOf } from '.';

/** Properties every kind's answers must share: checked over the registry, so a new kind is held to them too. */
const everyKind = NodeKindSchema.options.map((kind) => ({ kind, node: createNode(kind, 'n', 'n'), def: kindOf(kind) }));

describe('the kind registry', () => {
  it('schedules (aws_autoscaling_schedule) exactly the kinds with an Auto Scaling group, which autoscale and have a max', () => {
    for (const { kind, node, def } of everyKind) {
      const scaling = def.asgScaling(node);
      expect({ kind, scheduled: def.tfvars?.scheduled ?? false }).toEqual({ kind, scheduled: scaling !== null });
      if (scaling) expect({ kind, pace: def.stagePace, hasMax: def.bounds(node).max !== null }).toEqual({ kind, pace: 'autoscaled', hasMax: true });
    }
  });
});
