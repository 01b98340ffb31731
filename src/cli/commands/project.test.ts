import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { capturedIo } from '../captured-io.test-helper';

function io(files: Record<string, string> = {}) {
  return capturedIo({ files, diskPrefixes: ['resources/'] });
}

describe('headroom project', () => {
  it('prints a table with the event need and the findings', async () => {
    const t = io();
    expect(await main(['project', 'resources/samples/flash-sale.headroom.json'], t.cliIo)).toBe(0);
    expect(t.out()).toMatch(/checkout-svc\s+service\s+instances\s+30/);
    expect(t.out()).toContain('[critical] checkout-svc needs 126 instances at the event; its autoscaling max is 100');
  });

  it('prints JSON with one month when asked for --month', async () => {
    const t = io();
    expect(await main(['project', 'resources/samples/flash-sale.headroom.json', '--json', '--month', '0'], t.cliIo)).toBe(0);
    const json = JSON.parse(t.out()) as { monthLabel: string; nodes: { nodeId: string; month?: { required: number; explanation: unknown[] }; atEvent: { required: number } }[] };
    expect(json.monthLabel).toBe('2026-12');
    const checkout = json.nodes.find((n) => n.nodeId === 'checkout-svc')!;
    expect(checkout.atEvent.required).toBe(126);
    expect(checkout.month?.explanation.length).toBeGreaterThan(0);
  });

  it('prints today\'s cost, the plan\'s cost and the event\'s extra cost, and what to add per unit, never one sum of units', async () => {
    const t = io();
    expect(await main(['project', 'resources/samples/global-conference.headroom.json'], t.cliIo)).toBe(0);
    // global-conference: 74.80 USD/h of fleet today × 730 h.
    expect(t.out()).toContain('Cost today: 54,602 USD/month');
    expect(t.out()).toMatch(/^Headroom policy: target [\d.]+% \(services, workers\)/m);
    expect(t.out()).toMatch(/The plan's cost: [\d,]+ USD\/month in 2028-12/);
    expect(t.out()).toMatch(/The event's extra cost: [\d,]+ USD/);
    expect(t.out()).toMatch(/To add before the event: (\d[\d,]* (units?|instances?|workers?|replicas?|nodes?)(, )?)+\n/);
  });

  it('prints the cost range and, for a tier bought with discounts, the event\'s extra cost as bought; JSON carries the same summary', async () => {
    const sample = JSON.parse(readFileSync('resources/samples/global-conference.headroom.json', 'utf8')) as { nodes: { id: string; params: Record<string, unknown> }[] };
    sample.nodes.find((n) => n.id === 'platform-app')!.params.pricing = { spot: { share: 0.5, discount: 0.6 } };
    const t = io({ 'priced.json': JSON.stringify(sample) });
    expect(await main(['project', 'priced.json'], t.cliIo)).toBe(0);
    expect(t.out()).toMatch(/^Monthly at min \/ desired \/ max: normal [\d,]+ \/ [\d,]+ \/ [\d,]+ USD · at the event \(T-1 day\) [\d,]+ \/ [\d,]+ \/ [\d,]+ USD$/m);
    expect(t.out()).toMatch(/^The event's extra cost as bought \(reserved, savings plan, spot\): [\d,]+ USD \([\d,]+ on demand\)$/m);
    const j = io({ 'priced.json': JSON.stringify(sample) });
    expect(await main(['project', 'priced.json', '--json', '--at-event'], j.cliIo)).toBe(0);
    const json = JSON.parse(j.out()) as { costs: { eventExtra: number; eventExtraOnDemand: number; tiers: { nodeId: string; pricingLabel: string }[] } };
    expect(json.costs.tiers.find((x) => x.nodeId === 'platform-app')?.pricingLabel).toBe('50% spot at −60%');
    expect(json.costs.eventExtra).toBeLessThan(json.costs.eventExtraOnDemand);
  });

  it('writes JSON without float dust (5406.000000000005 is 5406)', async () => {
    const t = io();
    expect(await main(['project', 'resources/samples/global-conference.headroom.json', '--json', '--at-event'], t.cliIo)).toBe(0);
    expect(t.out()).not.toMatch(/\d\.\d*0000000\d|\d\.\d*9999999\d/);
  });

  it('exits 2 with path: message lines on an invalid plan', async () => {
    const t = io({ 'bad.json': JSON.stringify({ schemaVersion: 1, name: 'x', startMonth: '2026-13', event: { startDate: '2027-01-01' }, nodes: [], edges: [] }) });
    expect(await main(['project', 'bad.json'], t.cliIo)).toBe(2);
    expect(t.err()).toContain('startMonth: expected a month as YYYY-MM');
  });

  it('exits 2 and asks for an update on a plan from a newer version', async () => {
    const t = io({ 'new.json': JSON.stringify({ schemaVersion: 99 }) });
    expect(await main(['project', 'new.json'], t.cliIo)).toBe(2);
    expect(t.err()).toContain('newer Headroom');
  });

  it('exits 1 on an unreadable file', async () => {
    const t = io();
    expect(await main(['project', 'missing.json'], t.cliIo)).toBe(1);
    expect(t.err()).toContain('cannot read missing.json');
  });
});
