import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { ExportPage } from './pages/export-page';
import { PlanListPage } from './pages/plan-list-page';

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
});
