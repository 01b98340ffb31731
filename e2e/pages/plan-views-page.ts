import { expect, type Page } from '@playwright/test';

/** The view switcher in the editor's header, and what each view shows once it has rendered. */
export const viewLabels = ['Topology', 'Capacity', 'Traffic', 'Compare', 'Readiness', 'Export'] as const;
export type ViewLabel = (typeof viewLabels)[number];

export class PlanViewsPage {
  constructor(private readonly page: Page) {}

  /** Switches view and waits until the view has drawn its content (not merely mounted). */
  async switchTo(label: ViewLabel): Promise<void> {
    await this.page.getByTestId('view-switcher').getByText(label, { exact: true }).click();
    await this.expectShown(label);
  }

  async expectShown(label: ViewLabel): Promise<void> {
    // The editor's header stays; a render loop or a crash would take it down with the view.
    await expect(this.page.getByTestId('plan-title')).toBeVisible();
    switch (label) {
      case 'Topology':
        await expect(this.page.locator('.react-flow__node').first()).toBeVisible();
        await expect(this.page.getByTestId('inspector')).toBeVisible();
        return;
      case 'Capacity':
        await expect(this.page.getByTestId('capacity-table')).toBeVisible();
        return;
      case 'Compare':
        await expect(this.page.getByTestId('compare-table')).toBeVisible();
        return;
      case 'Traffic':
        await expect(this.page.getByTestId('traffic-view')).toBeVisible();
        return;
      case 'Readiness':
        await expect(this.page.getByTestId('phase-panel')).toBeVisible();
        return;
      case 'Export':
        await expect(this.page.getByTestId('export-view')).toHaveAttribute('data-preview-state', 'ready');
        return;
    }
  }
}
