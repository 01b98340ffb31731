import { expect, screenshot, test } from './fixtures';

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
