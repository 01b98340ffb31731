import { describe, expect, it } from 'vitest';
import { projectPlan } from '../engine/project';
import { plan } from '../engine/test-support';

/** 1,000 rps with no buffer through a CDN passing every request, a queue and an external API, each with the limit given. */
function limited(limits: { cdn: number; queue: number; external: number }) {
  return projectPlan(plan({
    name: 't', startMonth: '2026-12', horizonMonths: 2, event: { startDate: '2027-01-15' },
    headroom: { targetUtilization: 0.6, buffer: 0, nPlusK: 0, zones: 1, surviveZoneLoss: false },
    nodes: [
      { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 1_000 } },
      { id: 'edge', kind: 'cdn', name: 'edge', params: { hitRatio: 0, maxRps: limits.cdn } },
      { id: 'q', kind: 'queue', name: 'jobs', params: { maxMessagesPerSecond: limits.queue } },
      { id: 'pay', kind: 'external', name: 'payments', params: { rateLimitRps: limits.external } },
    ],
    edges: [{ id: 'a', source: 'u', target: 'edge' }, { id: 'b', source: 'edge', target: 'q' }, { id: 'c', source: 'q', target: 'pay' }],
  })).findings.filter((f) => f.nodeId !== 'u');
}

describe("a limit-only kind's finding", () => {
  it('names each kind its own limit and advice: a warning from 90 % of the limit, critical past it', () => {
    const found = limited({ cdn: 1_050, queue: 900, external: 1_000 }).map(({ id, severity, message, suggestion }) => ({ id, severity, message, suggestion }));
    expect(found).toEqual([
      { id: 'queue-limit:q', severity: 'critical', message: 'jobs: 1,000 rps at the event vs its message rate limit of 900: short by 100 rps (111%)', suggestion: 'Request a higher limit before the event.' },
      { id: 'cdn-limit:edge', severity: 'warning', message: 'edge: 1,000 rps at the event vs its request limit of 1,050 (95%)', suggestion: 'Request a higher limit before the event.' },
      { id: 'external-rate-limit:pay', severity: 'warning', message: 'payments: 1,000 rps at the event vs its rate limit of 1,000 (100%)', suggestion: 'Ask the provider for a higher limit before the event, or cache / batch the calls.' },
    ]);
  });

  it('raises nothing below 90 % of a limit, or with no known limit (0)', () => {
    expect(limited({ cdn: 1_200, queue: 0, external: 2_000 })).toEqual([]);
  });
});
