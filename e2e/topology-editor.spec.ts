import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { PlanListPage } from './pages/plan-list-page';

test('build a six-node topology, watch a tier go short as traffic rises, fix it, undo and redo, and find it all after a restart', async ({ app, page }, testInfo) => {
  await app.open(page);
  const list = new PlanListPage(page);
  const editor = new EditorPage(page);
  await list.goto();
  await list.create('Spring sale');

  for (const kind of ['trafficSource', 'loadBalancer', 'service', 'cache', 'database', 'queue']) await editor.addNode(kind);
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await editor.autoLayout();
  await editor.expectAllNodesInView();
  await editor.connect('users', 'lb');
  await editor.connect('lb', 'service');
  await editor.connect('service', 'cache');
  await editor.connect('cache', 'db');
  await editor.connect('service', 'queue');
  await expect(editor.edges()).toHaveCount(5);
  await editor.autoLayout();
  await editor.expectAllNodesInView();

  await editor.setParam('users', 'baselineRps', '100');
  await expect(editor.node('service').locator('.hr-node')).not.toHaveAttribute('data-status', 'short');
  await editor.setParam('users', 'baselineRps', '5000');
  await expect(editor.node('service').locator('.hr-node')).toHaveAttribute('data-status', 'short');
  await expect(page.getByTestId('findings')).toContainText('service');
  await editor.node('service').click();
  await screenshot(page, testInfo, 'editor-short-service');

  // An invalid value is refused inline and the last valid one is kept.
  await editor.setParam('service', 'measuredUtilization', '150');
  await expect(page.getByText(/too big|at most|<=1|≤/i).first()).toBeVisible();
  await editor.setParam('service', 'currentInstances', '12');
  await expect(editor.node('service').locator('.hr-node')).not.toHaveAttribute('data-status', 'short');
  await expect(page.getByTestId('node-need-service')).toContainText('/ 12');

  await editor.clickCanvas();
  await page.keyboard.press('Control+z');
  await expect(editor.node('service').locator('.hr-node')).toHaveAttribute('data-status', 'short');
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.node('service').locator('.hr-node')).not.toHaveAttribute('data-status', 'short');
  await editor.waitSaved();
  await screenshot(page, testInfo, 'editor-fixed');

  await app.restart();
  await app.open(page);
  await expect(page.getByTestId('plan-title')).toHaveText('Spring sale');
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await expect(editor.edges()).toHaveCount(5);
  await expect(page.getByTestId('node-need-service')).toContainText('/ 12');
  // Loading a plan is not an undo step.
  await expect(page.getByTestId('undo')).toBeDisabled();
});

test('copy, paste and duplicate keep names unique; arrow keys nudge; delete removes a node and its connections', async ({ app, page }) => {
  await app.open(page);
  const editor = new EditorPage(page);
  await editor.node('platform-app').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(editor.node('platform-app-2')).toBeVisible();
  await page.keyboard.press('Control+d');
  await expect(editor.node('platform-app-3')).toBeVisible();
  const before = (await editor.node('platform-app-3').boundingBox())!;
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await editor.node('platform-app-3').boundingBox())!.x).toBeGreaterThan(before.x + 10);
  const edgesBefore = await editor.edges().count();
  // The copies sit 40 px down and right of the original: click its free top-left corner.
  await editor.node('platform-app').click({ position: { x: 12, y: 12 } });
  await page.keyboard.press('Delete');
  await expect(editor.node('platform-app')).toHaveCount(0);
  await expect.poll(() => editor.edges().count()).toBeLessThan(edgesBefore);
  await page.keyboard.press('Control+z');
  await expect(editor.node('platform-app')).toBeVisible();
  await expect(editor.edges()).toHaveCount(edgesBefore);
});

test('clicking a finding selects its node; the surge is shown in both forms', async ({ app, page }) => {
  await app.open(page);
  const first = page.locator('[data-testid^="finding-"]').first();
  const text = await first.innerText();
  await first.click();
  await expect(page.getByTestId('inspector-name')).toBeVisible();
  const name = await page.getByTestId('inspector-name').inputValue();
  expect(text).toContain(name);
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await expect(page.getByTestId('surge-both-forms')).toContainText(/× normal \(a [\d.,]+% increase\)/);
});
