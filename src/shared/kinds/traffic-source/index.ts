import { keepMonth } from '../../engine/month-row';
import type { NodeOfKind } from '../../model';
import { explainLoad, Sizing, SizeScratch, type SizeContext, type SizeNumbers } from '../../engine/sizing-common';
import type { NodeSizing } from '../../engine/types';
import type { TrafficSourceDefinition } from './types';

type SourceNumbers = SizeNumbers & { limit: number; needed: number; growthFactor: number };

/** A traffic source is reported with its load (baseline × growth) only: nothing to size. */
function sourceNumbers(_node: NodeOfKind<'trafficSource'>, ctx: SizeContext, i: number, slot: number, out: SourceNumbers): SourceNumbers {
  const load = ctx.loads.load[i * ctx.loads.slots + slot]!;
  out.loadRps = load;
  out.base = 0;
  out.required = 0;
  out.requiredUnclamped = 0;
  out.current = 0;
  out.monthlyCost = 0;
  const g = ctx.loads.groupOfNode[i]!;
  out.status = 'ok';
  out.utilization = 0;
  out.limit = 0;
  out.needed = 0;
  out.growthFactor = ctx.loads.groups[g]?.factors[slot] ?? 1;
  return out;
}

function sizeSource(node: NodeOfKind<'trafficSource'>, ctx: SizeContext, i: number, slot: number, withSteps: boolean): NodeSizing {
  const n = sourceNumbers(node, ctx, i, slot, new SizeScratch());
  return new Sizing(n, { kind: 'trafficSource', growthFactor: n.growthFactor }, withSteps ? [explainLoad(ctx, i, slot)] : null, ctx, i, slot);
}

export const trafficSource: TrafficSourceDefinition = {
  kind: 'trafficSource',
  label: 'Traffic source',
  defaultName: 'users',
  unit: null,
  loadUnit: 'rps',
  maxLabel: 'its max',
  addAheadReason: 'this tier does not autoscale',
  findings: () => [],
  findingRules: [],
  typeAttribute: null,
  instanceServices: null,
  quota: null,
  chaosDrill: null,
  rightSizes: false,
  asgScaling: () => null,
  autoscalingBounds: () => null,
  readiness: () => [],
  readinessFixes: {},
  standardChecklist: { gathers: {}, prescaled: false },
  tfvars: null,
  xlsx: null,
  stagePace: 'none',
  paidUnits: (_node, count) => count,
  costFromUsage: false,
  passOn: () => 1,
  numbers: sourceNumbers,
  fillMonths: (node, ctx, i, horizon, out, store) => {
    for (let s = 0; s <= horizon; s++) keepMonth(ctx, store, i, s, sourceNumbers(node, ctx, i, s, out));
  },
  size: sizeSource,
  bounds: () => ({ min: 0, max: null }),
  backlogAtStart: () => 0,
  loadIsQueries: false,
  readsClientCounts: false,
  entryPoint: true,
  // Its params are its entry traffic: no copy (the propagation reads this on every recompute).
  entryTraffic: (node) => node.params,
  readRatio: () => null,
  dbPoolSize: () => null,
};
