import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { ExportPage } from './pages/export-page';
import { PlanListPage } from './pages/plan-list-page';
import { TrafficPage } from './pages/traffic-page';

test('a new plan says how to start, fields speak their units, and hand-off gaps are flagged where typed and in Export', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(page);
  const list = new PlanListPage(page);
  const editor = new EditorPage(page);
  await list.goto();
  await list.create('Launch');

  // An empty plan: told how to start, never "every tier has its headroom".
  await expect(page.getByTestId('findings-empty')).toContainText('add a traffic source');
  await expect(page.getByTestId('findings')).not.toContainText('every tier');
  await screenshot(page, testInfo, 'polish-new-plan');

  // The plan's growth refused in its own words and unit, the last valid value kept.
  await page.getByTestId('plan-settings').getByText('Growth and horizon').click();
  const growth = page.getByTestId('growth-rate');
  await growth.fill('-150');
  await expect(page.getByText('Growth per month must be at least −99 % a month.')).toBeVisible();
  await expect(page.getByText(/Too small|expected number/)).toHaveCount(0);

  await editor.addNode('trafficSource');
  await editor.addNode('service');
  await editor.setParam('service', 'measuredUtilization', '150');
  await expect(page.getByText('…at CPU must be at most 100 %.')).toBeVisible();
  await page.getByTestId('param-measuredUtilization').fill('40');
  await page.getByTestId('param-measuredUtilization').blur();

  // Today below the autoscaling min, and no instance type: said beside the fields.
  await page.getByTestId('param-currentInstances').fill('0');
  await page.getByTestId('param-currentInstances').blur();
  await expect(page.getByTestId('param-currentInstances-finding')).toContainText('below its autoscaling min of 2');
  await expect(page.getByTestId('param-instanceType-finding')).toContainText('instance_type = ""');
  await screenshot(page, testInfo, 'polish-inspector-messages');

  const exporter = new ExportPage(page);
  await exporter.open();
  const warnings = page.getByTestId('export-handoff-warnings');
  await expect(warnings).toContainText('has no instance type');
  await expect(warnings).toContainText('below its autoscaling min of 2');
  await screenshot(page, testInfo, 'polish-export-warnings');

  // A type the catalog does not know for the kind (an RDS class on a service): beside the field and in Export.
  await page.getByTestId('view-switcher').getByText('Topology', { exact: true }).click();
  await editor.setParam('service', 'instanceType', 'db.r6g.large');
  await expect(page.getByTestId('param-instanceType-finding')).toContainText('is an RDS instance class, not an EC2 instance type');
  await exporter.open();
  await expect(warnings).toContainText('"db.r6g.large" is an RDS instance class');
  await expect(warnings).not.toContainText('has no instance type');
});

test('nodes added one after another land on free space in view, never on another card or under the minimap', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(page);
  const list = new PlanListPage(page);
  const editor = new EditorPage(page);
  await list.goto();
  await list.create('Placement');
  for (const kind of ['trafficSource', 'loadBalancer', 'service', 'cache', 'database', 'queue']) await editor.addNode(kind);
  await editor.clickCanvas();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  // The view widens (200 ms, after the card is measured) when a node had to go outside it:
  // wait for the state, not for a time.
  const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  await expect(async () => {
    const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const minimap = await page.locator('.react-flow__minimap').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const canvas = await page.getByTestId('canvas').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    for (let i = 0; i < boxes.length; i++) {
      expect(hit(boxes[i]!, minimap), `node ${i} under the minimap`).toBe(false);
      expect(boxes[i]!.left >= canvas.left && boxes[i]!.right <= canvas.right && boxes[i]!.top >= canvas.top && boxes[i]!.bottom <= canvas.bottom, `node ${i} in view`).toBe(true);
      for (let j = i + 1; j < boxes.length; j++) expect(hit(boxes[i]!, boxes[j]!), `nodes ${i} and ${j} overlap`).toBe(false);
    }
  }).toPass({ timeout: 10_000 });
  await screenshot(page, testInfo, 'polish-canvas-new-nodes');
});

test('the each-tier chart of the sample plan: its legend names the red "short" bars', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(page);
  const traffic = new TrafficPage(page);
  await traffic.open();
  await traffic.expectChart('chart-event-bars');
  await page.getByTestId('chart-event-bars').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'polish-each-tier-chart');
});
