import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page } from '@playwright/test';

/** The Export view of the open plan. */
export class ExportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('view-switcher').getByText('Export', { exact: true }).click();
    await expect(this.page.getByTestId('export-view')).toHaveAttribute('data-preview-state', 'ready');
  }

  preview() {
    return this.page.getByTestId('tfvars-preview');
  }

  files() {
    return this.page.getByTestId('export-files').locator('[data-testid^="export-file-"]');
  }

  file(id: string) {
    return this.page.getByTestId(`export-file-${id}`);
  }

  async chooseStage(label: string): Promise<void> {
    await this.page.getByTestId('export-stage').click();
    await this.page.getByRole('option', { name: label }).click();
  }

  variableRow(nodeId: string) {
    return this.page.getByTestId(`variable-row-${nodeId}`);
  }

  async typeVariable(nodeId: string, name: string): Promise<void> {
    const input = this.page.getByTestId(`variable-input-${nodeId}`);
    await input.fill(name);
    await input.press('Enter');
  }

  /** Opens the node's extra-attributes editor and types `key = value` lines (not applied yet). */
  async typeExtras(nodeId: string, lines: string): Promise<void> {
    const editor = this.page.getByPlaceholder('team = "payments"');
    if (!(await editor.isVisible())) await this.page.getByTestId(`extras-${nodeId}`).click();
    await editor.fill(lines);
  }

  async applyExtras(): Promise<void> {
    await this.page.getByRole('button', { name: 'Apply' }).click();
  }

  async waitPreviewReady(): Promise<void> {
    await expect(this.page.getByTestId('export-view')).toHaveAttribute('data-preview-state', 'ready');
  }

  /** Clicks a save button and collects the `count` downloads it starts (web host: no dialog). */
  async saveAndDownload(button: 'save-xlsx' | 'save-tfvars' | 'save-all', count: number): Promise<{ name: string; bytes: Buffer }[]> {
    const downloads: Download[] = [];
    const all = new Promise<void>((resolve) => {
      const onDownload = (d: Download) => {
        downloads.push(d);
        if (downloads.length === count) {
          this.page.off('download', onDownload);
          resolve();
        }
      };
      this.page.on('download', onDownload);
    });
    await this.page.getByTestId(button).click();
    await all;
    return Promise.all(downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: await readFile(await d.path()) })));
  }
}
