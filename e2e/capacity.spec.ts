import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { PlanViewsPage } from './pages/plan-views-page';

test('the capacity table shows every node’s need, when it falls short and why', async ({ app, page }, testInfo) => {
  await app.open(page);
  await page.getByTestId('view-switcher').getByText('Capacity').click();
  const table = page.getByTestId('capacity-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const row = page.locator('[data-testid^="capacity-row-"]').filter({ hasText: 'instances' }).first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByTestId('explanations').first()).toBeVisible();
  await screenshot(page, testInfo, 'capacity-at-event');
  const atEvent = await row.locator('td').nth(2).innerText();
  await page.getByTestId('capacity-when').click();
  await page.getByRole('option', { name: /month 0\)/ }).click();
  await expect(row.locator('td').nth(2)).not.toHaveText(atEvent);
});

test('the capacity view gives today’s cost, the plan’s, the event’s extra, additions per unit, and every step of what to add when', async ({ app, page }, testInfo) => {
  await app.open(page);
  await page.getByTestId('view-switcher').getByText('Capacity').click();
  await expect(page.getByTestId('capacity-costs')).toContainText(/Today [\d,]+ \w+\/month · the plan [\d,]+ \w+\/month in \d{4}-\d{2} · event extra [\d,]+/);
  await expect(page.getByTestId('capacity-cost-range').first()).toHaveText(/^Monthly at min \/ desired \/ max: normal [\d,]+ \/ [\d,]+ \/ [\d,]+ \w+ · at the event \(T-1 day\) [\d,]+ \/ [\d,]+ \/ [\d,]+ \w+$/);
  await expect(page.getByTestId('capacity-to-add')).not.toContainText(/\d+ units, \d+ units/);
  await expect(page.getByTestId('capacity-policy')).toContainText(/^Headroom policy: target \d+% \(services, workers\)/);
  const toggle = page.locator('[data-testid^="add-when-toggle-"]').first();
  await expect(toggle).toHaveText(/show all \d+/);
  const total = Number((await toggle.innerText()).replace(/\D/g, ''));
  const cell = toggle.locator('xpath=..');
  await toggle.click();
  await expect(toggle).toHaveText('show fewer');
  const steps = (await cell.innerText()).replace(/\s*show fewer\s*$/, '').split('; ');
  expect(steps).toHaveLength(total);
  await screenshot(page, testInfo, 'capacity-costs-and-all-steps');
});

test('the capacity table opens on the node selected on the canvas, and a row clicked there is the canvas selection', async ({ app, page }, testInfo) => {
  await app.open(page);
  const editor = new EditorPage(page);
  const views = new PlanViewsPage(page);
  await editor.selectNode('platform-app');
  await views.switchTo('Capacity');
  const selectedRow = page.getByTestId('capacity-row-platform-app');
  await expect(selectedRow).toHaveAttribute('aria-selected', 'true');
  await expect(selectedRow).toBeInViewport();
  // Its calculation is open: the user came to see that node's numbers.
  await expect(page.getByTestId('capacity-explanation-platform-app')).toBeVisible();
  await expect(page.locator('[data-testid^="capacity-row-"][aria-selected="true"]')).toHaveCount(1);
  await screenshot(page, testInfo, 'capacity-selected-node');

  const other = page.locator('[data-testid^="capacity-row-"]').filter({ hasText: 'replicas' }).first();
  const otherName = (await other.getAttribute('data-testid'))!.replace('capacity-row-', '');
  await other.click();
  await expect(other).toHaveAttribute('aria-selected', 'true');
  await expect(selectedRow).toHaveAttribute('aria-selected', 'false');
  await views.switchTo('Topology');
  await expect(page.getByTestId('inspector-name')).toHaveValue(otherName);
});
