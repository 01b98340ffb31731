import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PlanListPage } from './pages/plan-list-page';
import { PLAN_SCHEMA_VERSION } from '../src/shared/model/plan';

test('a plan saved as a file, with its checklist, opens again as a new plan with that checklist; a broken file is refused with where it broke', async ({ app, page }) => {
  await app.open(page);
  const list = new PlanListPage(page);
  await list.goto();
  const sample = (await page.locator('[data-testid^="plan-row-"]').first().getAttribute('data-testid'))!.replace('plan-row-', '');
  // The team's progress: the file carries it to a colleague.
  const [stored] = await app.services.api.plans.list(undefined);
  await app.services.api.checklist.save({
    planId: stored!.id,
    state: { version: 1, items: { 'std:t-4w:order-capacity': { status: 'done', owner: 'Ana', note: 'quota granted', evidenceUrl: 'https://tickets.example.com/Q-7', updatedAt: '' } }, custom: [] },
  });

  const downloading = page.waitForEvent('download');
  await list.action(sample, 'Save as file…');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.headroom\.json$/);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { schemaVersion: number; name: string; nodes: unknown[]; checklist?: { items: Record<string, { status: string; owner: string }> } };
  expect(saved.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
  expect(saved.checklist?.items['std:t-4w:order-capacity']).toMatchObject({ status: 'done', owner: 'Ana' });
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
  await page.getByTestId('view-switcher').getByText('Readiness', { exact: true }).click();
  await expect(page.getByTestId('item-std:t-4w:order-capacity')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('item-owner-std:t-4w:order-capacity')).toHaveValue('Ana');
});
