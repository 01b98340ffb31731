import { expect, type Page } from '@playwright/test';

export class PlanListPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    if (await this.page.getByTestId('back-to-plans').isVisible()) await this.page.getByTestId('back-to-plans').click();
    await expect(this.page.getByTestId('plan-list')).toBeVisible();
  }

  row(name: string) {
    return this.page.getByTestId(`plan-row-${name}`);
  }

  async create(name: string, template = 'blank'): Promise<void> {
    await this.page.getByTestId('new-plan').click();
    await this.page.getByTestId('new-plan-name').fill(name);
    await this.page.getByTestId(`template-${template}`).check();
    await this.page.getByTestId('create-plan').click();
    await expect(this.page.getByTestId('plan-title')).toHaveText(name);
  }

  async action(name: string, item: 'Rename' | 'Duplicate' | 'Save as file…' | 'Delete…'): Promise<void> {
    // A menu closed a moment ago (its dialog cancelled) is still fading out: wait until it is
    // gone, so the item clicked is the one of the menu opened now.
    await expect(this.page.getByRole('menu')).toHaveCount(0);
    await this.page.getByTestId(`plan-actions-${name}`).click();
    await this.page.getByRole('menu').getByRole('menuitem', { name: item }).click();
  }
}
