import { kindDefinitions, kindOf } from '../kinds';
import type { StandardChecklist } from '../kinds/kind';
import type { Plan } from '../model';
import type { NodeProjection, Projection } from '../engine/types';
import { formatNumber, formatUtilization } from '../engine/format';
import { bullets, countWithUnit, type DraftContext, type ItemDraft, type ReadinessOptions } from './draft';
import { eventErrorBudget } from './error-budget';
import { describeLoadTest, loadTestPlan, sloCriteria, SPIKE_RAMP_SECONDS, stressTarget, type LoadTestKind, type StressTarget } from './load-tests';
import type { PhaseId } from './phases';
import { scaleDownSteps, stageSizes, type StageId, type StageSize } from '../engine/stages';

/**
 * The seed's standard items (004 "Preparation timeline") and the global-conference seed's
 * test phases (000). Always generated with the same ids, so a plan without databases still
 * shows "Add read replicas": its detail says nothing needs it, and the user marks it n/a.
 * Texts name the plan's nodes and numbers where the plan has them.
 */

/**
 * What the stress test must sustain (load-tests.ts): the higher of 400 % of the average
 * load at the event and the event peak × (1 + buffer).
 */
export function stressTestTarget(plan: Plan, projection: Projection, options: ReadinessOptions = {}): StressTarget {
  return stressTarget(plan, projection, options.stressMultipleOfAverage);
}

function formatDuration(minutes: number): string {
  return minutes % 60 === 0 ? `${formatNumber(minutes / 60)} h` : `${formatNumber(minutes)} min`;
}

function sized(ctx: DraftContext): NodeProjection[] {
  return ctx.nodes.filter((n) => n.unit !== null);
}

/** The nodes "Pre-scale databases" names: their kinds' answer (kinds/kind.ts StandardChecklist). */
function prescaled(ctx: DraftContext): NodeProjection[] {
  return ctx.nodes.filter((n) => kindOf(n.kind).standardChecklist.prescaled);
}

/** The nodes in an EC2 Auto Scaling group: the compute the T-1 week items scale and whose autoscaling they verify. */
function asgCompute(ctx: DraftContext): NodeProjection[] {
  const planNodes = new Map(ctx.plan.nodes.map((n) => [n.id, n]));
  return ctx.nodes.filter((n) => {
    const node = planNodes.get(n.nodeId);
    return node !== undefined && kindOf(node).asgScaling(node) !== null;
  });
}

function names(nodes: readonly NodeProjection[]): string {
  return nodes.map((n) => n.name).join(', ');
}

/** The actions of the kinds' own items a standard item gathers (kinds/kind.ts StandardChecklist). */
function gathered(key: keyof StandardChecklist['gathers']): string[] {
  return kindDefinitions.flatMap((def) => def.standardChecklist.gathers[key] ?? []);
}

/** What the plan-specific items of a kind say, or that nothing in this plan needs it. */
function umbrella(ctx: DraftContext, planItems: readonly ItemDraft[], actions: readonly string[], intro: string, none: string): string {
  const lines = planItems.filter((item) => actions.some((action) => item.id.endsWith(`:${action}`))).map((item) => item.title);
  return lines.length > 0 ? `${intro}\n${bullets(lines)}` : none;
}

/** Each sized node's count at every stage: the same rule the Terraform stage files use. */
function stageSizesOf(ctx: DraftContext): Map<string, Record<StageId, StageSize>> {
  const out = new Map<string, Record<StageId, StageSize>>();
  const planNodes = new Map(ctx.plan.nodes.map((n) => [n.id, n]));
  for (const n of sized(ctx)) {
    const planNode = planNodes.get(n.nodeId);
    if (planNode) out.set(n.nodeId, stageSizes(planNode, n, ctx.projection.eventMonthIndex));
  }
  return out;
}

function item(phase: PhaseId, key: string, title: string, detail: string, due: ItemDraft['due'] = { kind: 'phase-end' }): ItemDraft {
  return { id: `std:${phase}:${key}`, phase, title, detail, origin: 'standard', due };
}

function test(key: string, phase: PhaseId, days: number, title: string, detail: string): ItemDraft {
  return { id: `test:${key}`, phase, title, detail, origin: 'standard', due: { kind: 'before-start', days, test: true } };
}

export function standardItemDrafts(ctx: DraftContext, planItems: readonly ItemDraft[]): ItemDraft[] {
  const { projection } = ctx;
  const todayRps = projection.totals.entryRps[0] ?? 0;
  const peakRps = projection.totals.entryRpsAtEvent;
  const surge = projection.surgeMultiplier;
  const compute = asgCompute(ctx);
  const sizes = stageSizesOf(ctx);
  const at = (n: NodeProjection, stage: StageId): number => sizes.get(n.nodeId)?.[stage].desired ?? n.current;
  const scaledUp = sized(ctx).filter((n) => at(n, 't-1d') > at(n, 'after'));
  const databases = prescaled(ctx);
  const bottlenecks = sized(ctx)
    .filter((n) => Number.isFinite(n.atEvent.utilization) && n.atEvent.utilization > 0)
    .sort((a, b) => b.atEvent.utilization - a.atEvent.utilization)
    .slice(0, 3);
  const tests = loadTestPlan(ctx.plan, projection, ctx.options.stressMultipleOfAverage);
  const planned = (kind: LoadTestKind) => tests.tests.find((t) => t.kind === kind)!;
  const stress = tests.stress;
  const budget = eventErrorBudget(ctx.plan.event, ctx.plan.slo.availability, ctx.plan.slo.windowDays, ctx.options);

  return [
    item('t-4w', 'load-test-current', 'Load test current capacity', `Ramp today's system until the first tier saturates; today's peak is ${formatNumber(todayRps)} rps, the event brings ${formatNumber(peakRps)} rps: ${projection.surgeLabel}.`),
    item(
      't-4w',
      'identify-bottlenecks',
      'Identify bottlenecks',
      bottlenecks.length > 0
        ? `The model expects these to give out first (load on today's capacity at the event peak):\n${bullets(bottlenecks.map((n) => `${n.name}: ${formatUtilization(n.atEvent.utilization)}`))}`
        : 'Compare the load test with the model; the plan has no sized nodes with load yet.',
    ),
    item('t-4w', 'order-capacity', 'Order additional capacity', umbrella(ctx, planItems, gathered('order-capacity'), 'Quotas and reservations for:', 'Request quota increases and reservations for the event sizes below; nothing in the plan is above its autoscaling max.')),
    item('t-2w', 'prescale-databases', "Pre-scale databases (they can't autoscale fast)", databases.length > 0 ? `Databases in the plan: ${names(databases)}.` : 'The plan has no database: mark this not applicable.'),
    item('t-2w', 'increase-cache-capacity', 'Increase cache capacity', umbrella(ctx, planItems, gathered('increase-cache-capacity'), 'The plan needs:', 'No cache in the plan needs more nodes.')),
    item('t-2w', 'add-read-replicas', 'Add read replicas', umbrella(ctx, planItems, gathered('add-read-replicas'), 'The plan needs:', 'No database in the plan needs more replicas.')),
    item('t-2w', 'prewarm-caches', 'Pre-warm caches', umbrella(ctx, planItems, gathered('prewarm-caches'), 'Plan the warm-up (replayed keys or synthetic reads) for:', 'The plan has no cache with load: mark this not applicable.')),
    item(
      't-1w',
      'scale-compute',
      surge > 3 ? 'Scale compute to 3× normal' : `Scale compute to the event size (${formatNumber(surge, 2)}× normal)`,
      compute.length > 0
        ? bullets(compute.map((n) => `${n.name}: ${formatNumber(n.current)} → ${formatNumber(at(n, 't-1w'))} (${countWithUnit(at(n, 't-1d'), n.unit)} at the event)`))
        : 'The plan has no services or worker pools.',
    ),
    item('t-1w', 'verify-autoscaling', 'Verify autoscaling works', 'Scale-out triggers fire, new instances pass health checks in time, and every group can reach its event size.'),
    item('t-1w', 'test-circuit-breakers', 'Test circuit breakers', 'Trip each dependency on purpose; callers must degrade, not queue.'),
    item('t-1w', 'prepare-runbooks', 'Prepare runbooks', 'Scale-up, failover, load shedding and rollback, each with its owner.'),
    test('baseline', 't-1w', 7, 'Baseline test (T-7 days)', `Measure baseline metrics at today's peak (${formatNumber(todayRps)} rps) and identify bottlenecks.\nPass when: ${sloCriteria(ctx.plan).join('; ')}.`),
    test('load', 't-1w', 6, `Load test: the event peak, ${formatNumber(planned('load').entryRps)} rps`, describeLoadTest(planned('load'))),
    test('soak', 't-1w', 5, `Soak test: the event peak for ${formatDuration(planned('soak').durationMinutes)}`, describeLoadTest(planned('soak'))),
    test('spike', 't-1w', 4, `Spike test: ${formatNumber(todayRps)} → ${formatNumber(planned('spike').entryRps)} rps in ${SPIKE_RAMP_SECONDS} s`, describeLoadTest(planned('spike'))),
    test('stress', 't-1w', 3, `Stress test: ${stress.summary}`, describeLoadTest(planned('stress')) + (stress.fallback ? `\nWhy this number: ${stress.fallback}.` : '')),
    test('chaos', 't-1w', 2, 'Chaos test: node loss, zone loss, database failover', describeLoadTest(planned('chaos'))),
    test('dress-rehearsal', 't-1d', 1, 'Dress rehearsal (T-1 day)', 'Full event simulation, team readiness check, runbook validation.'),
    item(
      't-1d',
      'final-scale',
      `Final scale to target (${formatNumber(surge, 2)}× normal)`,
      sized(ctx).length > 0 ? bullets(sized(ctx).map((n) => `${n.name}: ${countWithUnit(at(n, 't-1d'), n.unit)}`)) : 'The plan has no sized nodes yet.',
      { kind: 'prescale' },
    ),
    item('t-1d', 'war-room', 'War room ready', 'Dashboards up, channels open, decision makers named.'),
    item('t-1d', 'all-hands', 'All hands available', 'On-call rota for the whole event, with escalation contacts.'),
    item('during', 'watch-dashboards', 'Watch dashboards', 'Load balancer surge queue, cache evictions and hit ratio, database connections and replication lag, error rate and p99 latency.'),
    item('during', 'error-budget', `Error budget: ${budget.event.summary}`, `Over its own window: ${budget.window.summary}. Spend it on purpose: stop risky changes when half is gone.`),
    item('during', 'feature-flags', 'Quick decisions on feature flags', 'Who may turn off which non-essential feature, and at what signal.'),
    item('during', 'shed-load', 'Be ready to shed load (graceful degradation)', 'Queue or reject low-priority traffic before the core path slows down.'),
    item(
      'after',
      'scale-down',
      'Scale down gradually (30% per hour)',
      scaledUp.length > 0
        ? bullets(scaledUp.map((n) => `${n.name}: ${scaleDownSteps(at(n, 't-1d'), at(n, 'after')).map((s) => formatNumber(s)).join(' → ')}`))
        : 'Each hour keep 70% of the previous hour\u2019s fleet (at least one fewer) until back at the size after the event.',
      { kind: 'after-end', days: 1 },
    ),
    item('after', 'postmortem', 'Postmortem any issues', 'Blameless, with the timeline, what the model got wrong and the follow-ups.'),
    item('after', 'update-model', 'Update the capacity model', "Feed the event's real peaks, hit ratios and per-instance throughput back into the plan."),
  ];
}
