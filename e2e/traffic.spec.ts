import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { TrafficPage } from './pages/traffic-page';

const dir = mkdtempSync(path.join(tmpdir(), 'headroom-e2e-traffic-'));

/**
 * Per-minute history growing 4 %/month with a daily wave, quieter weekends and a little
 * deterministic noise: `rows` rows from 2026-01-01.
 */
function historyCsv(name: string, rows: number, scale = 1): string {
  const start = Date.UTC(2026, 0, 1);
  const parts = ['timestamp,requests_per_second\n'];
  let seed = 7;
  for (let i = 0; i < rows; i++) {
    const t = start + i * 60_000;
    const day = i / 1440;
    const wave = 1 + 0.5 * Math.sin(((i % 1440) / 1440) * 2 * Math.PI);
    const weekend = new Date(t).getUTCDay() % 6 === 0 ? 0.85 : 1;
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const noise = 0.96 + 0.08 * (seed / 2_147_483_648);
    parts.push(`${new Date(t).toISOString()},${(scale * 9000 * Math.pow(1.04, day / 30.4375) * wave * weekend * noise).toFixed(2)}\n`);
  }
  const file = path.join(dir, name);
  writeFileSync(file, parts.join(''));
  return file;
}

test('traffic history: import with progress, charts, fitted growth, a bad file and a cancelled import change nothing, kept across a restart', async ({ app, page }, testInfo) => {
  test.setTimeout(180_000);
  const good = historyCsv('attendees-history.csv', 200_000);
  await app.open(page);
  const traffic = new TrafficPage(page);
  await traffic.open();
  await expect(page.getByTestId('traffic-no-history')).toBeVisible();
  await traffic.expectChart('chart-projection');
  await traffic.expectChart('chart-tiers');
  await traffic.expectChart('chart-event-bars');

  // A 200,000-row CSV: the progress bar shows bytes and rows while it reads.
  await traffic.chooseFile(good);
  await expect(traffic.progress()).toBeVisible();
  await expect(page.getByTestId('traffic-progress-text')).toContainText(/[1-9][\d,]* rows/);
  await screenshot(page, testInfo, 'traffic-importing');
  await traffic.waitImported();
  await expect(page.getByTestId('traffic-import-done')).toContainText('200,000 points');
  await expect(traffic.summary('rows')).toHaveText('200,000');
  await expect(traffic.summary('range')).toHaveText('2026-01-01 → 2026-05-19');
  await expect(traffic.summary('interval')).toHaveText('60 s');
  await expect(page.getByTestId('traffic-stored')).toContainText('200,000 points in 139 day blocks');
  await traffic.expectChart('chart-history');
  await expect(traffic.baseline()).toContainText('p95 of the daily peaks over the last 28 days');
  const p95Baseline = await traffic.baseline().textContent();
  await screenshot(page, testInfo, 'traffic-imported');

  // The baseline follows the chosen statistic.
  await traffic.chooseStatistic('max');
  await expect(traffic.baseline()).toContainText('max of the daily peaks');
  expect(await traffic.baseline().textContent()).not.toBe(p95Baseline);

  // Growth fitted from the history: ~4 %/month, a near-perfect fit, and the line on the chart.
  await traffic.chooseGrowth('Fitted, compound');
  await expect(traffic.fitRate()).toHaveText(/^[34](\.\d+)? %\/month$/);
  await expect(traffic.fitR2()).toHaveText(/^R² 0\.\d{3}$/);
  await screenshot(page, testInfo, 'traffic-fitted');
  await traffic.chooseGrowth('Fitted, linear');
  await expect(traffic.fitRate()).toBeVisible();
  await traffic.chooseGrowth('Fitted, compound');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // A bad file: the precise message (file, line, column), and the history stays as it was.
  const bad = path.join(dir, 'bad.csv');
  writeFileSync(bad, 'timestamp,value\n2026-06-01T00:00:00Z,120\n2026-06-01T00:01:00Z,12O\n2026-06-01T00:02:00Z,130\n');
  await traffic.chooseFile(bad);
  await expect(traffic.errorMessage()).toHaveText('bad.csv line 3, column 2: expected a number ≥ 0, found "12O"');
  await expect(traffic.summary('rows')).toHaveText('200,000');
  await expect(page.getByTestId('traffic-stored')).toContainText('200,000 points');
  await screenshot(page, testInfo, 'traffic-bad-file');

  // Cancel a large import mid-way: nothing changes.
  const large = historyCsv('large.csv', 1_000_000, 3);
  await traffic.chooseFile(large);
  await expect(page.getByTestId('traffic-progress')).toBeVisible();
  await traffic.cancel();
  await expect(traffic.summary('rows')).toHaveText('200,000');
  await expect(traffic.fitRate()).toBeVisible();
  const series = app.services.db.prepare('SELECT status, row_count AS rows FROM traffic_series').all();
  expect(series).toEqual([{ status: 'active', rows: 200_000 }]);

  // After a restart the plan still carries the summary and the store its points.
  await app.restart();
  await app.open(page);
  await traffic.open();
  await expect(traffic.summary('rows')).toHaveText('200,000');
  await expect(page.getByTestId('traffic-stored')).toContainText('200,000 points in 139 day blocks');
  await expect(page.getByTestId('traffic-growth-method')).toHaveValue('Fitted, compound');
  await traffic.expectChart('chart-history');
  await screenshot(page, testInfo, 'traffic-after-restart');
});

test('real exports: an API answer imports with its series totalled and says what its values were taken to be; a file that does not say asks, and a series can be chosen', async ({ app, page }, testInfo) => {
  test.setTimeout(120_000);
  const fixtures = path.resolve('src/shared/traffic/fixtures');
  await app.open(page);
  const traffic = new TrafficPage(page);
  await traffic.open();

  // Datadog's v1 answer of an .as_count() query by host: the hosts totalled, counts per 60 s divided by 60.
  await traffic.chooseFile(path.join(fixtures, 'real-datadog-v1-query.json'));
  await traffic.waitImported();
  await expect(traffic.valueNote()).toHaveText('Values read as counts per 60 s (Datadog .as_count(), interval 60 s), divided by 60.');
  await expect(page.getByTestId('traffic-import-done')).toContainText('Totalled 2 series');
  await expect(traffic.summary('peak')).toHaveText('140 req/s');
  await expect(page.getByTestId('traffic-summary-values')).toHaveText('Values were taken to be counts per 60 s (Datadog .as_count(), interval 60 s), divided by 60.');
  await screenshot(page, testInfo, 'traffic-real-datadog');

  // The series picker reads the file again with one host.
  await traffic.chooseSeries('sum:trace.http.request.hits{env:prod,host:web-b}.as_count()');
  await traffic.waitImported();
  await expect(traffic.summary('peak')).toHaveText('61 req/s');
  await expect(page.getByTestId('traffic-import-done')).not.toContainText('Totalled');

  // A plain "timestamp,value" file does not say rate or count: the import asks, and the answer imports it.
  const plain = path.join(dir, 'plain.csv');
  writeFileSync(plain, 'timestamp,value\n2026-06-01T00:00:00Z,6000\n2026-06-01T00:01:00Z,7200\n2026-06-01T00:02:00Z,6600\n');
  await traffic.chooseFile(plain);
  await expect(traffic.errorMessage()).toContainText('expected values that say whether they are rates or counts');
  await expect(page.getByTestId('traffic-values-question')).toBeVisible();
  await screenshot(page, testInfo, 'traffic-asks-rate-or-count');
  await traffic.answerValues('count');
  await traffic.waitImported();
  await expect(traffic.valueNote()).toHaveText('Values read as counts per 60 s (as asked), divided by 60.');
  await expect(traffic.summary('peak')).toHaveText('120 req/s');
  await expect(page.getByTestId('traffic-values')).toHaveValue('requests counted per interval (divided by it)');
});
