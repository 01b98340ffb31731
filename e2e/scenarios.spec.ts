import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { PlanListPage } from './pages/plan-list-page';
import { ScenariosPage } from './pages/scenarios-page';

test('a scenario is created from the active one, overrides a node, follows the switcher and compares side by side', async ({ app, page }, testInfo) => {
  await app.open(page);
  const list = new PlanListPage(page);
  await list.goto();
  await list.create('Sale scenarios', 'flash-sale');
  const scenarios = new ScenariosPage(page);
  const editor = new EditorPage(page);
  await expect(scenarios.select()).toHaveValue('Base');

  // A copy of the stress case, with checkout allowed to grow further.
  await scenarios.switchTo('Stress (+400%, lose a zone)');
  await scenarios.create('Stress, bigger checkout');
  await editor.setParam('checkout-svc', 'maxInstances', '500');
  await expect(page.getByTestId('param-maxInstances-override')).toContainText('Overridden in Stress, bigger checkout');
  await expect(page.getByTestId('param-maxInstances-override')).toContainText('base: 100');
  // The copy keeps the stress case's own override of checkout's throughput.
  await expect(page.getByTestId('param-measuredRps-override')).toContainText('base: 200');
  await screenshot(page, testInfo, 'inspector-scenario-overrides');
  // Reset goes back to the base value; typing it again overrides again.
  await page.getByTestId('param-maxInstances-override-reset').click();
  await expect(page.getByTestId('param-maxInstances')).toHaveValue('100');
  await expect(page.getByTestId('param-maxInstances-override')).toHaveCount(0);
  await editor.setParam('checkout-svc', 'maxInstances', '500');
  await expect(page.getByTestId('param-maxInstances-override')).toBeVisible();

  // The base still has its own max: switching back shows it, unmarked.
  await scenarios.switchTo('Base');
  await editor.node('checkout-svc').click();
  await expect(page.getByTestId('param-maxInstances')).toHaveValue('100');
  await expect(page.getByTestId('param-maxInstances-override')).toHaveCount(0);
  await scenarios.switchTo('Stress, bigger checkout');
  await editor.node('checkout-svc').click();
  await expect(page.getByTestId('param-maxInstances')).toHaveValue('500');

  // The Capacity view follows the active scenario and names it.
  await page.getByTestId('view-switcher').getByText('Capacity', { exact: true }).click();
  await expect(page.getByTestId('capacity-scenario')).toHaveText('Scenario: Stress, bigger checkout');

  // Export writes the active scenario and says so.
  await page.getByTestId('view-switcher').getByText('Export', { exact: true }).click();
  await expect(page.getByTestId('export-scenario')).toHaveText('Scenario: Stress, bigger checkout');
  await expect(page.locator('.hcl-comment').filter({ hasText: 'Scenario "Stress, bigger checkout"' }).first()).toBeVisible();

  await scenarios.openCompare();
  await expect(page.getByTestId('compare-table').locator('thead th')).toHaveCount(2 + 5);
  const base = scenarios.eventCell('checkout-svc', 'Base');
  await expect(base).toHaveText('126');
  const stress = scenarios.eventCell('checkout-svc', 'Stress (+400%, lose a zone)');
  await expect(stress).toHaveAttribute('data-differs', 'true');
  await expect(page.getByTestId('least-regret-checkout-svc')).toContainText('Stress (+400%, lose a zone)');
  // The why of a number names the overrides it used.
  await stress.locator('span').hover();
  await expect(page.getByRole('tooltip')).toContainText('checkout-svc measuredRps: 180 (base: 200)');
  await expect(page.getByTestId('compare-need-chart-canvas').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('compare-cost-chart-canvas').locator('canvas')).toBeVisible();
  await page.mouse.move(0, 0);
  await screenshot(page, testInfo, 'compare-view');
  await page.getByTestId('least-regret').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'compare-charts-and-least-regret');

  // Horizons are the user's: month 3 appears as a row of every tier.
  await page.getByTestId('compare-horizons').fill('3, 12');
  await expect(page.getByTestId('compare-table')).toContainText('Month 3 (2027-03)');

  // Renaming keeps the scenario active under its new name.
  await scenarios.rename('Stress, checkout 500');
  await expect(scenarios.select()).toHaveValue('Stress, checkout 500');
});

test('the Traffic view says which growth the active scenario projects with, beside the plan’s own', async ({ app, page }, testInfo) => {
  await app.open(page);
  const list = new PlanListPage(page);
  await list.goto();
  await list.create('Sale growth', 'flash-sale');
  const scenarios = new ScenariosPage(page);
  await page.getByTestId('view-switcher').getByText('Traffic').click();
  const note = page.getByTestId('traffic-plan-growth');
  await expect(note).toHaveText('The plan grows 1.5 %/month (plan settings).');
  await scenarios.switchTo('Growth stalls');
  await expect(note).toHaveText('The plan grows 1.5 %/month (plan settings); the scenario “Growth stalls”, which every chart shows, grows 0 %/month.');
  await screenshot(page, testInfo, 'traffic-scenario-growth');
});

test('undo brings back a deleted scenario with its overrides, and takes back a created one; redo does both again', async ({ app, page }, testInfo) => {
  await app.open(page);
  const list = new PlanListPage(page);
  await list.goto();
  await list.create('Sale undo', 'flash-sale');
  const scenarios = new ScenariosPage(page);
  const editor = new EditorPage(page);
  const before = await scenarios.names();
  expect(before).toContain('Base');

  await scenarios.create('Bigger checkout');
  await editor.setParam('checkout-svc', 'maxInstances', '500');
  await expect(page.getByTestId('param-maxInstances-override')).toBeVisible();

  // Delete it, confirmed: the switcher falls back to another scenario.
  await page.getByTestId('scenario-delete').click();
  await page.getByTestId('confirm').click();
  await expect(scenarios.select()).not.toHaveValue('Bigger checkout');

  // Undo: it is back, active, with its override.
  await page.getByTestId('undo').click();
  await expect(scenarios.select()).toHaveValue('Bigger checkout');
  await editor.node('checkout-svc').click();
  await expect(page.getByTestId('param-maxInstances')).toHaveValue('500');
  await expect(page.getByTestId('param-maxInstances-override')).toContainText('base: 100');
  await screenshot(page, testInfo, 'scenario-delete-undone');

  // Undo the override, then the creation: the scenario is gone and the list is as it was.
  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await expect(scenarios.select()).toHaveValue('Base');
  expect(await scenarios.names()).toEqual(before);

  // Redo all three: created, overridden, deleted again.
  await page.getByTestId('redo').click();
  await expect(scenarios.select()).toHaveValue('Bigger checkout');
  await page.getByTestId('redo').click();
  await page.getByTestId('redo').click();
  await expect(scenarios.select()).not.toHaveValue('Bigger checkout');
  await expect(page.getByTestId('redo')).toBeDisabled();
});
