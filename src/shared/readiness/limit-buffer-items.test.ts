import { describe, expect, it } from 'vitest';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import { projectPlan } from '../engine';
import { parsePlanDocument } from '../model';
import { generateItems } from './build-checklist';

describe('a provider limit that does not hold the buffer', () => {
  it('gets the raise-limit item, asking for the need with the buffer (flash sale: 1,979 rps, 50% buffer → 2,968 of 2,000)', () => {
    const parsed = parsePlanDocument(flashSale);
    if (!parsed.ok) throw new Error('sample');
    const items = generateItems(parsed.plan, projectPlan(parsed.plan));
    const item = items.find((i) => i.id === 'node:payment-gateway:raise-limit');
    expect(item?.title).toBe('payment-gateway: ask the provider to raise the rate limit from 2,000 to at least 2,969 per second'); // the need is 2,968.1: at least the next whole number
    expect(item?.detail).toContain("1,979/s, 2,968/s with the plan's 50% buffer");
    expect(item?.covers).toEqual(['external-rate-limit:payment-gateway']);
    expect(items.some((i) => i.id === 'finding:external-rate-limit:payment-gateway')).toBe(false);
  });
});
