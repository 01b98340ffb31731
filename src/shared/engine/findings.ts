import type { Plan, PlanNode } from '../model';
import { formatDuration, formatNumber as fmt, formatPercent } from './format';
import type { Finding, FindingRule, NodeSizing, ProjectedNode, Severity } from './types';

type FindingContext = { months: string[]; eventMonthIndex: number; cycle: string[] | null; horizon: number };

const severityRank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** An hour: a backlog that takes longer than this to drain at the event deserves a warning. */
const DRAIN_WARNING_SECONDS = 3600;

/**
 * Everything an architect should act on, each naming the node and its numbers. Sorted by
 * severity, then plan order, then rule, so the list is stable between recomputes.
 */
export function collectFindings(plan: Plan, projections: ProjectedNode[], fc: FindingContext): Finding[] {
  const out: Finding[] = [];
  const add = (rule: FindingRule, severity: Severity, node: PlanNode | null, message: string, extra: Partial<Finding> = {}) => {
    out.push({ id: node ? `${rule}:${node.id}` : rule, severity, nodeId: node ? node.id : null, rule, message, ...extra });
  };
  const eventDate = plan.event.startDate;

  if (fc.cycle) {
    add('cycle', 'critical', null, `The topology has a cycle: ${[...fc.cycle, fc.cycle[0]].join(' → ')}. Load cannot be propagated around a loop, so nodes on and after it are undercounted.`, {
      suggestion: 'Remove or reverse one of these edges (a callback is usually a separate flow).',
    });
  }
  if (fc.eventMonthIndex < 0) {
    add('event-before-start', 'warning', null, `The event (${eventDate}) is before the plan's start month (${plan.startMonth}); event figures use today's traffic.`, {
      suggestion: 'Move the event date or the start month.',
    });
  } else if (fc.eventMonthIndex > fc.horizon) {
    add('event-beyond-horizon', 'info', null, `The event (${eventDate}) is after the last projected month (${fc.months[fc.horizon]}); its figures extend the growth curve to month ${fc.eventMonthIndex}.`);
  }

  plan.nodes.forEach((node, i) => {
    const p = projections[i];
    if (!p) return;
    nodeFindings(node, p, fc, eventDate, add);
  });

  const order = new Map(plan.nodes.map((n, i) => [n.id, i]));
  return out.sort((a, b) =>
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.nodeId === null ? -1 : order.get(a.nodeId) ?? 0) - (b.nodeId === null ? -1 : order.get(b.nodeId) ?? 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

type Add = (rule: FindingRule, severity: Severity, node: PlanNode | null, message: string, extra?: Partial<Finding>) => void;

function monthName(fc: FindingContext, m: number): string {
  return `${fc.months[m] ?? `month ${m}`} (month ${m})`;
}

function nodeFindings(node: PlanNode, p: ProjectedNode, fc: FindingContext, eventDate: string, add: Add): void {
  const ev = p.atEvent;
  const atEvent = { atEvent: true, month: fc.eventMonthIndex };
  const name = node.name;

  if (p.unit !== null && ev.loadRps === 0 && node.kind !== 'trafficSource' && p.series.loadRps.every((x) => x === 0)) {
    add('no-traffic', 'info', node, `${name} receives no traffic: nothing is connected into it, so it is sized at its minimum.`, {
      suggestion: 'Draw an edge into it from the node that calls it.',
    });
  }

  // Above an autoscaling / replica maximum: never clamped silently.
  const max = maxOf(ev);
  if (max !== null) {
    const unitWord = p.unit ?? 'units';
    const limitWord = node.kind === 'service' ? 'its autoscaling max' : node.kind === 'database' ? 'its max replicas' : 'its max workers';
    const firstOver = p.series.required.findIndex((x) => x > max);
    if (ev.required > max) {
      add('above-max', 'critical', node, `${name} needs ${fmt(ev.required)} ${unitWord} at the event; ${limitWord} is ${fmt(max)}`, {
        ...atEvent,
        suggestion: `Raise the max to at least ${fmt(ev.required)} before ${eventDate}, or cut the load per request.`,
      });
    } else if (firstOver >= 0) {
      add('above-max', 'critical', node, `${name} needs ${fmt(p.series.required[firstOver]!)} ${unitWord} from ${monthName(fc, firstOver)}; ${limitWord} is ${fmt(max)}`, {
        month: firstOver,
        suggestion: `Raise the max before ${fc.months[firstOver]}.`,
      });
    }
  }

  // Short of today's count at the event.
  if (p.unit !== null && ev.required > p.current) {
    const autoscaled = node.kind === 'service' || node.kind === 'workerPool';
    const within = max === null || ev.required <= max;
    const verb = autoscaled ? 'scales' : 'needs';
    const message = autoscaled
      ? `${name} ${verb} from ${fmt(p.current)} to ${fmt(ev.required)} ${p.unit} at the event (${fmt(ev.loadRps)} ${node.kind === 'workerPool' ? 'msg/s' : 'rps'})`
      : `${name}: ${fmt(ev.required)} ${p.unit} needed at the event, ${fmt(p.current)} today: add ${fmt(ev.required - p.current)} (${fmt(p.current)} → ${fmt(ev.required)})`;
    add('short-at-event', autoscaled && within ? 'warning' : 'critical', node, message, {
      ...atEvent,
      suggestion: autoscaled
        ? `Pre-warm to ${fmt(ev.required)} before ${eventDate}: autoscaling reacts in minutes, a surge arrives in seconds.`
        : `Add them before ${eventDate}: ${node.kind === 'database' ? 'databases cannot scale out during a surge' : 'this tier does not autoscale'}.`,
    });
  }

  // The first normal month today's capacity falls short.
  const m = p.firstShortMonth;
  if (m !== null && p.unit !== null && p.series.required[m]! > p.current) {
    const s = { required: p.series.required[m]!, loadRps: p.series.loadRps[m]! };
    const autoscaled = node.kind === 'service' || node.kind === 'workerPool';
    add('short-in-month', autoscaled ? 'info' : 'warning', node, `${name}: today's ${fmt(p.current)} ${p.unit} fall short in ${monthName(fc, m)}: ${fmt(s.required)} needed for ${fmt(s.loadRps)} rps`, {
      month: m,
      suggestion: `Add ${fmt(s.required - p.current)} by ${fc.months[m]}; see "what to add when" for the months after.`,
    });
  }

  const d = ev.detail;
  if (d.kind === 'database') {
    if (d.connections > d.maxConnections) {
      const pooled = d.connections < d.clientConnections;
      add('db-connections', 'critical', node, `${name}: ${fmt(d.connections)} connections at peak vs max_connections ${fmt(d.maxConnections)}${pooled ? ' (through the pooler)' : ': put a pooler in front'}`, {
        ...atEvent,
        suggestion: pooled
          ? `Lower the pooler's server connections to at most ${fmt(d.maxConnections)}.`
          : `Put a pooler (PgBouncer, RDS Proxy) in front with at most ${fmt(d.maxConnections)} server connections, or shrink the clients' pool size.`,
      });
    }
    if (d.primaryWriteUtilization > 1) {
      add('db-primary-writes', 'critical', node, `${name}: ${fmt(d.writeRps)} writes/s at the event need ${formatPercent(d.primaryWriteUtilization, 0)} of the primary's write capacity (with buffer)`, {
        ...atEvent,
        suggestion: 'Scale the primary up, shard the writes, or queue them: read replicas do not help writes.',
      });
    }
  }
  if (d.kind === 'cdn' || d.kind === 'queue' || d.kind === 'external') {
    const rule: FindingRule = d.kind === 'cdn' ? 'cdn-limit' : d.kind === 'queue' ? 'queue-limit' : 'external-rate-limit';
    const what = d.kind === 'cdn' ? 'request limit' : d.kind === 'queue' ? 'message rate limit' : 'rate limit';
    if (d.limit > 0 && ev.utilization >= 0.9) {
      add(rule, ev.utilization > 1 ? 'critical' : 'warning', node, `${name}: ${fmt(ev.loadRps)} rps at the event vs its ${what} of ${fmt(d.limit)} (${formatPercent(ev.utilization, 0)})`, {
        ...atEvent,
        suggestion: d.kind === 'external' ? 'Ask the provider for a higher limit before the event, or cache / batch the calls.' : 'Request a higher limit before the event.',
      });
    }
  }
  if (d.kind === 'workerPool' && d.backlog > 0) {
    if (d.drainSeconds === null) {
      add('worker-drain', 'critical', node, `${name}: a backlog of ${fmt(d.backlog)} messages never drains at the event: ${fmt(ev.required)} workers barely keep up with ${fmt(d.arrivalRate)} msg/s`, {
        ...atEvent,
        suggestion: 'Add workers beyond the need, or drain the backlog before the event.',
      });
    } else if (d.drainSeconds > DRAIN_WARNING_SECONDS) {
      add('worker-drain', 'warning', node, `${name}: a backlog of ${fmt(d.backlog)} messages takes ${formatDuration(d.drainSeconds)} to drain with ${fmt(ev.required)} workers at the event`, {
        ...atEvent,
        suggestion: 'Drain the backlog before the event, or run more workers while it lasts.',
      });
    }
  }
}

function maxOf(s: NodeSizing): number | null {
  const d = s.detail;
  if (d.kind === 'service') return d.maxInstances;
  if (d.kind === 'database') return d.maxReplicas;
  if (d.kind === 'workerPool') return d.maxWorkers;
  return null;
}
