import { expect, type Page } from '@playwright/test';

export class EditorPage {
  constructor(private readonly page: Page) {}

  node(name: string) {
    return this.page.locator('.react-flow__node').filter({ has: this.page.getByTestId(`node-${name}`) });
  }

  /** Clicks a node and waits until the inspector shows it. */
  async selectNode(name: string): Promise<void> {
    await this.node(name).click();
    await expect(this.page.getByTestId('inspector-name')).toHaveValue(name);
  }

  /** Clicks the first labelled connection and waits until the inspector shows it. */
  async selectFirstEdge(): Promise<void> {
    await this.edges().locator('.react-flow__edge-textwrapper').first().click();
    await expect(this.page.getByTestId('inspector-calls')).toBeVisible();
  }

  async addNode(kind: string): Promise<void> {
    await this.page.getByTestId('add-node').click();
    await this.page.getByTestId(`add-${kind}`).click();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.node(from).click();
    const input = this.page.getByTestId('inspector-name');
    await input.fill(to);
    await input.press('Enter');
    await expect(this.page.getByTestId(`node-${to}`)).toBeVisible();
  }

  async moveBy(name: string, dx: number, dy: number): Promise<void> {
    const box = (await this.node(name).boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + 10);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2 + dx, box.y + 10 + dy, { steps: 8 });
    await this.page.mouse.up();
  }

  async connect(from: string, to: string): Promise<void> {
    const source = this.node(from).locator('.react-flow__handle.source');
    const target = this.node(to).locator('.react-flow__handle.target');
    const a = (await source.boundingBox())!;
    const b = (await target.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Types into a parameter field of a node's inspector. */
  async setParam(nodeName: string, key: string, value: string): Promise<void> {
    await this.node(nodeName).click();
    const input = this.page.getByTestId(`param-${key}`);
    await input.fill(value);
    await input.blur();
  }

  async clickCanvas(): Promise<void> {
    await this.page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  }

  /** Runs auto-layout and waits until the nodes are placed and the view has fitted them. */
  async autoLayout(): Promise<void> {
    const button = this.page.getByTestId('auto-layout');
    await button.click();
    await expect(button).toHaveAttribute('data-layout-state', 'idle');
  }

  /** Where a node sits on the canvas, in the plan's own coordinates (not the screen's). */
  async positionOf(name: string): Promise<{ x: number; y: number }> {
    const transform = await this.node(name).evaluate((el) => (el as HTMLElement).style.transform);
    const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
    if (!match) throw new Error(`node ${name} has no position transform (${transform})`);
    return { x: Number(match[1]), y: Number(match[2]) };
  }

  edges() {
    return this.page.locator('.react-flow__edge');
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  }
}
