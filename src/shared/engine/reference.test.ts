import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planArb } from '../testing/random-plan';
import { projectPlan } from './project';
import { referenceProject, type RefSizing } from './testing/reference-engine';
import type { NodeSizing, Projection } from './types';

/**
 * The fast engine against the naive reference (testing/reference-engine.ts) on random
 * valid plans: every figure of every month, the event, the costs and the findings.
 * Counts and statuses must be equal; continuous figures (loads, costs, utilization) equal
 * up to the last bits a different summation order moves (relative 1e-9).
 */

const RUNS = Number(process.env.REF_RUNS ?? 500);

function close(actual: number, expected: number, what: string): void {
  if (actual === expected) return;
  const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
  if (!(Math.abs(actual - expected) <= 1e-9 * scale)) expect(actual, what).toBe(expected);
}

function sameSizing(s: NodeSizing, r: RefSizing, what: string): void {
  close(s.loadRps, r.load, `${what} load`);
  expect(s.base, `${what} base`).toBe(r.base);
  expect(s.required, `${what} required`).toBe(r.required);
  expect(s.requiredUnclamped, `${what} requiredUnclamped`).toBe(r.requiredUnclamped);
  expect(s.current, `${what} current`).toBe(r.current);
  expect(s.status, `${what} status`).toBe(r.status);
  close(s.utilization, r.utilization, `${what} utilization`);
  close(s.monthlyCost, r.monthlyCost, `${what} monthlyCost`);
  const d = s.detail;
  if (d.kind === 'database') {
    close(d.readRps, r.reads, `${what} reads`);
    close(d.writeRps, r.writes, `${what} writes`);
    expect(d.clientConnections, `${what} client connections`).toBe(r.clientConnections);
    expect(d.connections, `${what} connections`).toBe(r.connections);
    close(d.primaryWriteUtilization, r.primaryWriteUtilization, `${what} primary writes`);
  }
}

/**
 * Past this load (requests/s at any node in any month) a double's rounding in the two
 * engines' different summation orders can move a count across a whole unit, so counts,
 * statuses and findings are no longer defined to the unit; such plans (10,000× past the
 * app's absurd-magnitude warning) are held to equal loads only.
 */
const EXACT_COUNTS_BELOW_RPS = 1e13;

function sameProjection(p: Projection, plan: Parameters<typeof referenceProject>[0]): void {
  const ref = referenceProject(plan);
  const largestLoad = Math.max(0, ...ref.nodes.flatMap((n) => n.months.map((s) => Math.abs(s.load))), ...ref.nodes.map((n) => Math.abs(n.atEvent.load)));
  if (!(largestLoad < EXACT_COUNTS_BELOW_RPS)) {
    p.nodes.forEach((n, i) => n.series.loadRps.forEach((v, m) => close(v, ref.nodes[i]!.months[m]!.load, `${n.nodeId} series load ${m}`)));
    return;
  }
  expect(p.eventMonthIndex).toBe(ref.eventMonthIndex);
  expect(p.cycle !== null).toBe(ref.cycle !== null);
  p.nodes.forEach((n, i) => {
    const r = ref.nodes[i]!;
    expect(n.nodeId).toBe(r.nodeId);
    n.monthly.forEach((s, m) => sameSizing(s, r.months[m]!, `${n.nodeId} month ${m}`));
    n.series.loadRps.forEach((v, m) => close(v, r.months[m]!.load, `${n.nodeId} series load ${m}`));
    expect(n.series.required, `${n.nodeId} series required`).toEqual(r.months.map((s) => s.required));
    expect(n.series.status, `${n.nodeId} series status`).toEqual(r.months.map((s) => s.status));
    expect(n.series.planned, `${n.nodeId} planned`).toEqual(r.planned);
    n.series.monthlyCost.forEach((v, m) => close(v, r.months[m]!.monthlyCost, `${n.nodeId} series cost ${m}`));
    sameSizing(n.atEvent, r.atEvent, `${n.nodeId} at event`);
    if (n.atEvent.detail.kind === 'workerPool') {
      const drain = n.atEvent.detail.drainSeconds;
      if (drain === null || r.atEvent.drainSeconds === null) expect(drain).toBe(r.atEvent.drainSeconds);
      else close(drain, r.atEvent.drainSeconds, `${n.nodeId} drain`);
    }
    expect(n.firstShortMonth, `${n.nodeId} first short`).toBe(r.firstShortMonth);
    expect(n.addBy, `${n.nodeId} addBy`).toEqual(r.addBy);
    expect(n.eventStep, `${n.nodeId} eventStep`).toEqual(r.eventStep);
    close(n.todayMonthlyCost, r.todayMonthlyCost, `${n.nodeId} today cost`);
    close(n.eventExtraCost, r.eventExtraCost, `${n.nodeId} event extra cost`);
  });
  p.totals.monthlyCost.forEach((v, m) => close(v, ref.totals.monthlyCost[m]!, `total cost ${m}`));
  close(p.totals.todayMonthlyCost, ref.totals.todayMonthlyCost, 'today cost');
  close(p.totals.eventCost, ref.totals.eventCost, 'event cost');
  p.totals.entryRps.forEach((v, m) => close(v, ref.totals.entryRps[m]!, `entry ${m}`));
  close(p.totals.entryRpsAtEvent, ref.totals.entryRpsAtEvent, 'entry at event');
  expect(p.totals.toAddAtEvent).toEqual(ref.totals.toAddAtEvent);
  const keys = p.findings.map((f) => ({ id: f.id, severity: f.severity, rule: f.rule, nodeId: f.nodeId, ...(f.month !== undefined ? { month: f.month } : {}), ...(f.atEvent !== undefined ? { atEvent: f.atEvent } : {}) }));
  expect(keys).toEqual(ref.findings);
}

describe('the engine equals the naive reference engine', () => {
  it(`on ${RUNS} random valid plans (cycles, every kind, every headroom option, defaults left out)`, () => {
    fc.assert(fc.property(planArb(), (plan) => sameProjection(projectPlan(plan), plan)), { numRuns: RUNS });
  }, 120_000);
});
