import type { Plan, PlanNode } from '../model';
import { kindFindingRules, kindOf, type KindFinding } from '../kinds';
import { NodeFinding, maxOf, type FindingEnv } from './finding-text';
import { RAMP_WINDOW_MINUTES, rampSteps } from './ramp';
import { handoffFindings } from './handoff-findings';
import { quotaFindings } from './quota-findings';
import { rightSizing } from './right-size';
import type { QuotaReport } from './quotas';
import type { Finding, GeneralFindingRule, ProjectedNode, Severity } from './types';

type FindingContext = {
  months: string[];
  eventMonthIndex: number;
  cycle: string[] | null;
  horizon: number;
  /** The recompute's flat arrays (node × slots + month): read here instead of `series`, which is built on first read. */
  load: Float64Array;
  required: Float64Array;
  slots: number;
  /** The plan's quotas checked against the stages (engine/quotas.ts). */
  quotas: QuotaReport;
  /** Each node id's plan index (the graph's), for the plan-order sort. */
  indexById: ReadonlyMap<string, number>;
  /** The recompute's `load` and `required`, its own again (`SizeContext.own`): what a finding's text reads after the recompute. */
  own: () => { load: Float64Array; required: Float64Array };
};

const severityRank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Every general rule, so the sort below can rank them; the Record type makes the list complete. */
const RULES: Record<GeneralFindingRule, true> = {
  cycle: true,
  'event-before-start': true,
  'event-beyond-horizon': true,
  'above-max': true,
  'short-at-event': true,
  'short-in-month': true,
  'db-connections': true,
  'db-primary-writes': true,
  'db-no-replicas': true,
  'cdn-limit': true,
  'queue-limit': true,
  'external-rate-limit': true,
  'worker-drain': true,
  'ramp-too-slow': true,
  'quota-exceeded': true,
  'quota-at-max': true,
  'quota-vcpus-unknown': true,
  'right-size': true,
  'no-traffic': true,
  'on-cycle': true,
  'instance-type-missing': true,
  'instance-type-unknown': true,
  'below-autoscaling-min': true,
  'min-above-max': true,
  'scenario-override-stale': true,
};
/** Alphabetical rank of each rule, the kinds' own too (`sort()` compares like `<` on strings). */
const ruleRank = new Map([...Object.keys(RULES), ...kindFindingRules].sort().map((rule, k) => [rule, k]));
const RULE_SLOTS = 32;

/**
 * Everything an architect should act on, each naming the node and its numbers. Sorted by
 * severity, then plan order, then rule, so the list is stable between recomputes. Node
 * findings word themselves on first read (see NodeFinding).
 */
export function collectFindings(plan: Plan, projections: ProjectedNode[], fc: FindingContext): Finding[] {
  const out: Finding[] = [];
  const eventDate = plan.event.startDate;

  if (fc.cycle) {
    out.push({
      id: 'cycle', severity: 'critical', nodeId: null, rule: 'cycle',
      message: `The topology has a cycle: ${[...fc.cycle, fc.cycle[0]].join(' → ')}. Load cannot be propagated around a loop, so nodes on and after it are undercounted.`,
      suggestion: 'Remove or reverse one of these edges (a callback is usually a separate flow).',
    });
  }
  if (fc.eventMonthIndex < 0) {
    out.push({
      id: 'event-before-start', severity: 'warning', nodeId: null, rule: 'event-before-start',
      message: `The event (${eventDate}) is before the plan's start month (${plan.startMonth}); event figures use today's traffic.`,
      suggestion: 'Move the event date or the start month.',
    });
  } else if (fc.eventMonthIndex > fc.horizon) {
    out.push({
      id: 'event-beyond-horizon', severity: 'info', nodeId: null, rule: 'event-beyond-horizon',
      message: `The event (${eventDate}) is after the last projected month (${fc.months[fc.horizon]}); its figures extend the growth curve to month ${fc.eventMonthIndex}.`,
    });
  }

  const env: FindingEnv = {
    months: fc.months, eventDate, load: fc.load, required: fc.required, slots: fc.slots, eventMonthIndex: fc.eventMonthIndex, horizon: fc.horizon, currency: plan.currency,
    own: () => {
      const arrays = fc.own();
      env.load = arrays.load;
      env.required = arrays.required;
    },
  };
  for (let i = 0; i < plan.nodes.length; i++) {
    const p = projections[i];
    if (p) nodeFindings(plan.nodes[i]!, i, p, fc.horizon, fc.eventMonthIndex, env, out);
  }
  for (const f of handoffFindings(plan)) out.push(f);
  for (const f of quotaFindings(fc.quotas)) out.push(f);
  return sortFindings(plan, fc.indexById, out);
}

/**
 * Severity, then plan order (plan-wide findings first), then rule. Each finding's place is
 * packed into one number (rank × count + arrival index) and the numbers sorted natively:
 * the same order as comparing the three keys in turn with a stable sort, without a Map
 * lookup per comparison.
 */
function sortFindings(plan: Plan, order: ReadonlyMap<string, number>, out: Finding[]): Finding[] {
  const perSeverity = (plan.nodes.length + 1) * RULE_SLOTS;
  const keys = new Float64Array(out.length);
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    const place = f.nodeId === null ? -1 : order.get(f.nodeId) ?? 0;
    const rank = severityRank[f.severity] * perSeverity + (place + 1) * RULE_SLOTS + ruleRank.get(f.rule)!;
    keys[k] = rank * out.length + k;
  }
  keys.sort();
  const sorted = new Array<Finding>(out.length);
  for (let k = 0; k < out.length; k++) sorted[k] = out[keys[k]! % out.length]!;
  return sorted;
}

function nodeFindings(node: PlanNode, i: number, p: ProjectedNode, horizon: number, eventMonthIndex: number, env: FindingEnv, out: Finding[]): void {
  const ev = p.atEvent;
  const atEvent = { atEvent: true, month: eventMonthIndex };
  const row = i * env.slots;

  if (p.unit !== null && ev.loadRps === 0 && !kindOf(node).entryPoint && allZero(env.load, row, horizon)) {
    out.push(new NodeFinding('no-traffic', 'info', node, i, p, env, {}));
  }

  // Above an autoscaling / replica maximum: never clamped silently.
  const def = kindOf(node);
  const max = maxOf(node);
  if (max !== null) {
    if (ev.required > max) {
      out.push(new NodeFinding('above-max', 'critical', node, i, p, env, atEvent));
    } else {
      const firstOver = firstAbove(env.required, row, horizon, max);
      if (firstOver >= 0) out.push(new NodeFinding('above-max', 'critical', node, i, p, env, { month: firstOver }));
    }
  }

  // Short of today's count at the event.
  const autoscaled = def.stagePace === 'autoscaled';
  if (p.unit !== null && ev.required > p.current) {
    const within = max === null || ev.required <= max;
    out.push(new NodeFinding('short-at-event', autoscaled && within ? 'warning' : 'critical', node, i, p, env, atEvent));
  }

  // The first normal month today's capacity falls short.
  const m = p.firstShortMonth;
  if (m !== null && p.unit !== null && env.required[row + m]! > p.current) {
    out.push(new NodeFinding('short-in-month', autoscaled ? 'info' : 'warning', node, i, p, env, { month: m }));
  }

  // A tier an autoscaling group grows at a launch pace (scaling-policy.ts); no steps for the rest.
  if (rampLate(rampSteps(node, p, eventMonthIndex, horizon, env, i))) {
    out.push(new NodeFinding('ramp-too-slow', 'warning', node, i, p, env, atEvent));
  }
  // What only this kind checks (a database's connections, a limit, a worker pool's backlog,
  // a node group's max, a function's burst rate), worded in its folder.
  for (const f of def.findings(node, p)) out.push(kindFinding(node, f, eventMonthIndex));
  if (p.unit !== null && rightSizing(node, p.current, env.required, row, Math.min(Math.max(eventMonthIndex, 0), horizon))) {
    out.push(new NodeFinding('right-size', 'info', node, i, p, env, {}));
  }
}

/** A kind's own finding, with the keys in the order every node finding writes them. */
function kindFinding(node: PlanNode, f: KindFinding, eventMonthIndex: number): Finding {
  return { id: `${f.rule}:${node.id}`, severity: f.severity, nodeId: node.id, rule: f.rule, message: f.message, atEvent: true, month: eventMonthIndex, suggestion: f.suggestion };
}

function rampLate(steps: ReturnType<typeof rampSteps>): boolean {
  return steps !== null && (steps.t1d.minutes > RAMP_WINDOW_MINUTES['t-1d'] || steps.t1w.minutes > RAMP_WINDOW_MINUTES['t-1w']);
}

function allZero(xs: Float64Array, row: number, horizon: number): boolean {
  for (let m = 0; m <= horizon; m++) if (xs[row + m] !== 0) return false;
  return true;
}

function firstAbove(xs: Float64Array, row: number, horizon: number, max: number): number {
  for (let m = 0; m <= horizon; m++) if (xs[row + m]! > max) return m;
  return -1;
}
