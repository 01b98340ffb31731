import { describe, expect, it } from 'vitest';
import { projectPlan } from './project';
import { plan, workedReferencePlan } from './test-support';
import type { ServiceDetail } from '../kinds/service/types';

function api() {
  const projection = projectPlan(workedReferencePlan());
  const node = projection.byId.api!;
  return { projection, node };
}

describe('worked reference (capacity-model.md, seed 004)', () => {
  it('capacity per instance at target is 750 rps (500 rps at 40% CPU, target 60%)', () => {
    const { node } = api();
    expect((node.monthly[0]!.detail as ServiceDetail).capacityPerInstance).toBe(750);
  });

  it("today's fleet of 20 holds 15,000 rps; month 0's 10,000 rps need ceil(10,000 / 750) = 14", () => {
    const { node } = api();
    expect((node.monthly[0]!.detail as ServiceDetail).capacityPerInstance * node.current).toBe(15_000);
    expect(node.monthly[0]!.loadRps).toBe(10_000);
    expect(node.monthly[0]!.required).toBe(14);
    expect(node.monthly[0]!.utilization).toBeCloseTo(0.4, 10);
  });

  it('700 rps × (1 + 10 %) on 10 rps instances needs exactly 77, not 78 (77.00000000000001 is float dust)', () => {
    const dusty = plan({
      name: 'dust',
      startMonth: '2026-12',
      horizonMonths: 1,
      event: { startDate: '2027-01-10' },
      headroom: { targetUtilization: 0.5, buffer: 0.1, nPlusK: 0, zones: 1, surviveZoneLoss: false },
      nodes: [
        { id: 'users', kind: 'trafficSource', name: 'users', params: { baselineRps: 700 } },
        { id: 'api', kind: 'service', name: 'api', params: { measuredRps: 10, measuredUtilization: 0.5, minInstances: 0 } },
      ],
      edges: [{ id: 'e1', source: 'users', target: 'api' }],
    });
    expect(700 * 1.1 / 10).toBeGreaterThan(77);
    expect(projectPlan(dusty).byId.api!.monthly[0]!.required).toBe(77);
  });

  it('month 6 carries 17,716 rps and month 12 31,384 rps (both printed in the seed)', () => {
    const { node } = api();
    expect(Math.round(node.monthly[6]!.loadRps)).toBe(17_716);
    expect(Math.round(node.monthly[12]!.loadRps)).toBe(31_384);
  });

  it("today's fleet first falls short in month 5 (16,105 rps > 15,000)", () => {
    const { node } = api();
    expect(Math.round(node.monthly[5]!.loadRps)).toBe(16_105);
    expect(node.monthly[4]!.status).not.toBe('short');
    expect(node.firstShortMonth).toBe(5);
  });

  it('month 12 needs ceil(31,384 / 750) = 42 instances, as the seed says', () => {
    expect(api().node.monthly[12]!.required).toBe(42);
  });

  it("follows the formula, not the seed's printed table: month 5 needs 22 (seed: 25) and month 8 needs 29 (seed: 32), because ceil(16,105/750) = 22 and ceil(21,436/750) = 29; the seed's 25/32 are those plus 3 unexplained spares that its own month-12 figure (42) does not carry", () => {
    const { node } = api();
    expect(node.monthly[5]!.required).toBe(22);
    expect(node.monthly[8]!.required).toBe(29);
    expect(Math.round(node.monthly[8]!.loadRps)).toBe(21_436);
  });

  it('an event at 3× normal in month 12 peaks at 94,153 rps and needs 126 instances', () => {
    const { projection, node } = api();
    expect(projection.eventMonthIndex).toBe(12);
    expect(Math.round(node.atEvent.loadRps)).toBe(94_153);
    expect(node.atEvent.required).toBe(126);
  });

  it('reports the event need above the autoscaling max as a critical finding, never clamped', () => {
    const { projection, node } = api();
    expect(node.atEvent.required).toBe(126);
    const finding = projection.findings.find((f) => f.id === 'above-max:api');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toBe('api-svc needs 126 instances at the event; its autoscaling max is 100');
  });

  it('lists what to add when: +2 in month 5 (20 → 22), then each month the need rises', () => {
    const { node } = api();
    expect(node.addBy[0]).toEqual({ month: 5, add: 2, from: 20, to: 22 });
    expect(node.addBy.find((s) => s.month === 12)?.to).toBe(42);
    // The plan has added up to 42 by month 12 (today 20 + the monthly steps): the pre-scale starts there.
    expect(node.eventStep).toEqual({ month: 12, normalNeed: 42, from: 42, to: 126, add: 84 });
  });

  it('explains the event need: load, capacity, formula and value', () => {
    const { node } = api();
    const steps = node.atEvent.explanation;
    const instances = steps.find((s) => s.label === 'Instances for the load');
    expect(instances?.formula).toBe('ceil(load × (1 + buffer) / capacity)');
    expect(instances?.value).toBe(126);
    expect(instances?.inputs.find((x) => x.name === 'capacity')?.value).toBe(750);
    expect(steps.find((s) => s.label === 'Capacity per instance at target')?.value).toBe(750);
  });
});

describe('service redundancy and bounds', () => {
  function single(headroom: Record<string, unknown>, params: Record<string, unknown> = {}) {
    return projectPlan(plan({
      name: 't', startMonth: '2026-12', horizonMonths: 1,
      event: { startDate: '2027-01-10' },
      headroom,
      nodes: [
        { id: 's', kind: 'trafficSource', name: 'src', params: { baselineRps: 7_500 } },
        { id: 'a', kind: 'service', name: 'a', params: { measuredRps: 750, measuredUtilization: 0.6, currentInstances: 1, minInstances: 1, maxInstances: 1000, ...params } },
      ],
      edges: [{ id: 'e', source: 's', target: 'a' }],
    })).byId.a!.monthly[0]!;
  }

  it('adds the buffer before dividing: 7,500 rps × 1.5 / 750 = 15', () => {
    expect(single({ buffer: 0.5, nPlusK: 0 }).required).toBe(15);
  });

  it('adds k spares for N+k', () => {
    expect(single({ buffer: 0, nPlusK: 2 }).required).toBe(12);
  });

  it('rounds up to a multiple of the zones', () => {
    expect(single({ buffer: 0, nPlusK: 1, zones: 3 }).required).toBe(12);
  });

  it('survives a zone loss with ceil(n × z / (z − 1)) before spares and rounding: 10 over 3 zones → 15', () => {
    expect(single({ buffer: 0, nPlusK: 0, zones: 3, surviveZoneLoss: true }).required).toBe(15);
  });

  it('never goes below the autoscaling minimum, and keeps the raw need apart', () => {
    const s = single({ buffer: 0, nPlusK: 0 }, { minInstances: 40 });
    expect(s.required).toBe(40);
    expect(s.requiredUnclamped).toBe(10);
  });
});
