import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { PlanListPage } from './pages/plan-list-page';
import { PlanViewsPage, viewLabels } from './pages/plan-views-page';

/** Collects what the page throws (React's #185 arrives as an uncaught error) and logs as an error. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Maximum update depth|Minified React error/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

for (const what of ['node', 'edge'] as const) {
  test(`with a${what === 'edge' ? 'n edge' : ' node'} selected, every view and back to Topology draws, with the selection kept`, async ({ app, page }, testInfo) => {
    const errors = watchErrors(page);
    await app.open(page);
    const editor = new EditorPage(page);
    const views = new PlanViewsPage(page);
    if (what === 'node') await editor.selectNode('platform-app');
    else await editor.selectFirstEdge();
    const inspectorTitle = what === 'node' ? 'Node' : 'Connection';
    await expect(page.getByTestId('inspector-title')).toHaveText(inspectorTitle);

    for (const label of viewLabels.filter((l) => l !== 'Topology')) {
      await views.switchTo(label);
      await views.switchTo('Topology');
      // Still the same selection, still an inspector for it.
      await expect(page.getByTestId('inspector-title')).toHaveText(inspectorTitle);
      if (what === 'node') await expect(page.getByTestId('inspector-name')).toHaveValue('platform-app');
      else await expect(page.getByTestId('inspector-calls')).toBeVisible();
    }
    await screenshot(page, testInfo, `selection-${what}-after-views`);
    expect(errors).toEqual([]);
  });
}

test('the canvas keeps where the user zoomed and panned to across the other views', async ({ app, page }) => {
  await app.open(page);
  const views = new PlanViewsPage(page);
  const viewport = page.locator('.react-flow__viewport');
  const fitted = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await expect.poll(() => viewport.evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(fitted);
  const zoomed = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
  for (const label of ['Capacity', 'Readiness'] as const) {
    await views.switchTo(label);
    await views.switchTo('Topology');
    expect(await viewport.evaluate((el) => (el as HTMLElement).style.transform)).toBe(zoomed);
  }
});

test('the Traffic view opens on the source the canvas selection leads to, not the first source', async ({ app, page }, testInfo) => {
  await app.open(page);
  const list = new PlanListPage(page);
  await list.goto();
  await list.create('Two doors', 'blank');
  const editor = new EditorPage(page);
  const views = new PlanViewsPage(page);
  await editor.addNode('trafficSource');
  await editor.addNode('trafficSource');
  await editor.addNodeBeside('users-2', 'service');
  await editor.selectNode('users-2');
  await views.switchTo('Traffic');
  await expect(page.getByTestId('traffic-source')).toHaveValue('users-2');
  // A node downstream of the second source leads back to it too.
  await views.switchTo('Topology');
  await editor.selectNode('service');
  await views.switchTo('Traffic');
  await expect(page.getByTestId('traffic-source')).toHaveValue('users-2');
  await screenshot(page, testInfo, 'traffic-opens-selected-source');
});
