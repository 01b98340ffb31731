import { PlanListPage } from './pages/plan-list-page';
import { expect, screenshot, test } from './fixtures';

test('the ticketing sample shows a Kubernetes workload and a serverless function on the canvas, in the inspector and in the Capacity view', async ({ app, page }, testInfo) => {
  await app.open(page);
  const plans = new PlanListPage(page);
  await plans.goto();
  await plans.create('Tour on-sale', 'ticketing-launch');
  await expect(page.getByText('ticketing-api').first()).toBeVisible();
  // A card shows its kind as the icon, named for screen readers.
  await expect(page.getByRole('img', { name: 'Kubernetes workload' }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: 'Serverless function' }).first()).toBeVisible();
  await screenshot(page, testInfo, 'kinds-ticketing-canvas');

  await page.getByText('checkout-confirmation').first().click();
  await expect(page.getByText('Account concurrency quota')).toBeVisible();
  await screenshot(page, testInfo, 'kinds-function-inspector');

  await page.getByTestId('view-switcher').getByText('Capacity').click();
  const table = page.getByTestId('capacity-table');
  await expect(table).toContainText('72 pods');
  await expect(table).toContainText('1,159 executions');
  const row = page.locator('[data-testid^="capacity-row-"]').filter({ hasText: 'ticketing-api' }).first();
  await row.click();
  await expect(page.getByTestId('explanations').first()).toContainText('Nodes in the node group');
  await screenshot(page, testInfo, 'kinds-ticketing-capacity');
});
