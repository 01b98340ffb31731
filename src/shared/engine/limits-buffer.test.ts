import { describe, expect, it } from 'vitest';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import { parsePlanDocument } from '../model';
import { projectPlan } from './project';
import { plan } from './test-support';

/**
 * A provider's limit (an external rate limit, a CDN's request limit, a queue's message
 * rate) is checked against the need with the plan's buffer, as every sized tier is: a
 * gateway at 1,979 of 2,000 with a 50 % buffer needs 2,969, which the limit does not hold.
 */

function gatewayPlan(buffer: number, overrideBuffer?: number) {
  return plan({
    name: 'Gateway',
    startMonth: '2027-01',
    horizonMonths: 3,
    event: { name: 'Sale', startDate: '2027-02-01', surge: { mode: 'multiplier', value: 1 } },
    headroom: { buffer },
    nodes: [
      { id: 'users', kind: 'trafficSource', name: 'users', params: { baselineRps: 1979 } },
      { id: 'pay', kind: 'external', name: 'payment-gateway', params: { rateLimitRps: 2000 }, ...(overrideBuffer === undefined ? {} : { headroom: { buffer: overrideBuffer } }) },
    ],
    edges: [{ id: 'e', source: 'users', target: 'pay' }],
  });
}

describe('external limits hold the buffer', () => {
  it('is short (critical) when 1,979 rps with a 50% buffer needs 2,969 of a 2,000 limit, saying by how much', () => {
    const p = projectPlan(gatewayPlan(0.5));
    const pay = p.byId.pay!;
    expect(pay.atEvent.status).toBe('short');
    const f = p.findings.find((x) => x.rule === 'external-rate-limit');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('2,969');
    expect(f?.message).toContain('50% buffer');
    expect(f?.message).toContain('short by 969 rps');
  });
  it('is tight (a warning) when the buffered need is inside the limit but above 90% of it', () => {
    const p = projectPlan(gatewayPlan(0));
    expect(p.byId.pay!.atEvent.status).toBe('tight');
    expect(p.findings.find((x) => x.rule === 'external-rate-limit')?.severity).toBe('warning');
  });
  it('takes a node\'s own buffer over the plan\'s', () => {
    const p = projectPlan(gatewayPlan(0.5, 0));
    expect(p.byId.pay!.atEvent.status).toBe('tight');
  });
  it('makes the flash-sale sample\'s payment gateway short, not tight', () => {
    const parsed = parsePlanDocument(flashSale);
    if (!parsed.ok) throw new Error('sample');
    const p = projectPlan(parsed.plan);
    expect(p.byId['payment-gateway']!.atEvent.status).toBe('short');
    expect(p.findings.find((x) => x.id.startsWith('external-rate-limit:payment-gateway'))?.severity).toBe('critical');
  });
});
