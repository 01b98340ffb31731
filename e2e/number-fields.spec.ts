import type { HeadroomApp } from './fixtures';
import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { PlanViewsPage } from './pages/plan-views-page';

async function storedPlan(app: HeadroomApp) {
  const [summary] = await app.services.api.plans.list(undefined);
  return (await app.services.api.plans.get({ id: summary!.id })).plan;
}

test('1e12 typed as peak load is a trillion req/s with a warning beside the field; text that is not a number is refused there and the plan keeps its value', async ({ app, page }, testInfo) => {
  await app.open(page);
  const editor = new EditorPage(page);
  await editor.selectNode('attendees');
  const field = page.getByTestId('param-baselineRps');

  await field.fill('1e12');
  await expect(field).toHaveValue('1e12');
  await expect(page.getByTestId('param-baselineRps-warning')).toHaveText(/1,000,000,000,000 req\/s is more than 1,000,000,000 req\/s/);
  await editor.waitSaved();
  expect((await storedPlan(app)).nodes.find((n) => n.id === 'attendees')?.params).toMatchObject({ baselineRps: 1e12 });
  await screenshot(page, testInfo, 'number-field-1e12-warning');
  await field.blur();
  await expect(field).toHaveValue('1,000,000,000,000');

  await field.fill('12abc');
  await expect(page.getByText('“12abc” is not a number.')).toBeVisible();
  await expect(field).toHaveAttribute('data-invalid', 'true');
  await screenshot(page, testInfo, 'number-field-refused');
  await field.fill('85000');
  await expect(page.getByTestId('param-baselineRps-warning')).toHaveCount(0);
  await editor.waitSaved();
  expect((await storedPlan(app)).nodes.find((n) => n.id === 'attendees')?.params).toMatchObject({ baselineRps: 85_000 });

  // A whole-number field reads an exponent too, and refuses a fraction with a message.
  await editor.selectNode('platform-app');
  const instances = page.getByTestId('param-currentInstances');
  await instances.fill('4e1');
  await editor.waitSaved();
  expect((await storedPlan(app)).nodes.find((n) => n.id === 'platform-app')?.params).toMatchObject({ currentInstances: 40 });
  await instances.fill('2.5');
  await expect(page.getByText(/Enter a whole number/)).toBeVisible();
});

test('a connection’s calls per request: an exponent is read, a value past the limit is refused with its message, not clamped', async ({ app, page }) => {
  await app.open(page);
  const editor = new EditorPage(page);
  await editor.selectFirstEdge();
  const calls = page.getByTestId('inspector-calls');
  await calls.fill('2e1');
  await editor.waitSaved();
  const edgeId = (await storedPlan(app)).edges.find((e) => e.callsPerRequest === 20)?.id;
  expect(edgeId).toBeDefined();
  await calls.fill('2e4');
  await expect(page.getByTestId('inspector')).toContainText(/10000|10,000/);
  await expect(calls).toHaveAttribute('data-invalid', 'true');
  await editor.waitSaved();
  expect((await storedPlan(app)).edges.find((e) => e.id === edgeId)?.callsPerRequest).toBe(20);
});

test('the plan’s surge warns at an absurd multiplier and reads scientific notation', async ({ app, page }) => {
  await app.open(page);
  const editor = new EditorPage(page);
  await editor.clickCanvas();
  const surge = page.getByTestId('event-surge');
  await surge.fill('1e4');
  await expect(page.getByTestId('event-surge-warning')).toContainText('10,000');
  await expect(page.getByTestId('surge-both-forms')).toContainText('10,000');
});

test('a traffic source’s typed growth reads 1e1 as 10 %/month and refuses a rate past the plan’s bound where it was typed', async ({ app, page }, testInfo) => {
  await app.open(page);
  const editor = new EditorPage(page);
  const views = new PlanViewsPage(page);
  await views.switchTo('Traffic');
  await page.getByTestId('traffic-growth-method').click();
  await page.getByRole('option', { name: 'Typed, compound' }).click();
  const rate = page.getByTestId('traffic-typed-rate');
  await rate.fill('1e1');
  await editor.waitSaved();
  expect((await storedPlan(app)).nodes.find((n) => n.id === 'attendees')?.params).toMatchObject({ growth: { method: 'compound', monthlyRate: 0.1, source: 'typed' } });
  await rate.fill('5000');
  await expect(page.getByText('Monthly rate must be at most 1,000 % a month.')).toBeVisible();
  await screenshot(page, testInfo, 'traffic-typed-rate-refused');
  await editor.waitSaved();
  expect((await storedPlan(app)).nodes.find((n) => n.id === 'attendees')?.params).toMatchObject({ growth: { monthlyRate: 0.1 } });
});
