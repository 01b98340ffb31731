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

/** The items that act on the sample's four critical findings, with their phases. */
const covering = [
  ['t-4w', 'node:asset-bucket:raise-limit'],
  ['t-2w', 'node:app-cache:add-cache-nodes'],
  ['t-2w', 'node:platform-db:add-replicas'],
  ['t-1w', 'node:global-lb:prewarm-lb'],
] as const;

test('the readiness countdown: at risk, ready, not ready; step through the phases, tick and block items, change the plan, keep the state across a restart', async ({ app, page }, testInfo) => {
  // One broad journey through all three states and a restart: longer than the default on a shared machine.
  test.setTimeout(150_000);
  await app.open(page);
  await expect(page.getByTestId('plan-title')).toHaveText(/conference/i);
  const readiness = new ReadinessPage(page);
  await readiness.open();

  // Months before the event with nothing done, the sample is at risk, not ready and not
  // green: its four critical findings are open, each with an item on track (rule R1).
  await expect(readiness.panel()).toHaveAttribute('data-phase', 't-4w');
  await expect(readiness.verdict()).toHaveAttribute('data-verdict', 'at-risk');
  await expect(readiness.rules()).toHaveText(/R1 · a critical finding is open; the items covering it are on track/);
  await expect(readiness.verdict()).toContainText('platform-db: critical finding');
  await expect(readiness.verdict()).toContainText('starts Tue 8 Jun 2027 09:00 (America/Los_Angeles)');
  // No phase is "now" months before T-4 weeks.
  await expect(page.getByTestId('phase-stepper').getByText('now', { exact: true })).toHaveCount(0);
  await screenshot(page, testInfo, 'readiness-at-risk');

  // The work that covers each critical finding done: nothing else is due yet, so ready.
  for (const [phase, id] of covering) {
    await readiness.selectPhase(phase);
    await readiness.setStatus(id, 'Done');
  }
  await expect(readiness.verdict()).toHaveAttribute('data-verdict', 'ready');
  await expect(readiness.rules()).toHaveText(/OK · no critical finding is open and every item due by now is done/);
  await readiness.selectPhase('t-4w');
  await screenshot(page, testInfo, 'readiness-ready');

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
  await expect(page.getByTestId('phase-progress-t-4w')).toHaveText('3/4 done');

  // The team moves an item's due time; the generated one is shown beside it.
  await page.getByTestId('item-due-edit-std:t-4w:order-capacity').click();
  await page.getByTestId('item-due-input-std:t-4w:order-capacity').fill('2027-05-20T17:00');
  await page.getByTestId('item-due-save-std:t-4w:order-capacity').click();
  await expect(page.getByTestId('item-due-std:t-4w:order-capacity')).toHaveText('Thu 20 May 2027 17:00');
  await expect(page.getByTestId('item-due-note-std:t-4w:order-capacity')).toHaveText('set by the team (generated: Tue 25 May 2027 09:00)');

  // Block a database item with the reason; the verdict turns "not ready" and says why.
  await readiness.selectPhase('t-2w');
  await readiness.setStatus('node:platform-db:add-replicas', 'Blocked');
  await readiness.fill('node:platform-db:add-replicas', 'note', 'waiting on DBA budget approval');
  await readiness.setStatus('node:app-cache:add-cache-nodes', 'In progress');
  await expect(readiness.verdict()).toHaveAttribute('data-verdict', 'not-ready');
  await expect(readiness.rules()).toContainText('N1 · an item is blocked');
  await expect(readiness.verdict()).toContainText('T-2 weeks: "platform-db: add 2 read replicas (31 → 33)');
  await expect(readiness.verdict()).toContainText('is blocked (waiting on DBA budget approval)');

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
  // Obsolete items judge nothing: the block no longer makes the event "not ready"; the new
  // critical finding (platform-app above its max) is covered by the new item, on track.
  await expect(readiness.verdict()).not.toContainText('is blocked');
  await expect(readiness.verdict()).toHaveAttribute('data-verdict', 'at-risk');
  await readiness.waitSaved();
  await screenshot(page, testInfo, 'readiness-after-plan-change');

  // Quit and reopen: everything is where it was.
  await app.restart();
  await app.open(page);
  await readiness.open();
  await expect(readiness.item('std:t-4w:load-test-current')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('item-owner-std:t-4w:load-test-current')).toHaveValue('ana');
  await expect(page.getByTestId('item-evidence-std:t-4w:load-test-current')).toHaveValue('https://grafana.example.com/d/load-test');
  await expect(page.getByTestId('item-due-std:t-4w:order-capacity')).toHaveText('Thu 20 May 2027 17:00');
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
  await expect(readiness.rules()).toContainText('N2 · an item past its due time is not done');
  await expect(readiness.verdict()).toContainText('T-4 weeks: "Load test current capacity" was due');
  await expect(page.getByTestId('phase-step-t-2w')).toHaveAttribute('data-verdict', 'not-ready');
  // Pre-scaling is due the lead time before the start minute, and says so.
  await readiness.selectPhase('t-1d');
  await expect(page.getByTestId('item-due-note-node:platform-app:prescale')).toHaveText("2 h before the 09:00 start: the plan's pre-scale lead time, so the fleet is at size when it starts");
  await readiness.selectPhase('t-1w');
  await screenshot(page, testInfo, 'readiness-not-ready');
});

test('an event at 18:30 in Los Angeles starts at 01:30 UTC the next day, on screen and in its tests', async ({ app, page }, testInfo) => {
  await app.open(page);
  const editor = new EditorPage(page);
  await page.getByTestId('plan-settings').getByText('Readiness and SLO').click();
  const field = page.getByTestId('event-start-time');
  await field.fill('18:30');
  await field.press('Tab');
  await expect(page.getByTestId('readiness-settings')).toContainText('starts 2027-06-09 01:30 UTC');
  await editor.waitSaved();
  const readiness = new ReadinessPage(page);
  await readiness.open();
  await expect(readiness.verdict()).toContainText('starts Tue 8 Jun 2027 18:30 (America/Los_Angeles) = 2027-06-09 01:30 UTC');
  await readiness.selectPhase('t-1d');
  await expect(page.getByTestId('item-due-test:dress-rehearsal')).toHaveText('Mon 7 Jun 2027 18:30');
  await screenshot(page, testInfo, 'readiness-1830-la');
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
