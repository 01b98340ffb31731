import type { NodeOfKind, PlanNode } from '../model';
import { TIGHT_THRESHOLD, explainLoad, Sizing, SizeScratch, type SizeContext, type SizeNumbers } from '../engine/sizing-common';
import type { LimitedKind, NodeSizing } from '../engine/types';
import { keepMonth } from '../engine/month-row';
import type { KindDefinition } from './kind';
import { limitFindings, type LimitFinding } from './limited-findings';
import { limitReadiness } from './limited-readiness';

/** The kinds checked against a limit only, never sized: each declares itself one in its folder's types.ts. */
export type { LimitedKind };

export type LimitedNumbers = SizeNumbers & { limit: number; needed: number; growthFactor: number };

/**
 * Kinds the engine does not size but checks against a limit: a CDN's request limit, a
 * queue's message rate, an external provider's rate limit. A limit of 0 means none known.
 * The limit must hold the load with the node's buffer, as a sized tier's capacity does:
 * `utilization` is that need over the limit, so 1,979 rps with a 50 % buffer (2,969) on a
 * 2,000 limit is 148 %, short, where the bare load (99 %) would only look tight.
 */
function limitedNumbers(limit: number, ctx: SizeContext, i: number, slot: number, out: LimitedNumbers): LimitedNumbers {
  const load = ctx.loads.load[i * ctx.loads.slots + slot]!;
  out.loadRps = load;
  out.base = 0;
  out.required = 0;
  out.requiredUnclamped = 0;
  out.current = 0;
  out.monthlyCost = 0;
  const needed = load * (1 + ctx.policies[i]!.buffer);
  const utilization = limit > 0 ? needed / limit : 0;
  out.needed = needed;
  out.status = utilization > 1 ? 'short' : utilization >= TIGHT_THRESHOLD ? 'tight' : 'ok';
  out.utilization = utilization;
  out.limit = limit;
  out.growthFactor = 1;
  return out;
}

function sizeLimited(kind: LimitedKind, limitOf: number, ctx: SizeContext, i: number, slot: number, withSteps: boolean): NodeSizing {
  const n = limitedNumbers(limitOf, ctx, i, slot, new SizeScratch());
  const { loadRps: load, utilization, limit, needed } = n;
  const buffer = ctx.policies[i]!.buffer;
  return new Sizing(n, { kind, limit, buffer, needed }, withSteps ? [
    explainLoad(ctx, i, slot),
    {
      label: 'Need with the buffer',
      formula: 'load × (1 + buffer)',
      inputs: [{ name: 'load', value: load, unit: 'rps' }, { name: 'buffer', value: buffer, unit: 'ratio' }],
      value: needed,
      unit: 'rps',
    },
    {
      label: 'Share of the limit',
      formula: 'need / limit (no limit known when 0)',
      inputs: [{ name: 'need', value: needed, unit: 'rps' }, { name: 'limit', value: limit, unit: 'rps' }],
      value: utilization,
      unit: 'ratio',
    },
  ] : null, ctx, i, slot);
}

/** What a limit-only kind declares; the rest of its definition is the same for all three. */
export type LimitedSpec<K extends LimitedKind> = {
  kind: K;
  label: string;
  defaultName: string;
  limit: (node: NodeOfKind<K>) => number;
  passOn: (node: NodeOfKind<K>) => number;
  backlogAtStart?: (node: NodeOfKind<K>) => number;
  /** Its finding when the event's need comes near the limit. */
  limitFinding: LimitFinding;
  /** What its checklist item asks the provider to raise ("throughput limit"). */
  itemLimit: string;
};

/** A limit-only kind's definition: no count, no bounds, checked against `limit`. */
export function limitedKind<K extends LimitedKind>(spec: LimitedSpec<K>): KindDefinition<K> {
  return {
    kind: spec.kind,
    label: spec.label,
    unit: null,
    loadUnit: 'rps',
    maxLabel: 'its max',
    addAheadReason: 'this tier does not autoscale',
    findings: (node: PlanNode, projected) => limitFindings(spec.kind, node.name, projected, spec.limitFinding),
    findingRules: [],
    typeAttribute: null,
    instanceServices: null,
    quota: null,
    chaosDrill: null,
    rightSizes: false,
    asgScaling: () => null,
    autoscalingBounds: () => null,
    readiness: limitReadiness(spec.kind, spec.itemLimit),
    // The item raises the limit its finding is about.
    readinessFixes: { [spec.limitFinding.rule]: ['raise-limit'] },
    standardChecklist: { gathers: {}, prescaled: false },
    tfvars: null,
    xlsx: null,
    stagePace: 'none',
    defaultName: spec.defaultName,
    paidUnits: (_node, count) => count,
    costFromUsage: false,
    passOn: spec.passOn,
    numbers: (node, ctx, i, slot, out) => limitedNumbers(spec.limit(node), ctx, i, slot, out),
    fillMonths: (node, ctx, i, horizon, out, store) => {
      const limit = spec.limit(node);
      for (let s = 0; s <= horizon; s++) keepMonth(ctx, store, i, s, limitedNumbers(limit, ctx, i, s, out));
    },
    size: (node, ctx, i, slot, withSteps) => sizeLimited(spec.kind, spec.limit(node), ctx, i, slot, withSteps),
    bounds: () => ({ min: 0, max: null }),
    dbPoolSize: () => null,
    backlogAtStart: spec.backlogAtStart ?? (() => 0),
    loadIsQueries: false,
    readsClientCounts: false,
    entryPoint: false,
    entryTraffic: () => null,
    readRatio: () => null,
  };
}
