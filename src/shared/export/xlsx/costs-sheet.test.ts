import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { costSummary, projectPlan } from '../../engine';
import { parsePlanText } from '../../model';
import { buildWorkbook } from './workbook';

const parsed = parsePlanText(readFileSync(new URL('../../../../resources/samples/global-conference.headroom.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('sample does not parse');
const plan = parsed.plan;
const app = plan.nodes.find((n) => n.id === 'platform-app');
if (app?.kind !== 'service') throw new Error('app');
app.params.pricing = { commitment: { kind: 'savingsPlan', share: 0.6, discount: 0.3 }, spot: { share: 0.4, discount: 0.65 } };
const projection = projectPlan(plan);

describe('the XLSX Costs sheet', () => {
  const wb = buildWorkbook({ plan, projection, chartPng: new Uint8Array(0), now: new Date('2027-03-08T17:00:00Z') });
  const ws = wb.getWorksheet('Costs')!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const header = rows[0] as string[];
  const costs = costSummary(plan, projection);

  it('holds each priced tier\'s min / desired / max, normal and at the event, and the event extra, as the cost summary has them', () => {
    expect(rows).toHaveLength(costs.tiers.length + 2);
    costs.tiers.forEach((t, k) => {
      const row = rows[k + 1]!;
      const at = (name: string) => row[header.indexOf(name)];
      expect(at('Tier')).toBe(t.name);
      expect(at('Pricing')).toBe(t.pricingLabel);
      expect(at('Normal desired')).toBe(t.baseline.counts.desired);
      expect(at('Normal at min (USD/month)')).toBe(t.baseline.monthly.min);
      expect(at('Normal at max (USD/month)')).toBe(t.baseline.monthly.max);
      expect(at('Event desired')).toBe(t.event.counts.desired);
      expect(at('Event at desired (USD/month)')).toBe(t.event.monthly.desired);
      expect(at('Event extra as bought (USD)')).toBe(t.eventExtra);
    });
    const total = rows.at(-1)!;
    expect(total[header.indexOf('Event extra as bought (USD)')]).toBe(costs.eventExtra);
    expect(total[header.indexOf('Normal at desired (USD/month)')]).toBe(costs.baseline.desired);
    expect(rows.find((r) => r[0] === 'platform-app')?.[2]).toBe('60% savings plan at −30%, 40% of the rest spot at −65%');
  });
  it('puts the totals on the Summary beside the on-demand event cost', () => {
    const summary = wb.getWorksheet('Summary')!;
    const labels = summary.getColumn(1).values as unknown[];
    const asBought = labels.findIndex((v) => typeof v === 'string' && v.startsWith("Event's extra cost as bought"));
    expect(summary.getRow(asBought).getCell(2).value).toBe(costs.eventExtra);
    expect(costs.eventExtra).toBeLessThan(costs.eventExtraOnDemand);
  });
});
