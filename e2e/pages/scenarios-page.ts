import { expect, type Page } from '@playwright/test';

/** The scenario switcher in the editor's header and the Compare view. */
export class ScenariosPage {
  constructor(private readonly page: Page) {}

  select() {
    return this.page.getByTestId('scenario-select');
  }

  async switchTo(name: string): Promise<void> {
    await this.select().click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.select()).toHaveValue(name);
  }

  /** The scenarios the switcher offers, in its order. */
  async names(): Promise<string[]> {
    await this.select().click();
    const names = await this.page.getByRole('option').allTextContents();
    await this.page.keyboard.press('Escape');
    return names;
  }

  async create(name: string): Promise<void> {
    await this.page.getByTestId('scenario-new').click();
    await this.page.getByTestId('scenario-name-input').fill(name);
    await this.page.getByTestId('scenario-name-submit').click();
    await expect(this.select()).toHaveValue(name);
  }

  async rename(to: string): Promise<void> {
    await this.page.getByTestId('scenario-rename').click();
    await this.page.getByTestId('scenario-name-input').fill(to);
    await this.page.getByTestId('scenario-name-submit').click();
    await expect(this.select()).toHaveValue(to);
  }

  async openCompare(): Promise<void> {
    await this.page.getByTestId('view-switcher').getByText('Compare', { exact: true }).click();
    await expect(this.page.getByTestId('compare-table')).toBeVisible();
  }

  /** The event need of a tier in one scenario's column. */
  eventCell(nodeId: string, scenario: string) {
    return this.page.getByTestId(`compare-${nodeId}-${scenario}`);
  }
}
