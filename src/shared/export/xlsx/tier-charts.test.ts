import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../engine';
import { makePlan } from '../testing/fixtures';
import { gridPixels } from './png';
import { MAX_TIER_CHARTS, planTierCharts, renderTierCharts, TIER_CHART_LAYOUT, tierChartGrid } from './tier-charts';
import { buildWorkbook } from './workbook';
import type { PlanInput } from '../../model';

const plan = makePlan();
const projection = projectPlan(plan);

function count(img: { width: number; px: Uint8Array }, r: { x0: number; y0: number; x1: number; y1: number }, colour: number): number {
  let n = 0;
  for (let y = r.y0; y < r.y1; y++) for (let x = r.x0; x < r.x1; x++) if (img.px[y * img.width + x] === colour) n++;
  return n;
}

describe('the Capacity sheet’s chart per tier', () => {
  it('has one panel per sized tier, in the table’s order', () => {
    const charts = planTierCharts(projection)!;
    expect(charts.tiers.map((t) => t.nodeId)).toEqual(projection.nodes.filter((n) => n.unit !== null).map((n) => n.nodeId));
    expect(charts.caption).toBe('Units per month, each tier');
  });

  it('draws in each panel today (blue) and the need (orange), the event month dashed and the event peak’s need as a red dot', () => {
    const charts = planTierCharts(projection)!;
    const { panels, options } = tierChartGrid(projection, charts);
    const img = gridPixels(panels, options);
    const { columns, panelWidth, panelHeight } = TIER_CHART_LAYOUT;
    charts.tiers.forEach((node, i) => {
      const x0 = (i % columns) * panelWidth;
      const y0 = 48 + Math.floor(i / columns) * panelHeight;
      const panel = { x0: x0 + 1, y0: y0 + 30, x1: x0 + panelWidth, y1: y0 + panelHeight - 28 };
      expect(count(img, panel, 2), `${node.name} today`).toBeGreaterThan(50);
      expect(count(img, panel, 3), `${node.name} required`).toBeGreaterThan(50);
      expect(count(img, panel, 4), `${node.name} event`).toBeGreaterThan(40);
    });
    const png = renderTierCharts(projection)!.png;
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });

  it('puts the picture on the Capacity sheet under the table, with what it shows', () => {
    const wb = buildWorkbook({ plan, projection, chartPng: new Uint8Array(0) });
    const sheet = wb.getWorksheet('Capacity')!;
    const images = sheet.getImages();
    expect(images).toHaveLength(1);
    const sized = projection.nodes.filter((n) => n.unit !== null).length;
    expect(images[0]!.range.tl.nativeRow).toBeGreaterThan(sized);
    const texts: string[] = [];
    sheet.eachRow((row) => void texts.push(String(row.getCell(1).value)));
    expect(texts).toContain('Required vs today, month by month');
    expect(texts.some((t) => t.includes('red dot: the need at the event peak'))).toBe(true);
  });

  it(`holds at most ${MAX_TIER_CHARTS} tiers and says how many were left out`, () => {
    const nodes: PlanInput['nodes'] = [{ id: 'web', kind: 'trafficSource', name: 'Web', params: { baselineRps: 1000 } }];
    const edges: PlanInput['edges'] = [];
    for (let i = 0; i < 30; i++) {
      nodes.push({ id: `s${i}`, kind: 'service', name: `svc ${i}`, params: {} });
      edges.push({ id: `e${i}`, source: 'web', target: `s${i}` });
    }
    const charts = planTierCharts(projectPlan(makePlan({ nodes, edges })))!;
    expect(charts.tiers).toHaveLength(MAX_TIER_CHARTS);
    expect(charts.caption).toBe(`Units per month, the first ${MAX_TIER_CHARTS} of 30 tiers, in the table's order`);
    expect(charts.height).toBe(48 + Math.ceil(MAX_TIER_CHARTS / TIER_CHART_LAYOUT.columns) * TIER_CHART_LAYOUT.panelHeight);
  });

  it('is absent for a plan with no sized tier', () => {
    const empty = makePlan({ nodes: [{ id: 'web', kind: 'trafficSource', name: 'Web', params: {} }], edges: [] });
    expect(planTierCharts(projectPlan(empty))).toBeNull();
    expect(buildWorkbook({ plan: empty, projection: projectPlan(empty), chartPng: new Uint8Array(0) }).getWorksheet('Capacity')!.getImages()).toEqual([]);
  });
});
