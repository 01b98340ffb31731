import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { PlanListPage } from './pages/plan-list-page';

/**
 * The smallest card text as drawn on screen, in CSS px: each text element's computed font
 * size times the canvas's zoom (React Flow scales the viewport with a CSS transform).
 */
async function smallestCardTextPx(page: import('@playwright/test').Page): Promise<{ px: number; zoom: number; which: string }> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    let smallest = { px: Infinity, zoom, which: '' };
    for (const el of document.querySelectorAll<HTMLElement>('.hr-node *')) {
      // Only elements that draw text themselves (a direct, non-blank text node).
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * zoom;
      if (px < smallest.px) smallest = { px, zoom, which: `${el.className || el.tagName}: ${(el.textContent ?? '').trim().slice(0, 30)}` };
    }
    return smallest;
  });
}

for (const sample of ['global-conference', 'event-platform', 'flash-sale', 'ticketing-launch']) {
  test(`the ${sample} sample's cards are readable at the view it opens with (1440×900)`, async ({ app, page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.open(page);
    const list = new PlanListPage(page);
    const editor = new EditorPage(page);
    await list.goto();
    await list.create(`Sample ${sample}`, sample);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    // React Flow fits once it has measured the nodes: wait until every card is in view.
    await expect(async () => editor.expectAllNodesInView()).toPass({ timeout: 5_000 });
    const measured = await smallestCardTextPx(page);
    testInfo.annotations.push({ type: 'smallest card text', description: `${measured.px.toFixed(1)} px at zoom ${measured.zoom.toFixed(3)} (${measured.which})` });
    await editor.expectAllNodesInView();
    await editor.expectNodesClearOfOverlays();
    await screenshot(page, testInfo, `canvas-sample-${sample}`);
    await editor.expectEdgeLabelsReadable();
    expect(measured.px, `smallest card text ${measured.which}`).toBeGreaterThanOrEqual(11);
  });
}

test('a node added while another is selected lands beside it, wired from it, and is selected; paste and duplicate land clear of the originals, selected', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(page);
  const list = new PlanListPage(page);
  const editor = new EditorPage(page);
  await list.goto();
  await list.create('Beside');
  await editor.addNode('trafficSource');
  await editor.addNodeBeside('users', 'service');
  await expect(page.getByTestId('inspector-name')).toHaveValue('service');
  await expect(editor.node('service')).toHaveClass(/selected/);
  await expect(editor.edges()).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[data-id]').first()).toHaveAttribute('aria-label', /users.*service|Edge from/);
  const users = await editor.positionOf('users');
  const service = await editor.positionOf('service');
  expect(service.x, 'to the right of the node it was added beside').toBeGreaterThan(users.x + 200);
  // Chained: a database beside the service is the service's next hop.
  await editor.addNodeBeside('service', 'database');
  await expect(editor.edges()).toHaveCount(2);
  await editor.waitSaved();
  await screenshot(page, testInfo, 'canvas-added-beside');

  const overlap = async () => {
    const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    return boxes.some((a, i) => boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
  };
  await editor.selectNode('service');
  await page.keyboard.press('Control+d');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(page.getByTestId('inspector-name')).toHaveValue('service-2');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.getByTestId('inspector-name')).toHaveValue('service-3');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect.poll(overlap, { message: 'a copy hides another card' }).toBe(false);
});

test('auto-layout lays out disconnected nodes too and fits them in view, even from a view panned away from every node', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(page);
  const list = new PlanListPage(page);
  const editor = new EditorPage(page);
  await list.goto();
  await list.create('Islands');
  for (const kind of ['trafficSource', 'service', 'cache', 'queue', 'database', 'external']) await editor.addNode(kind);
  await editor.connect('users', 'service');
  // Pan far away: nothing left on screen.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  for (let k = 0; k < 3; k++) {
    await page.mouse.move(pane.x + pane.width - 40, pane.y + pane.height / 2);
    await page.mouse.down();
    await page.mouse.move(pane.x + 40, pane.y + pane.height / 2, { steps: 5 });
    await page.mouse.up();
  }
  await editor.autoLayout();
  await editor.expectAllNodesInView();
  await editor.expectNodesClearOfOverlays();
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes).toHaveLength(6);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `nodes ${i} and ${j} overlap`).toBe(false);
    }
  }
  await screenshot(page, testInfo, 'canvas-auto-layout-islands');
});

test('in the flash-sale sample no edge label sits on a card its edge does not join, and a label click selects its edge', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(page);
  const list = new PlanListPage(page);
  const editor = new EditorPage(page);
  await list.goto();
  await list.create('Labels', 'flash-sale');
  await expect(async () => editor.expectAllNodesInView()).toPass({ timeout: 5_000 });
  const misplaced = await page.evaluate(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => ({ id: el.dataset.id!, box: el.getBoundingClientRect() }));
    const out: string[] = [];
    for (const label of document.querySelectorAll<HTMLElement>('.hr-edge-label')) {
      const id = label.dataset.edgeId!;
      const box = label.getBoundingClientRect();
      const [source, target] = (label.dataset.ends ?? '').split(' ');
      for (const card of cards) {
        if (card.id === source || card.id === target) continue;
        const w = Math.min(box.right, card.box.right) - Math.max(box.left, card.box.left);
        const h = Math.min(box.bottom, card.box.bottom) - Math.max(box.top, card.box.top);
        if (w > 1 && h > 1) out.push(`${label.textContent} (${id}) on ${card.id}`);
      }
    }
    return out;
  });
  expect(misplaced).toEqual([]);
  await page.locator('.hr-edge-label', { hasText: '×2 · 39,579 rps' }).click();
  await expect(page.getByTestId('inspector-calls')).toBeVisible();
  await expect(page.locator('.hr-edge-label--selected')).toHaveText('×2 · 39,579 rps');
  await screenshot(page, testInfo, 'canvas-flash-sale-edge-selected');
});
