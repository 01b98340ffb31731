import { describe, expect, it } from 'vitest';
import eventPlatform from '../../../resources/samples/event-platform.headroom.json';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import ticketingLaunch from '../../../resources/samples/ticketing-launch.headroom.json';
import { parsePlanDocument } from '../model';
import { projectPlan } from './project';
import type { DatabaseDetail } from '../kinds/database/types';

const documents: Record<string, unknown> = {
  'global-conference': globalConference,
  'flash-sale': flashSale,
  'event-platform': eventPlatform,
  'ticketing-launch': ticketingLaunch,
};

// JSON imports keep src/shared free of node:fs, tests included.
function sample(name: string) {
  const parsed = parsePlanDocument(documents[name]);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return projectPlan(parsed.plan);
}

describe('sample: global conference (seed 000)', () => {
  const p = sample('global-conference');
  it('peaks at about 85,000 rps at the app tier in June 2027 (month 6)', () => {
    expect(p.eventMonthIndex).toBe(6);
    expect(Math.round(p.byId['platform-app']!.atEvent.loadRps)).toBe(85_138);
  });
  it('runs the app tier at 183 instances at the peak, inside its autoscaling max of 200', () => {
    expect(p.byId['platform-app']!.atEvent.required).toBe(183);
    expect(p.findings.some((f) => f.id === 'above-max:platform-app')).toBe(false);
  });
  it('needs 33 read replicas for ~95% reads at the peak: add 2 to the 31', () => {
    expect(p.byId['platform-db']!.atEvent.required).toBe(33);
    expect(p.findings.find((f) => f.id === 'short-at-event:platform-db')?.message).toBe('platform-db: 33 replicas needed at the event, 31 today: add 2 (31 → 33)');
  });
  it('keeps 18,000+ client connections behind the pooler within max_connections', () => {
    const d = p.byId['platform-db']!.atEvent.detail as DatabaseDetail;
    expect(d.clientConnections).toBe(183 * 100 + 78 * 2);
    expect(d.connections).toBe(3_000);
    expect(p.findings.some((f) => f.rule === 'db-connections')).toBe(false);
  });
  it('flags the asset bucket behind the CDN above its request rate', () => {
    expect(p.findings.find((f) => f.id === 'external-rate-limit:asset-bucket')?.severity).toBe('critical');
  });
});

describe('sample: flash sale (seed 002)', () => {
  const p = sample('flash-sale');
  it('reads "a 300% increase" as 4× normal', () => {
    expect(p.surgeMultiplier).toBe(4);
    expect(p.surgeLabel).toBe('a 300% increase (4× normal)');
  });
  it('checkout-svc needs 126 instances at the event, above its autoscaling max of 100', () => {
    expect(p.byId['checkout-svc']!.atEvent.required).toBe(126);
    expect(p.findings.find((f) => f.id === 'above-max:checkout-svc')?.message).toBe('checkout-svc needs 126 instances at the event; its autoscaling max is 100');
  });
  it('orders-db needs a pooler: 12,380 connections at peak vs max_connections 5,000', () => {
    expect(p.findings.find((f) => f.id === 'db-connections:orders-db')?.message).toBe('orders-db: 12,380 connections at peak vs max_connections 5,000: put a pooler in front');
  });
  it('is short of the payment provider\'s rate limit: 1,979 rps (99%) needs 2,969 with the 50% buffer, above 2,000', () => {
    const f = p.findings.find((x) => x.id === 'external-rate-limit:payment-gateway');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toBe('payment-gateway: 1,979 rps at the event, 2,968 with its 50% buffer, vs its rate limit of 2,000: short by 968 rps (148%)'); // the load is 1,978.7 before rounding
  });
});

describe('sample: event platform tiers (seed 003)', () => {
  const p = sample('event-platform');
  it('grows registration linearly and the other sources on the plan curve', () => {
    expect(p.byId.registration!.monthly[10]!.loadRps).toBeCloseTo(50 * 1.5, 9);
    expect(p.byId['check-in']!.monthly[12]!.loadRps).toBeCloseTo(25 * 1.01 ** 12, 9);
  });
  it('the Large tier (max 200) holds the event-api at 26 instances', () => {
    expect(p.byId['event-api']!.atEvent.required).toBe(26);
    expect(p.findings.some((f) => f.id === 'above-max:event-api')).toBe(false);
  });
  it('email workers need 66 at the event, above their max of 50', () => {
    expect(p.findings.find((f) => f.id === 'above-max:email-workers')?.message).toBe('email-workers needs 66 workers at the event; its max workers is 50');
  });
});

describe('sample: ticketing launch (Kubernetes API, serverless checkout)', () => {
  const p = sample('ticketing-launch');
  it('sizes the API in pods: 8,490 rps at 156 rps per pod (120 at 50% CPU, HPA target 65%) need 72, above the HPA max of 60', () => {
    const api = p.byId['ticketing-api']!;
    expect(Math.round(api.atEvent.loadRps)).toBe(8_490);
    expect(api.unit).toBe('pods');
    expect(api.atEvent.base).toBe(71); // ceil(8,489.7 × 1.3 / 156)
    expect(api.atEvent.required).toBe(72); // + N+1, a multiple of 3 zones
    expect(p.findings.find((f) => f.id === 'above-max:ticketing-api')?.message).toBe('ticketing-api needs 72 pods at the event; its HPA max is 60');
  });
  it('needs 12 nodes for 72 pods at 7 per node (CPU-bound: 7,600m allocatable / 1,000m), above the node group max of 9', () => {
    const d = p.byId['ticketing-api']!.atEvent.detail;
    if (d.kind !== 'kubernetesWorkload') throw new Error('not a workload');
    expect(d.podsPerNode).toBe(7);
    expect(d.nodesRequired).toBe(12);
    expect(p.findings.find((f) => f.id === 'node-group-max:ticketing-api')?.severity).toBe('critical');
  });
  it('needs 1,159 concurrent checkout confirmations (2,547 rps × 0.35 s × 1.3), above the account quota of 1,000', () => {
    const fn = p.byId['confirm-fn']!;
    expect(fn.atEvent.required).toBe(1_159);
    expect(fn.current).toBe(1_000);
    expect(p.findings.find((f) => f.id === 'short-at-event:confirm-fn')?.message).toBe('checkout-confirmation: 1,159 executions needed at the event, 1,000 today: add 159 (1,000 → 1,159)');
  });
  it('warns that concurrency cannot rise from 111 to 1,159 within the 10 s surge at 1,000 per 10 s: pre-provision 159', () => {
    const f = p.findings.find((x) => x.id === 'function-burst:confirm-fn');
    expect(f?.message).toBe('checkout-confirmation: concurrency must rise from 111 to 1,159 at the surge; at 1,000 every 10 s that takes 20 s, the surge arrives in 10 s');
    expect(f?.suggestion).toBe('Provision 159 concurrent executions before the start so the rest can be added in time.');
  });
});
