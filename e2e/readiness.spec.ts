import { PlanSchema } from '../src/shared/model/plan';
import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { ReadinessPage } from './pages/readiness-page';

const phases = ['t-4w', 't-2w', 't-1w', 't-1d', 'during', 'after'] as const;

async function setParam(page: import('@playwright/test').Page, node: string, key: string, value: string): Promise<void> {
  await page.getByTestId(`node-${node}`).click();
  const field = page.getByTestId(`param-${key}`);
  await field.fill(value);
  await field.press('Tab');
}

test('the readiness countdown: step through the phases, tick and block items, change the plan, keep the state across a restart', async ({ app, page }, testInfo) => {
  await app.open(page);
  await expect(page.getByTestId('plan-title')).toHaveText(/conference/i);
  const readiness = new ReadinessPage(page);
  await readiness.open();

  // Months before the event, the stepper opens on T-4 weeks and nothing is late yet.
  await expect(readiness.panel()).toHaveAttribute('data-phase', 't-4w');
  await expect(readiness.verdict()).toHaveAttribute('data-verdict', 'ready');
  await screenshot(page, testInfo, 'readiness-t-4w');

  // Every phase opens, with its own items; the error budget is in the during-event phase.
  for (const phase of phases) {
    await readiness.selectPhase(phase);
    await expect(readiness.panel().locator('tr[data-status]').first()).toBeVisible();
    await expect(page.getByTestId('error-budget')).toHaveCount(phase === 'during' ? 1 : 0);
  }
  await readiness.selectPhase('during');
  await expect(page.getByTestId('error-budget-window')).toHaveText('43.2 min');
  await screenshot(page, testInfo, 'readiness-during');

  // Tick the T-4-week work, with an owner and evidence.
  await readiness.selectPhase('t-4w');
  await readiness.setStatus('std:t-4w:load-test-current', 'Done');
  await readiness.setStatus('std:t-4w:identify-bottlenecks', 'Done');
  await readiness.fill('std:t-4w:load-test-current', 'owner', 'ana');
  // A javascript: link is refused where it is typed, and never reaches the saved state.
  await readiness.fill('std:t-4w:load-test-current', 'evidence', 'javascript:alert(1)');
  await expect(readiness.item('std:t-4w:load-test-current')).toContainText('only http:// and https:// links can be evidence');
  await readiness.fill('std:t-4w:load-test-current', 'evidence', 'https://grafana.example.com/d/load-test');
  await expect(readiness.item('std:t-4w:load-test-current')).not.toContainText('only http://');
  await expect(page.getByTestId('phase-progress-t-4w')).toHaveText('2/4 done');

  // Block a database item with the reason; the verdict turns "not ready" and says why.
  await readiness.selectPhase('t-2w');
  await readiness.setStatus('node:platform-db:add-replicas', 'Blocked');
  await readiness.fill('node:platform-db:add-replicas', 'note', 'waiting on DBA budget approval');
  await readiness.setStatus('node:app-cache:add-cache-nodes', 'In progress');
  await expect(readiness.verdict()).toHaveAttribute('data-verdict', 'not-ready');
  await expect(readiness.verdict()).toContainText('blocked: platform-db: add 2 read replicas');
  await expect(readiness.verdict()).toContainText('waiting on DBA budget approval');

  // A custom item of our own, in the last day.
  await readiness.selectPhase('t-1d');
  await readiness.addCustom('Call the CDN vendor about the keynote stream', 'li');
  await expect(readiness.panel()).toContainText('Call the CDN vendor about the keynote stream');
  await readiness.waitSaved();
  await readiness.selectPhase('t-2w');
  await screenshot(page, testInfo, 'readiness-blocked');

  const stored = JSON.parse((app.services.db.prepare('SELECT state FROM checklist_state').get() as { state: string }).state) as {
    items: Record<string, { status: string; evidenceUrl: string }>;
  };
  expect(stored.items['std:t-4w:load-test-current']).toMatchObject({ status: 'done', evidenceUrl: 'https://grafana.example.com/d/load-test' });
  expect(JSON.stringify(stored)).not.toContain('javascript:');

  // Change the plan: a lower autoscaling max on the app, enough replicas on the database.
  await readiness.openTopology();
  const editor = new EditorPage(page);
  await setParam(page, 'platform-app', 'maxInstances', '100');
  await setParam(page, 'platform-db', 'currentReplicas', '40');
  await editor.waitSaved();

  await readiness.open();
  await readiness.selectPhase('t-2w');
  // New: the plan now calls for raising platform-app's autoscaling max.
  await expect(readiness.item('node:platform-app:raise-asg-max')).toBeVisible();
  await expect(readiness.item('node:platform-app:raise-asg-max')).toHaveAttribute('data-status', 'todo');
  // Kept: the blocked replica item is obsolete now, with its status, note and the reason.
  const obsolete = readiness.item('node:platform-db:add-replicas');
  await expect(obsolete).toHaveAttribute('data-obsolete', 'true');
  await expect(obsolete).toHaveAttribute('data-status', 'blocked');
  await expect(page.getByTestId('item-note-node:platform-db:add-replicas')).toHaveValue('waiting on DBA budget approval');
  await expect(obsolete).toContainText('the plan no longer calls for this on platform-db');
  await expect(readiness.item('node:app-cache:add-cache-nodes')).toHaveAttribute('data-status', 'in-progress');
  // Obsolete items judge nothing: the block no longer makes the event "not ready".
  await expect(readiness.verdict()).not.toContainText('blocked: platform-db');
  await readiness.waitSaved();
  await screenshot(page, testInfo, 'readiness-after-plan-change');

  // Quit and reopen: everything is where it was.
  await app.restart();
  await app.open(page);
  await readiness.open();
  await expect(readiness.item('std:t-4w:load-test-current')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('item-owner-std:t-4w:load-test-current')).toHaveValue('ana');
  await expect(page.getByTestId('item-evidence-std:t-4w:load-test-current')).toHaveValue('https://grafana.example.com/d/load-test');
  await readiness.selectPhase('t-2w');
  await expect(readiness.item('node:platform-db:add-replicas')).toHaveAttribute('data-obsolete', 'true');
  await expect(readiness.item('node:platform-db:add-replicas')).toHaveAttribute('data-status', 'blocked');
  await readiness.selectPhase('t-1d');
  await expect(readiness.panel()).toContainText('Call the CDN vendor about the keynote stream');

  // Only the user's dismissal removes an obsolete item.
  await readiness.selectPhase('t-2w');
  await page.getByTestId('item-dismiss-node:platform-db:add-replicas').click();
  await expect(readiness.item('node:platform-db:add-replicas')).toHaveCount(0);
  await readiness.waitSaved();
});

test('close to the event, late items are marked overdue and the verdict says not ready', async ({ app, page }, testInfo) => {
  // Move the sample's event to five days from now (the real clock: a faked Date breaks the
  // zone-aware dates of the countdown, so the plan moves instead of the time).
  const [summary] = await app.services.api.plans.list(undefined);
  const stored = await app.services.api.plans.get({ id: summary!.id });
  const startDate = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const plan = PlanSchema.parse(stored.plan);
  await app.services.api.plans.save({ id: stored.id, baseRevision: stored.revision, plan: { ...plan, event: { ...plan.event, startDate } } });

  await app.open(page);
  const readiness = new ReadinessPage(page);
  await readiness.open();
  await expect(readiness.panel()).toHaveAttribute('data-phase', 't-1w');
  await expect(page.getByTestId('item-overdue-test:baseline')).toBeVisible();
  await expect(readiness.item('test:baseline')).toContainText('09:00');
  await expect(readiness.verdict()).toHaveAttribute('data-verdict', 'not-ready');
  await expect(readiness.verdict()).toContainText('T-4 weeks: not done: Load test current capacity');
  await expect(page.getByTestId('phase-step-t-2w')).toHaveAttribute('data-verdict', 'not-ready');
  await screenshot(page, testInfo, 'readiness-overdue');
});

test('a stored checklist that cannot be read is reported, kept, and replaced only on request', async ({ app, page }) => {
  const planId = (app.services.db.prepare('SELECT id FROM plans').get() as { id: string }).id;
  app.services.db.prepare('INSERT INTO checklist_state (plan_id, state, updated_at) VALUES (?, ?, ?)').run(planId, '{"version":1,"items":{"x":{"status":"finished"}}}', 'then');
  await app.open(page);
  await page.getByTestId('view-switcher').getByText('Readiness', { exact: true }).click();
  await expect(page.getByTestId('checklist-damaged')).toContainText('items.x.status');
  const kept = app.services.db.prepare('SELECT state FROM checklist_state WHERE plan_id = ?').get(planId) as { state: string };
  expect(kept.state).toContain('finished');
  await page.getByTestId('checklist-start-over').click();
  await expect(page.getByTestId('phase-panel')).toBeVisible();
  const copies = app.services.db.prepare("SELECT value FROM settings WHERE key LIKE 'checklist-damaged:%'").all() as { value: string }[];
  expect(copies.map((c) => c.value)).toEqual([kept.state]);
});
