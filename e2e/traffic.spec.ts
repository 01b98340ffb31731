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

/**
 * Ten weeks of 15-minute points growing 3 %/month, quieter weekends, a daily wave peaking
 * at 19:00 UTC, and a 3-day sale at 3.5× the trend ending two days before the file does.
 */
function saleHistoryCsv(name: string): string {
  const start = Date.UTC(2025, 8, 22);
  const parts = ['timestamp,requests_per_second\n'];
  let seed = 11;
  for (let i = 0; i < 70 * 96; i++) {
    const t = start + i * 900_000;
    const day = Math.floor(i / 96);
    const hour = (i % 96) / 4;
    const wave = (1 + 0.6 * Math.cos((2 * Math.PI * (hour - 19)) / 24)) / 1.6;
    const weekend = new Date(t).getUTCDay() % 6 === 0 ? 0.7 : 1;
    const sale = day >= 65 && day <= 67 ? 3.5 : 1;
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const noise = 0.99 + 0.02 * (seed / 2_147_483_648);
    parts.push(`${new Date(t).toISOString()},${(10_000 * Math.pow(1.03, day / 30.4375) * wave * weekend * sale * noise).toFixed(2)}\n`);
  }
  const file = path.join(dir, name);
  writeFileSync(file, parts.join(''));
  return file;
}

test('a history that ends after a sale: the trend leaves the sale out, the baseline too, and the sale becomes the event surge', async ({ app, page }, testInfo) => {
  test.setTimeout(120_000);
  await app.open(page);
  const traffic = new TrafficPage(page);
  await traffic.open();
  await traffic.chooseFile(saleHistoryCsv('sale-history.csv'));
  await traffic.waitImported();

  // The sale found and measured; the fit says what it left out.
  await expect(traffic.surge(0)).toContainText('2025-11-26 → 2025-11-28 (3 d)');
  await expect(page.getByTestId('traffic-surge-0-size')).toHaveText(/^×3\.\d+ \(\+2\d\d %\)$/);
  await expect(traffic.fitQuality()).toHaveText(/^weekly cycle removed; 3 days of a surge left out; .*the trend explains \d+% of the rest$/);
  await traffic.chooseGrowth('Fitted, compound');
  await expect(traffic.fitRate()).toHaveText(/^(2\.[5-9]\d*|3\.[0-4]\d*) %\/month$/);

  // The baseline leaves the sale out, and counts it back when asked.
  await expect(traffic.baselineSurges()).toContainText('3 surge days left out (2025-11-26 → 2025-11-28)');
  const without = await traffic.baseline().textContent();
  await traffic.includeSurges(true);
  await expect(traffic.baselineSurges()).toContainText('3 surge days counted in the baseline');
  expect(await traffic.baseline().textContent()).not.toBe(without);
  await traffic.includeSurges(false);
  await expect(traffic.baseline()).toHaveText(without ?? '');

  // The daily shape, told in the event's zone.
  await expect(traffic.profile()).toContainText(/the peak is 1\.\d\d× the day's average and comes at \d\d:00 in /);
  await traffic.expectChart('chart-history');
  await screenshot(page, testInfo, 'traffic-sale-found');

  // Adopt the sale as the event surge, as a percentage increase: the plan's surge follows and the chart says so.
  await traffic.adoptSurge(0, 'percent');
  await expect(traffic.eventSurge()).toHaveText(/Event surge in the plan: a 2\d\d% increase \(3\.\d+× normal\)/);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await screenshot(page, testInfo, 'traffic-sale-adopted');

  // A window of the last 4 weeks: fewer days, and the choice is kept across a restart.
  await traffic.chooseHistoryWindow('Last 4 weeks');
  await expect(traffic.windowDays()).toHaveText('2025-11-03 → 2025-11-30: 28 days');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.restart();
  await app.open(page);
  await traffic.open();
  await expect(traffic.windowDays()).toHaveText('2025-11-03 → 2025-11-30: 28 days');
  await expect(page.getByTestId('traffic-surge-0-adopted')).toBeVisible();
  await screenshot(page, testInfo, 'traffic-sale-window');
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

/** 14 months of hourly points growing 2 %/month with quieter weekends and last November's 3-day sale. */
function yearHistoryCsv(name: string): string {
  const start = Date.UTC(2024, 9, 1);
  const parts = ['timestamp,requests_per_second\n'];
  let seed = 5;
  for (let i = 0; i < 425 * 24; i++) {
    const t = start + i * 3_600_000;
    const day = Math.floor(i / 24);
    const wave = (1 + 0.5 * Math.cos((2 * Math.PI * ((i % 24) - 18)) / 24)) / 1.5;
    const weekend = new Date(t).getUTCDay() % 6 === 0 ? 0.75 : 1;
    const sale = day >= 57 && day <= 59 ? 3 : 1;
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const noise = 0.99 + 0.02 * (seed / 2_147_483_648);
    parts.push(`${new Date(t).toISOString()},${(4_000 * Math.pow(1.02, day / 30.4375) * wave * weekend * sale * noise).toFixed(2)}\n`);
  }
  const file = path.join(dir, name);
  writeFileSync(file, parts.join(''));
  return file;
}

test('fourteen months: year over year beside the fit, last year\'s sale found, and a date range as the window', async ({ app, page }, testInfo) => {
  test.setTimeout(120_000);
  await app.open(page);
  const traffic = new TrafficPage(page);
  await traffic.open();
  await traffic.chooseFile(yearHistoryCsv('year-history.csv'));
  await traffic.waitImported();
  await traffic.chooseGrowth('Fitted, compound');
  await expect(traffic.fitRate()).toHaveText(/^(1\.[89]\d*|2(\.[01]\d*)?) %\/month$/);
  await expect(traffic.surge(0)).toContainText('2024-11-27 → 2024-11-29 (3 d)');
  await expect(page.getByTestId('traffic-yoy')).toContainText('Year over year: 2025-11 vs 2024-11');
  await expect(page.getByTestId('traffic-yoy')).toContainText(/: \+2\d(\.\d)? % \((1\.[89]\d*|2(\.[01]\d*)?) %\/month, beside the fit's/);
  await page.getByTestId('traffic-yoy').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'traffic-year-over-year');

  // A date range: the fit and the baseline look at those days only.
  await traffic.chooseHistoryWindow('A date range…');
  await page.getByTestId('traffic-window-from').fill('2024-11-01');
  await page.getByTestId('traffic-window-to').fill('2024-12-31');
  await expect(traffic.windowDays()).toHaveText('2024-11-01 → 2024-12-31: 61 days');
  await expect(traffic.baseline()).toContainText('2024-12-04 → 2024-12-31');
  await expect(page.getByTestId('traffic-yoy')).toHaveCount(0);
  await traffic.expectChart('chart-history');
  await screenshot(page, testInfo, 'traffic-date-range');
});
