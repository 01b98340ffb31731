import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PlanListPage } from './pages/plan-list-page';

test('a plan saved as a file opens again as a new plan; a broken file is refused with where it broke', async ({ app, page }) => {
  await app.open(page);
  const list = new PlanListPage(page);
  await list.goto();
  const sample = (await page.locator('[data-testid^="plan-row-"]').first().getAttribute('data-testid'))!.replace('plan-row-', '');

  const downloading = page.waitForEvent('download');
  await list.action(sample, 'Save as file…');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.headroom\.json$/);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { schemaVersion: number; name: string; nodes: unknown[] };
  expect(saved.schemaVersion).toBe(1);
  expect(saved.nodes.length).toBeGreaterThan(3);

  const broken = { ...saved, name: 'Broken', edges: [{ id: 'dangling', source: 'nowhere', target: 'nothing' }] };
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('open-plan-file').click();
  await (await choosing).setFiles({ name: 'broken.headroom.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByTestId('plan-file-error')).toContainText('broken.headroom.json');
  await expect(page.getByTestId('plan-file-error')).toContainText('edges[0].source: no node with id "nowhere"');
  await expect(page.locator('[data-testid^="plan-row-"]')).toHaveCount(1);

  const renamed = { ...saved, name: 'From a colleague' };
  const choosingAgain = page.waitForEvent('filechooser');
  await page.getByTestId('open-plan-file').click();
  await (await choosingAgain).setFiles({ name: 'colleague.headroom.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(renamed)) });
  await expect(page.getByTestId('plan-title')).toHaveText('From a colleague');
  await expect(page.locator('.react-flow__node')).toHaveCount(saved.nodes.length);
});
