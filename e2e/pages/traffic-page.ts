import { expect, type Page } from '@playwright/test';

/** The Traffic view: source selector, import panel, summary, baseline and growth, charts. */
export class TrafficPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('view-switcher').getByText('Traffic', { exact: true }).click();
    await expect(this.page.getByTestId('traffic-view')).toBeVisible();
  }

  /** Starts an import; returns at once so a caller can watch the progress or cancel. */
  async chooseFile(file: string): Promise<void> {
    await this.page.getByTestId('traffic-import').locator('input[type="file"]').setInputFiles(file);
  }

  progress() {
    return this.page.getByTestId('traffic-progress');
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('traffic-cancel').click();
    await expect(this.page.getByTestId('traffic-import-cancelled')).toBeVisible();
  }

  async waitImported(): Promise<void> {
    await expect(this.page.getByTestId('traffic-import-done')).toBeVisible({ timeout: 60_000 });
  }

  errorMessage() {
    return this.page.getByTestId('traffic-import-error-message');
  }

  /** What the import took the values to be ("counts per 60 s (…), divided by 60"). */
  valueNote() {
    return this.page.getByTestId('traffic-value-note');
  }

  /** Answers the import's question when a file does not say whether its values are rates or counts. */
  async answerValues(kind: 'perSecond' | 'perMinute' | 'perHour' | 'count'): Promise<void> {
    await this.page.getByTestId(`traffic-values-${kind}`).click();
  }

  /** Reads the last file again with one of its series (or the default total when label is the default's). */
  async chooseSeries(label: string): Promise<void> {
    await this.page.getByTestId('traffic-series').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  summary(field: 'rows' | 'range' | 'interval' | 'peak' | 'p95' | 'p99') {
    return this.page.getByTestId(`traffic-summary-${field}`);
  }

  baseline() {
    return this.page.getByTestId('traffic-baseline');
  }

  async chooseGrowth(label: string): Promise<void> {
    await this.page.getByTestId('traffic-growth-method').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async chooseStatistic(label: 'max' | 'p99' | 'p95' | 'mean'): Promise<void> {
    await this.page.getByTestId('traffic-statistic').getByText(label, { exact: true }).click();
  }

  fitRate() {
    return this.page.getByTestId('traffic-fit-rate');
  }

  fitR2() {
    return this.page.getByTestId('traffic-fit-r2');
  }

  fitQuality() {
    return this.page.getByTestId('traffic-fit-quality');
  }

  /** The n-th surge found in the history (0-based). */
  surge(n: number) {
    return this.page.getByTestId(`traffic-surge-${n}`);
  }

  async adoptSurge(n: number, form: 'multiplier' | 'percent'): Promise<void> {
    await this.page.getByTestId(`traffic-surge-${n}-adopt-${form}`).click();
    await expect(this.page.getByTestId(`traffic-surge-${n}-adopted`)).toBeVisible();
  }

  eventSurge() {
    return this.page.getByTestId('traffic-event-surge');
  }

  baselineSurges() {
    return this.page.getByTestId('traffic-baseline-surges');
  }

  async includeSurges(include: boolean): Promise<void> {
    const box = this.page.getByTestId('traffic-include-surges');
    if ((await box.isChecked()) !== include) await box.click();
  }

  async chooseHistoryWindow(label: string): Promise<void> {
    await this.page.getByTestId('traffic-history-window').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  windowDays() {
    return this.page.getByTestId('traffic-window-days');
  }

  profile() {
    return this.page.getByTestId('traffic-profile');
  }

  /** A chart has drawn when its canvas exists and is not blank. */
  async expectChart(testId: string): Promise<void> {
    const canvas = this.page.getByTestId(`${testId}-canvas`).locator('canvas').first();
    await expect(canvas).toBeVisible();
    await expect
      .poll(() =>
        canvas.evaluate((el: HTMLCanvasElement) => {
          const ctx = el.getContext('2d');
          if (!ctx) return 0;
          const data = ctx.getImageData(0, 0, el.width, el.height).data;
          let colored = 0;
          for (let i = 0; i < data.length; i += 4 * 16) if (data[i] !== data[i + 1] || data[i + 1] !== data[i + 2]) colored++;
          return colored;
        }),
      )
      .toBeGreaterThan(50);
  }
}
