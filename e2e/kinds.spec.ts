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

test('a Kubernetes workload’s HPA findings are said beside its Pods today and HPA min fields', async ({ app, page }, testInfo) => {
  await app.open(page);
  const plans = new PlanListPage(page);
  await plans.goto();
  await plans.create('Tour on-sale', 'ticketing-launch');
  await page.getByTestId('node-ticketing-api').click();
  await expect(page.getByTestId('inspector-title')).toHaveText('Node');
  await screenshot(page, testInfo, 'kinds-kubernetes-inspector');

  // 12 pods today: an HPA min of 20 would start 8 more at once.
  const min = page.getByTestId('param-hpaMinReplicas');
  await min.fill('20');
  await min.press('Enter');
  await expect(page.getByTestId('param-currentPods-finding')).toHaveText(/runs 12 pods today, below its HPA min of 20/);
  await expect(page.getByTestId('param-hpaMinReplicas-finding')).toHaveCount(0);

  // Above the HPA max of 60: Terraform's validation would refuse the stage files.
  await min.fill('70');
  await min.press('Enter');
  await expect(page.getByTestId('param-hpaMinReplicas-finding')).toHaveText(/has an HPA min of 70 above its max of 60/);
  await page.getByTestId('param-hpaMinReplicas-finding').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'kinds-kubernetes-hpa-findings');
});

test('a connection into the database offers reads, writes or mixed; one into the cache does not', async ({ app, page }) => {
  await app.open(page);
  const plans = new PlanListPage(page);
  await plans.goto();
  await plans.create('Tour on-sale', 'ticketing-launch');
  await page.locator('.hr-edge-label', { hasText: '×2 · 5,094 rps' }).click();
  await expect(page.getByTestId('inspector-title')).toHaveText('Connection');
  await expect(page.getByText('These calls are')).toBeVisible();
  await expect(page.getByText('Mixed (read ratio)')).toBeVisible();
  await page.locator('.hr-edge-label', { hasText: '×2 · 16,979 rps' }).click();
  await expect(page.getByTestId('inspector-calls')).toBeVisible();
  await expect(page.getByText('These calls are')).toHaveCount(0);
});
