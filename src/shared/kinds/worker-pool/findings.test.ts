import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../engine/project';
import { plan } from '../../engine/test-support';

/** 300 msg/s through a queue holding `backlog` at the start into workers taking 0.2 s a message (100 needed at 60 %). */
function pool(backlog: number, targetUtilization = 0.6) {
  return projectPlan(plan({
    name: 't', startMonth: '2026-12', horizonMonths: 2, event: { startDate: '2027-01-15' },
    headroom: { targetUtilization, buffer: 0, nPlusK: 0, zones: 1, surviveZoneLoss: false },
    nodes: [
      { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 300 } },
      { id: 'q', kind: 'queue', name: 'emails', params: { initialBacklog: backlog } },
      { id: 'w', kind: 'workerPool', name: 'mailers', params: { secondsPerMessage: 0.2, minWorkers: 1, maxWorkers: 500, currentWorkers: 50 } },
    ],
    edges: [{ id: 'a', source: 'u', target: 'q' }, { id: 'b', source: 'q', target: 'w' }],
  })).findings.filter((f) => f.rule === 'worker-drain');
}

describe("a worker pool's backlog at the event", () => {
  it('raises nothing without a backlog, or with one that drains within the hour (360,000 messages at 200 net msg/s: 30 min)', () => {
    expect(pool(0)).toEqual([]);
    expect(pool(360_000)).toEqual([]);
  });

  it('warns of one that takes longer than an hour (1,440,000 messages: 2 h)', () => {
    const [f, ...rest] = pool(1_440_000);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      id: 'worker-drain:w', severity: 'warning', nodeId: 'w', atEvent: true,
      message: 'mailers: a backlog of 1,440,000 messages takes 2 h to drain with 100 workers at the event',
      suggestion: 'Drain the backlog before the event, or run more workers while it lasts.',
    });
  });

  it('is critical when the workers at the event barely keep up, so the backlog never drains (at a 100 % target 60 workers: 300 msg/s in, 300 out)', () => {
    const [f] = pool(1_000, 1);
    expect(f).toMatchObject({ severity: 'critical', message: 'mailers: a backlog of 1,000 messages never drains at the event: 60 workers barely keep up with 300 msg/s' });
  });
});
