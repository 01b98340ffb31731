import { expect, type Page } from '@playwright/test';

/** The Readiness view: verdict banner, phase stepper, the selected phase's checklist. */
export class ReadinessPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('view-switcher').getByText('Readiness', { exact: true }).click();
    await expect(this.page.getByTestId('phase-panel')).toBeVisible();
  }

  async openTopology(): Promise<void> {
    await this.page.getByTestId('view-switcher').getByText('Topology', { exact: true }).click();
    await expect(this.page.getByTestId('canvas')).toBeVisible();
  }

  verdict() {
    return this.page.getByTestId('overall-verdict');
  }

  /** The badges naming the verdict rules that fired (N1… R3, OK). */
  rules() {
    return this.page.getByTestId('verdict-rules');
  }

  panel() {
    return this.page.getByTestId('phase-panel');
  }

  async selectPhase(phase: string): Promise<void> {
    await this.page.getByTestId(`phase-step-${phase}`).click();
    await expect(this.panel()).toHaveAttribute('data-phase', phase);
  }

  item(id: string) {
    return this.page.getByTestId(`item-${id}`);
  }

  async setStatus(id: string, label: 'To do' | 'In progress' | 'Done' | 'Blocked' | 'Not applicable'): Promise<void> {
    await this.page.getByTestId(`item-status-${id}`).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect(this.item(id)).toHaveAttribute('data-status', statusValue[label]);
  }

  /** Types into a row's text field and leaves it (fields commit on blur). */
  async fill(id: string, field: 'owner' | 'note' | 'evidence', text: string): Promise<void> {
    const input = this.page.getByTestId(`item-${field}-${id}`);
    await input.fill(text);
    await input.press('Tab');
  }

  async addCustom(title: string, owner: string): Promise<void> {
    await this.page.getByTestId('add-custom-item').click();
    await this.page.getByTestId('custom-title').fill(title);
    await this.page.getByTestId('custom-owner').fill(owner);
    await this.page.getByTestId('custom-submit').click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('checklist-save-state')).toHaveAttribute('data-state', 'saved');
  }
}

const statusValue = { 'To do': 'todo', 'In progress': 'in-progress', Done: 'done', Blocked: 'blocked', 'Not applicable': 'n/a' } as const;
