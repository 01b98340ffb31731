import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { PlanListPage } from './pages/plan-list-page';

test('a first launch opens the sample conference plan, and the data file is shown', async ({ app, page }, testInfo) => {
  await app.open(page);
  await expect(page.getByTestId('plan-title')).toHaveText(/conference/i);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByTestId('data-file')).toContainText(app.dataDir);
  await screenshot(page, testInfo, 'sample-plan-canvas');
});

test('create a plan, add and drag two nodes, connect and rename them; after a restart both sit exactly where they were dragged', async ({ app, page }, testInfo) => {
  await app.open(page);
  const list = new PlanListPage(page);
  const editor = new EditorPage(page);
  await list.goto();
  await list.create('Black Friday 2027');

  await editor.addNode('service');
  await expect(editor.node('service')).toBeVisible();
  const placed = await editor.positionOf('service');
  await editor.moveBy('service', -260, 0);
  await editor.addNode('database');
  await expect(editor.node('db')).toBeVisible();
  await editor.moveBy('db', 120, 60);
  await editor.connect('service', 'db');
  await expect(editor.edges()).toHaveCount(1);
  await editor.rename('service', 'checkout-svc');
  await editor.waitSaved();
  await screenshot(page, testInfo, 'journey-canvas');

  // The drag moved the node (by the drag at the canvas's zoom, snapped to the 10 px grid)…
  const moved = await editor.positionOf('checkout-svc');
  const movedDb = await editor.positionOf('db');
  expect(moved.x).toBeLessThan(placed.x - 100);
  expect(moved.x % 10).toBe(0);
  // …and that position is what the plan stored.
  const [summary] = await app.services.api.plans.list(undefined);
  const saved = (await app.services.api.plans.get({ id: summary!.id })).plan;
  expect(saved.nodes.find((n) => n.name === 'checkout-svc')?.position).toEqual(moved);
  expect(saved.nodes.find((n) => n.name === 'db')?.position).toEqual(movedDb);

  await app.restart();
  await app.open(page);
  await expect(page.getByTestId('plan-title')).toHaveText('Black Friday 2027');
  await expect(editor.node('checkout-svc')).toBeVisible();
  await expect(editor.node('db')).toBeVisible();
  await expect(editor.edges()).toHaveCount(1);
  // After the restart both nodes sit exactly where they were dragged to.
  expect(await editor.positionOf('checkout-svc')).toEqual(moved);
  expect(await editor.positionOf('db')).toEqual(movedDb);
  // The revision history ends with this plan (saves within a minute coalesce into one revision).
  const revisions = await app.services.api.plans.revisions({ id: summary!.id });
  const newest = revisions.reduce((a, b) => (b.revision > a.revision ? b : a));
  expect(newest).toMatchObject({ nodeCount: 2, edgeCount: 1 });
});

test('the plan list renames, duplicates and deletes (after confirmation)', async ({ app, page }, testInfo) => {
  await app.open(page);
  const list = new PlanListPage(page);
  await list.goto();
  const sample = (await page.locator('[data-testid^="plan-row-"]').first().getAttribute('data-testid'))!.replace('plan-row-', '');
  await list.action(sample, 'Rename');
  await page.getByTestId('rename-input').fill('Conference 2027');
  await page.getByTestId('rename-submit').click();
  await expect(list.row('Conference 2027')).toBeVisible();
  await list.action('Conference 2027', 'Duplicate');
  await expect(list.row('Conference 2027 (copy)')).toBeVisible();
  await screenshot(page, testInfo, 'plan-list');
  await list.action('Conference 2027 (copy)', 'Delete…');
  await expect(page.getByRole('dialog')).toContainText('Delete “Conference 2027 (copy)”');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.row('Conference 2027 (copy)')).toBeVisible();
  await list.action('Conference 2027 (copy)', 'Delete…');
  await page.getByTestId('confirm').click();
  await expect(list.row('Conference 2027 (copy)')).toHaveCount(0);
  await expect(list.row('Conference 2027')).toBeVisible();
});
