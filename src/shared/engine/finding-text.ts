import type { PlanNode } from '../model';
import { kindOf } from '../kinds';
import { formatDuration, formatNumber as fmt } from './format';
import type { Finding, FindingRule, ProjectedNode, Severity } from './types';
import { RAMP_WINDOW_MINUTES, rampSteps } from './ramp';
import { rightSizing } from './right-size';
import { HOURS_PER_MONTH } from './sizing-common';

/**
 * What a node finding's text needs besides the node and its projection; one per recompute.
 * The monthly numbers are read from the recompute's flat arrays (node × slots + month) so
 * wording a finding does not build the node's `series`.
 */
export type FindingEnv = {
  months: string[];
  eventDate: string;
  load: Float64Array;
  required: Float64Array;
  slots: number;
  eventMonthIndex: number;
  horizon: number;
  currency: string;
  /** Points `load` and `required` at the recompute's own arrays again (`SizeContext.own`): call before reading them after the recompute. */
  own: () => void;
};

export function monthName(months: readonly string[], m: number): string {
  return `${months[m] ?? `month ${m}`} (month ${m})`;
}

/** The plan's max for a node's count (autoscaling max, max replicas, …), or null when it has none. */
export function maxOf(node: PlanNode): number | null {
  return kindOf(node).bounds(node).max;
}

/**
 * A finding about one node whose message and suggestion are formatted on first read.
 * A 1,000-node plan can raise ~2,000 findings per keystroke and the UI shows a few, so
 * formatting them all (several numbers each) was a large share of a recompute. The text
 * is a pure function of the node's projection, which never changes once built, so the
 * first read gives what eager formatting gave. `toJSON` writes the keys in the order the
 * eager object literal had them (atEvent, month, suggestion after message).
 */
export class NodeFinding implements Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly nodeId: string;
  readonly rule: FindingRule;
  // `declare`: no own property at all when absent, as with the object literals before.
  declare month?: number;
  declare atEvent?: boolean;
  readonly #node: PlanNode;
  readonly #i: number;
  readonly #p: ProjectedNode;
  readonly #env: FindingEnv;
  #text: [string, string] | null = null;

  constructor(rule: FindingRule, severity: Severity, node: PlanNode, i: number, p: ProjectedNode, env: FindingEnv, where: { month?: number; atEvent?: boolean }) {
    this.id = `${rule}:${node.id}`;
    this.severity = severity;
    this.nodeId = node.id;
    this.rule = rule;
    if (where.atEvent !== undefined) this.atEvent = where.atEvent;
    if (where.month !== undefined) this.month = where.month;
    this.#node = node;
    this.#i = i;
    this.#p = p;
    this.#env = env;
  }

  get message(): string {
    this.#text ??= nodeFindingText(this.rule, this.atEvent === true, this.month ?? 0, this.#node, this.#i, this.#p, this.#env);
    return this.#text[0];
  }

  get suggestion(): string {
    this.#text ??= nodeFindingText(this.rule, this.atEvent === true, this.month ?? 0, this.#node, this.#i, this.#p, this.#env);
    return this.#text[1];
  }

  toJSON() {
    const { id, severity, nodeId, rule, message, atEvent, month, suggestion } = this;
    const out: Finding = { id, severity, nodeId, rule, message };
    if (atEvent !== undefined) out.atEvent = atEvent;
    if (month !== undefined) out.month = month;
    out.suggestion = suggestion;
    return out;
  }
}

/**
 * [message, suggestion] of a node finding. Re-derives from the projection what the rule
 * that raised the finding saw (findings.ts decides *whether* and *how severe*; this says
 * it in words), so the two must read the same fields.
 */
function nodeFindingText(rule: FindingRule, atEvent: boolean, month: number, node: PlanNode, i: number, p: ProjectedNode, env: FindingEnv): [string, string] {
  env.own();
  const row = i * env.slots;
  const ev = p.atEvent;
  const name = node.name;
  const eventDate = env.eventDate;
  switch (rule) {
    case 'no-traffic':
      return [`${name} receives no traffic: nothing is connected into it, so it is sized at its minimum.`, 'Draw an edge into it from the node that calls it.'];
    case 'above-max': {
      const max = maxOf(node) ?? 0;
      const unitWord = p.unit ?? 'units';
      const limitWord = kindOf(node).maxLabel;
      if (atEvent) {
        return [
          `${name} needs ${fmt(ev.required)} ${unitWord} at the event; ${limitWord} is ${fmt(max)}`,
          `Raise the max to at least ${fmt(ev.required)} before ${eventDate}, or cut the load per request.`,
        ];
      }
      const firstOver = month;
      return [
        `${name} needs ${fmt(env.required[row + firstOver]!)} ${unitWord} from ${monthName(env.months, firstOver)}; ${limitWord} is ${fmt(max)}`,
        `Raise the max before ${env.months[firstOver]}.`,
      ];
    }
    case 'short-at-event': {
      const def = kindOf(node);
      const autoscaled = def.stagePace === 'autoscaled';
      const message = autoscaled
        ? `${name} scales from ${fmt(p.current)} to ${fmt(ev.required)} ${p.unit} at the event (${fmt(ev.loadRps)} ${def.loadUnit})`
        : `${name}: ${fmt(ev.required)} ${p.unit} needed at the event, ${fmt(p.current)} today: add ${fmt(ev.required - p.current)} (${fmt(p.current)} → ${fmt(ev.required)})`;
      return [message, autoscaled
        ? `Pre-warm to ${fmt(ev.required)} before ${eventDate}: autoscaling reacts in minutes, a surge arrives in seconds.`
        : `Add them before ${eventDate}: ${def.addAheadReason}.`];
    }
    case 'short-in-month': {
      const m = month;
      const required = env.required[row + m]!;
      return [
        `${name}: today's ${fmt(p.current)} ${p.unit} fall short in ${monthName(env.months, m)}: ${fmt(required)} needed for ${fmt(env.load[row + m]!)} rps`,
        `Add ${fmt(required - p.current)} by ${env.months[m]}; see "what to add when" for the months after.`,
      ];
    }
    case 'ramp-too-slow': {
      const steps = rampSteps(node, p, env.eventMonthIndex, env.horizon, env, i);
      if (!steps) break;
      const late = steps.t1d.minutes > RAMP_WINDOW_MINUTES['t-1d'] ? { step: steps.t1d, label: 'T-1 day', window: '24 h' } : { step: steps.t1w, label: 'T-1 week', window: '6 days' };
      const pace = `${fmt(steps.policy.launchPerMinute, 3)} a minute and ${fmt(steps.policy.warmupSeconds)} s warm-up`;
      return [
        `${name}: growing from ${fmt(late.step.from)} to ${fmt(late.step.to)} takes ${formatDuration(late.step.minutes * 60)} at ${pace}; the ${late.label} pre-scale leaves ${late.window}`,
        'Start the step earlier (schedule.tfvars already does), raise the launch rate, or pre-scale more at the step before.',
      ];
    }
    case 'right-size': {
      const r = rightSizing(node, p.current, env.required, row, Math.min(Math.max(env.eventMonthIndex, 0), env.horizon));
      if (!r || p.unit === null) break;
      const hourly = 'hourlyCost' in node.params ? node.params.hourlyCost : 0;
      const cost = hourly > 0 ? `, ${fmt(Math.round(r.excess * hourly * HOURS_PER_MONTH))} ${env.currency} a month on demand` : '';
      const busiest = r.busiestNeed > r.todayNeed ? ` and ${fmt(r.busiestNeed)} the busiest month before the event` : '';
      const min = r.keep > r.busiestNeed ? ` (its min is ${fmt(r.keep)})` : '';
      // Nothing reaching it is not "0 carry today's load": its units carry none at all.
      const today = r.todayNeed > 0
        ? `where ${fmt(r.todayNeed)} carry today's load${busiest}`
        : r.busiestNeed > 0
          ? `though nothing reaches it today and ${fmt(r.busiestNeed)} carry the busiest month before the event`
          : 'though nothing reaches it today, so they are kept only for redundancy';
      const advice = ev.required >= p.current
        ? `The event needs ${fmt(ev.required)}: keep them through it, then scale down to ${fmt(r.keep)}`
        : ev.required === 0
          ? `Nothing reaches it at the event either: connect what calls it, or run ${fmt(r.keep)} outside it`
          : `Even the event needs only ${fmt(ev.required)}: run ${fmt(r.keep)} outside it`;
      return [
        `${name} runs ${fmt(p.current)} ${p.unit} ${today}${min}: ${fmt(r.excess)} more than needed outside the event${cost}`,
        `${advice} (the after-event stage file keeps today's count until the plan's count is lowered).`,
      ];
    }
    default:
      break;
  }
  // Only reachable if findings.ts raised a rule for a node this function does not word.
  return [`${name}: ${rule}`, ''];
}
