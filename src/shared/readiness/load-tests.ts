import { kindOf } from '../kinds';
import type { Plan } from '../model';
import type { NodeProjection, Projection } from '../engine/types';
import { formatNumber, formatPercent } from '../engine/format';
import { averageLoad, type AverageLoad } from './average-load';
import { eventErrorBudget } from './error-budget';
import { countWithUnit } from './draft';
import { stageSizes } from '../engine/stages';
import { ceilSafe } from '../engine/sizing-common';

/**
 * The load-test plan: the five test types of the course material (load, stress, spike,
 * soak, chaos), each with the entry load it drives, what every tier sees at that load,
 * and pass criteria quoted from the plan's SLO. One computation: the checklist's test
 * items, the CLI and the XLSX all print these numbers.
 *
 * Per-tier loads scale with the entry load: propagation is linear (each edge carries
 * calls per request), so a tier that sees L rps at the event peak P sees L × T / P at a
 * test load T. The fleet sizes quoted are the event sizes the plan recommends.
 */
export type LoadTestKind = 'load' | 'stress' | 'spike' | 'soak' | 'chaos';

export type TierTarget = {
  nodeId: string;
  name: string;
  /** Requests/s (queries/s for a database, messages/s for workers) the tier sees in the test. */
  loadRps: number;
  /** The tier's event size, with its unit ("183 instances"). */
  size: string;
};

export type LoadTest = {
  kind: LoadTestKind;
  title: string;
  /** Requests/s entering the system at the test's plateau. */
  entryRps: number;
  /** How long the plateau is held. */
  durationMinutes: number;
  /** What the test does, in one line with its numbers. */
  summary: string;
  tiers: TierTarget[];
  passCriteria: string[];
  /** Chaos only: the failures injected, one line each. */
  scenarios: string[];
};

export type StressTarget = {
  rps: number;
  /** Which rule gave the number: 400 % of average, or the sized-for peak (peak × (1 + buffer)). */
  basis: 'average' | 'peak';
  /** 400 % of the average at the event, when the average is known. */
  averageTarget: number | null;
  /** The event peak × (1 + buffer): the load the fleet is sized for. */
  peakTarget: number;
  /** "stress test to 400% of average load: 160,259 rps (above the sized-for 97,909)". */
  summary: string;
  /** Why the average rule did not apply, when it did not. */
  fallback: string | null;
};

export type LoadTestPlan = { average: AverageLoad; stress: StressTarget; tests: LoadTest[] };

/** Stress tests run at 400 % of average load (flash-sale seed). */
export const STRESS_MULTIPLE_OF_AVERAGE = 4;
export const LOAD_TEST_MINUTES = 60;
export const STRESS_TEST_MINUTES = 30;
export const SPIKE_RAMP_SECONDS = 60;
export const SPIKE_HOLD_MINUTES = 15;
/** A soak runs the event peak for the event's length, at most this long. */
export const SOAK_MAX_MINUTES = 8 * 60;

/**
 * What the stress test must sustain: the higher of 400 % of the average load at the event
 * and the event peak × (1 + buffer). A test below the sized-for load proves nothing about
 * it, so the peak rule is the floor; without a known average it is the rule.
 */
export function stressTarget(plan: Plan, projection: Projection, multiple = STRESS_MULTIPLE_OF_AVERAGE, average = averageLoad(plan, projection)): StressTarget {
  const peak = projection.totals.entryRpsAtEvent;
  const buffer = plan.headroom.buffer;
  // ceilSafe: 40,002 × 4 computed as 160,008.00000000003 is 160,008, not 160,009 (the sizing's own rounding).
  const peakTarget = ceilSafe(peak * (1 + buffer));
  const averageTarget = average.atEventRps === null ? null : ceilSafe(average.atEventRps * multiple);
  const pct = formatPercent(multiple, 0);
  const peakWords = `the event peak + ${formatPercent(buffer, 0)} buffer`;
  if (averageTarget !== null && averageTarget >= peakTarget && averageTarget > 0) {
    return {
      rps: averageTarget,
      basis: 'average',
      averageTarget,
      peakTarget,
      summary: `${pct} of average load: ${formatNumber(averageTarget)} rps (above ${peakWords}, ${formatNumber(peakTarget)} rps)`,
      fallback: null,
    };
  }
  const fallback =
    averageTarget !== null
      ? `${pct} of the average (${formatNumber(averageTarget)} rps) is below ${peakWords}, so the higher one is used`
      : average.missing.length > 0
        ? `no average load is known for ${average.missing.join(', ')} (type one, or import history with a profile), so ${peakWords} is used`
        : `the plan has no traffic source with an average, so ${peakWords} is used`;
  if (peakTarget === 0) return { rps: 0, basis: 'peak', averageTarget, peakTarget, summary: 'above the event peak (the plan has no traffic yet)', fallback };
  return { rps: peakTarget, basis: 'peak', averageTarget, peakTarget, summary: `${peakWords}: ${formatNumber(peakTarget)} rps`, fallback };
}

/**
 * A tier's size during the tests: its T-1 day stage size, the same rule (engine/stages.ts)
 * the Terraform stage files and the checklist's "Final scale" item use.
 */
function eventSize(plan: Plan, projection: Projection, n: NodeProjection): number {
  const planNode = plan.nodes.find((p) => p.id === n.nodeId);
  return planNode ? stageSizes(planNode, n, projection.eventMonthIndex)['t-1d'].desired : n.atEvent.required;
}

function tiersAt(plan: Plan, projection: Projection, entryRps: number): TierTarget[] {
  const peak = projection.totals.entryRpsAtEvent;
  const scale = peak > 0 ? entryRps / peak : 0;
  return projection.nodes
    .filter((n) => n.unit !== null && n.atEvent.loadRps > 0)
    .map((n) => ({ nodeId: n.nodeId, name: n.name, loadRps: n.atEvent.loadRps * scale, size: countWithUnit(eventSize(plan, projection, n), n.unit) }));
}

/** The SLO as pass criteria: the error rate it allows and each latency objective. */
export function sloCriteria(plan: Plan): string[] {
  const { availability, latency } = plan.slo;
  const errors = `errors at most ${formatNumber((1 - availability) * 100, 4)}% of requests (the ${formatNumber(availability * 100, 4)}% availability SLO)`;
  const latencies = latency.map((l) => `p${formatNumber(l.percentile, 2)} latency below ${formatNumber(l.thresholdMs, 1)} ms`);
  return [errors, ...(latencies.length > 0 ? latencies : ['latency: the plan has no latency objective (add one to slo.latency) so none is checked'])];
}

function minutes(m: number): string {
  return m % 60 === 0 ? `${formatNumber(m / 60)} h` : `${formatNumber(m)} min`;
}

function chaosScenarios(plan: Plan, projection: Projection, budgetMinutes: number): string[] {
  const nodes = projection.nodes.filter((n) => n.unit !== null && n.atEvent.loadRps > 0);
  const fleets = nodes.filter((n) => kindOf(n.kind).chaosDrill === 'unit');
  const databases = nodes.filter((n) => kindOf(n.kind).chaosDrill === 'primary');
  const zones = plan.headroom.zones;
  const lines: string[] = [];
  const size = (n: NodeProjection) => eventSize(plan, projection, n);
  lines.push(
    fleets.length > 0
      ? `node loss: stop one unit of ${fleets.map((n) => `${n.name} (${formatNumber(size(n))} → ${formatNumber(Math.max(0, size(n) - 1))})`).join(', ')}; the rest carries the event peak and a replacement joins`
      : 'node loss: the plan has no service, worker pool or cache fleet to stop a unit of',
  );
  if (zones > 1) {
    const left = (n: NodeProjection) => Math.floor((size(n) * (zones - 1)) / zones);
    lines.push(
      `zone loss: take out 1 of ${formatNumber(zones)} zones; ${nodes.map((n) => `${n.name} keeps ${formatNumber(left(n))} of ${formatNumber(size(n))}`).join(', ')}` +
        (plan.headroom.surviveZoneLoss ? ' (sized to survive it)' : ' (the plan is not sized to survive a zone loss: expect shedding, and prove it is graceful)'),
    );
  } else {
    lines.push('zone loss: the plan runs in one zone, so losing it is an outage; test the failover to another region, or record the risk as accepted');
  }
  lines.push(
    databases.length > 0
      ? `database failover: fail over the primary of ${databases.map((n) => n.name).join(', ')}; writes resume and replicas reattach well inside the event's ${formatNumber(budgetMinutes, 1)}-minute error budget`
      : 'database failover: the plan has no database',
  );
  return lines;
}

function test(kind: LoadTestKind, title: string, entryRps: number, durationMinutes: number, summary: string, on: { plan: Plan; projection: Projection }, passCriteria: string[], scenarios: string[] = []): LoadTest {
  return { kind, title, entryRps, durationMinutes, summary, tiers: tiersAt(on.plan, on.projection, entryRps), passCriteria, scenarios };
}

export function loadTestPlan(plan: Plan, projection: Projection, multiple = STRESS_MULTIPLE_OF_AVERAGE): LoadTestPlan {
  const average = averageLoad(plan, projection);
  const stress = stressTarget(plan, projection, multiple, average);
  const peak = projection.totals.entryRpsAtEvent;
  const today = projection.totals.entryRps[0] ?? 0;
  const slo = sloCriteria(plan);
  const budget = eventErrorBudget(plan.event, plan.slo.availability, plan.slo.windowDays);
  const eventMinutes = budget.event.windowMinutes;
  const soakMinutes = Math.min(eventMinutes, SOAK_MAX_MINUTES);
  const sized = `the fleet at its event size`;
  const on = { plan, projection };
  const tests: LoadTest[] = [
    test('load', 'Load test', peak, LOAD_TEST_MINUTES, `ramp to the event peak, ${formatNumber(peak)} rps, and hold it ${minutes(LOAD_TEST_MINUTES)} with ${sized}`, on, [
      ...slo,
      `every tier at or below its target utilization (${formatPercent(plan.headroom.targetUtilization, 0)})`,
    ]),
    test('stress', 'Stress test', stress.rps, STRESS_TEST_MINUTES, `${stress.summary}, held ${minutes(STRESS_TEST_MINUTES)}`, on, [
      ...slo.map((c) => `up to ${formatNumber(stress.peakTarget)} rps: ${c}`),
      'above that, graceful degradation: load is shed, nothing crash-loops, autoscaling triggers fire',
    ]),
    test(
      'spike',
      'Spike test',
      peak,
      SPIKE_HOLD_MINUTES,
      `jump from today's peak (${formatNumber(today)} rps) to the event peak (${formatNumber(peak)} rps) within ${formatNumber(SPIKE_RAMP_SECONDS)} s, hold ${minutes(SPIKE_HOLD_MINUTES)}`,
      on,
      [...slo.map((c) => `within 2 minutes of the jump: ${c}`), 'no instance restarts; queues drain once the plateau is reached'],
    ),
    test('soak', 'Soak test', peak, soakMinutes, `hold the event peak, ${formatNumber(peak)} rps, for ${minutes(soakMinutes)} (the event's length, at most ${minutes(SOAK_MAX_MINUTES)})`, on, [
      ...slo.map((c) => `throughout: ${c}`),
      'memory, connections and disk flat after the first hour; replication lag steady',
    ]),
    test(
      'chaos',
      'Chaos test',
      peak,
      LOAD_TEST_MINUTES,
      `at the event peak (${formatNumber(peak)} rps), break one thing at a time`,
      on,
      [...slo.map((c) => `outside the failure windows: ${c}`), `all failures together spend at most half the event's error budget (${formatNumber(budget.event.allowedMinutes / 2, 1)} of ${formatNumber(budget.event.allowedMinutes, 1)} min)`],
      chaosScenarios(plan, projection, budget.event.allowedMinutes),
    ),
  ];
  return { average, stress, tests };
}

/** A test as checklist detail: what it drives, every tier's target, pass criteria, scenarios. */
export function describeLoadTest(t: LoadTest): string {
  const lines = [`${t.title}: ${t.summary}.`];
  if (t.scenarios.length > 0) lines.push('Failures:', ...t.scenarios.map((s) => `• ${s}`));
  if (t.tiers.length > 0) lines.push('Per tier:', ...t.tiers.map((tier) => `• ${tier.name}: ${formatNumber(tier.loadRps)}/s on ${tier.size}`));
  lines.push('Pass when:', ...t.passCriteria.map((c) => `• ${c}`));
  return lines.join('\n');
}
