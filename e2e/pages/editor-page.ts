import { expect, type Locator, type Page } from '@playwright/test';

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
    await this.page.locator('.hr-edge-label').first().click();
    await expect(this.page.getByTestId('inspector-calls')).toBeVisible();
  }

  /** Adds a node with nothing selected: it lands near the view's centre, unwired. */
  async addNode(kind: string): Promise<void> {
    if ((await this.page.locator('.react-flow__node.selected').count()) > 0) {
      await this.clickCanvas();
      await expect(this.page.locator('.react-flow__node.selected')).toHaveCount(0);
    }
    await this.addFromPalette(kind);
  }

  /** Adds a node while `name` is selected: it lands beside it, wired from it. */
  async addNodeBeside(name: string, kind: string): Promise<void> {
    await this.selectNode(name);
    await this.addFromPalette(kind);
  }

  private async addFromPalette(kind: string): Promise<void> {
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

  /**
   * Drags a connection from one node's source handle to another's target handle, as a
   * person does, and waits for the new edge. Where a handle is covered (the minimap sits
   * over the bottom-right corner of a fitted view), zooms out first, as a person would.
   */
  async connect(from: string, to: string): Promise<void> {
    const before = await this.edges().count();
    const source = this.node(from).locator('.react-flow__handle.source');
    const target = this.node(to).locator('.react-flow__handle.target');
    for (let attempt = 0; ; attempt += 1) {
      const covers = [await this.coveredBy(source), await this.coveredBy(target)];
      if (covers.every((c) => c === null)) break;
      if (attempt === 4) throw new Error(`the handles of ${from} and ${to} stay covered by ${covers.join(' / ')}`);
      await this.page.locator('.react-flow__controls-zoomout').click();
    }
    const a = (await source.boundingBox())!;
    const b = (await target.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await this.page.mouse.up();
    await expect(this.edges()).toHaveCount(before + 1);
  }

  /** What a click at the middle of the element would reach instead of it, or null when it reaches it. */
  private async coveredBy(locator: Locator): Promise<string | null> {
    return locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return `the window's edge (${Math.round(x)}, ${Math.round(y)})`;
      const hit = document.elementFromPoint(x, y);
      if (hit !== null && (hit === el || el.contains(hit))) return null;
      return hit ? `${hit.tagName.toLowerCase()}.${String(hit.className)} ${hit.closest('[data-id]')?.getAttribute('data-id') ?? ''}` : 'nothing';
    });
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

  /** Every node is drawn inside the visible canvas (what a fitted view promises). */
  async expectAllNodesInView(): Promise<void> {
    const pane = (await this.page.getByTestId('canvas').boundingBox())!;
    for (const node of await this.page.locator('.react-flow__node').all()) {
      const box = (await node.boundingBox())!;
      const inside = box.x >= pane.x && box.y >= pane.y && box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height;
      expect(inside, `${await node.getAttribute('data-id')} at ${JSON.stringify(box)} is outside the canvas ${JSON.stringify(pane)}`).toBe(true);
    }
  }

  /** No node is drawn under the canvas's own overlays (toolbar, zoom controls, minimap), where it cannot be reached. */
  async expectNodesClearOfOverlays(): Promise<void> {
    const overlays = await Promise.all(
      ['.react-flow__panel.top.left', '.react-flow__controls', '.react-flow__minimap'].map(async (selector) => ({ selector, box: (await this.page.locator(selector).boundingBox())! })),
    );
    for (const node of await this.page.locator('.react-flow__node').all()) {
      const box = (await node.boundingBox())!;
      for (const { selector, box: o } of overlays) {
        const overlaps = box.x < o.x + o.width && o.x < box.x + box.width && box.y < o.y + o.height && o.y < box.y + box.height;
        expect(overlaps, `${await node.getAttribute('data-id')} is under ${selector}`).toBe(false);
      }
    }
  }

  /**
   * Every edge label reads whole: none is covered by a card (labels are drawn under the
   * cards, so a covered one shows a cut number, "19,79" for 19,790) or overlaps another label.
   */
  async expectEdgeLabelsReadable(): Promise<void> {
    const { labels, cards } = await this.page.evaluate(() => {
      const rect = (el: Element) => el.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number };
      return {
        labels: [...document.querySelectorAll('.hr-edge-label')].map((el) => ({ text: el.textContent ?? '', ends: el.getAttribute('data-ends') ?? '', ...rect(el) })),
        cards: [...document.querySelectorAll('.react-flow__node')].map((el) => ({ id: el.getAttribute('data-id') ?? '', ...rect(el) })),
      };
    });
    type R = { left: number; right: number; top: number; bottom: number };
    // One pixel of tolerance: a border touching is not a cover.
    const meet = (a: R, b: R) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const clashes: string[] = [];
    labels.forEach((l, i) => {
      for (const c of cards) if (meet(l, c)) clashes.push(`label "${l.text}" (${l.ends}) under card ${c.id}`);
      labels.slice(i + 1).forEach((m) => meet(l, m) && clashes.push(`labels "${l.text}" (${l.ends}) and "${m.text}" (${m.ends}) overlap`));
    });
    expect(labels.length).toBeGreaterThan(0);
    expect(clashes).toEqual([]);
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
