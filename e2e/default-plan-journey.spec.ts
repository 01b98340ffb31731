import ExcelJS from 'exceljs';
import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { ExportPage } from './pages/export-page';
import { PlanListPage } from './pages/plan-list-page';
import { PlanViewsPage } from './pages/plan-views-page';

// Every kind, added from the palette and left at its defaults (a Service has 2 instances,
// the small fleet whose scale-down ladder once never ended), then wired as a person would.
const kinds = ['trafficSource', 'cdn', 'loadBalancer', 'service', 'cache', 'database', 'queue', 'workerPool', 'external'] as const;
const wires: [string, string][] = [
  ['users', 'cdn'],
  ['cdn', 'lb'],
  ['lb', 'service'],
  ['service', 'cache'],
  ['cache', 'db'],
  ['service', 'queue'],
  ['queue', 'workers'],
  ['workers', 'db'],
  ['service', 'external-api'],
];

test('a plan built from empty with default nodes only goes through Capacity, Readiness and Export, and downloads its XLSX and tfvars', async ({ app, page }, testInfo) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await app.open(page);
  const list = new PlanListPage(page);
  const editor = new EditorPage(page);
  const views = new PlanViewsPage(page);
  await list.goto();
  await list.create('Defaults only');

  for (const kind of kinds) await editor.addNode(kind);
  await expect(page.locator('.react-flow__node')).toHaveCount(kinds.length);
  await editor.autoLayout();
  for (const [from, to] of wires) {
    await editor.connect(from, to);
    await editor.autoLayout();
  }
  await expect(editor.edges()).toHaveCount(wires.length);
  await editor.expectAllNodesInView();
  await editor.expectNodesClearOfOverlays();
  await editor.waitSaved();
  await screenshot(page, testInfo, 'defaults-topology');

  // Capacity: one row per node, every figure a number.
  await views.switchTo('Capacity');
  await expect(page.locator('[data-testid^="capacity-row-"]')).toHaveCount(kinds.length);
  await expect(page.getByTestId('capacity-table')).not.toContainText(/NaN|Infinity|undefined/);
  await expect(page.getByTestId('capacity-row-service')).toContainText('instances');
  await screenshot(page, testInfo, 'defaults-capacity');

  // Readiness: the countdown draws every phase (it once failed with "Invalid array length").
  await views.switchTo('Readiness');
  await expect(page.getByTestId('overall-verdict')).toBeVisible();
  for (const phase of ['t-4w', 't-2w', 't-1w', 't-1d', 'during', 'after']) {
    await page.getByTestId(`phase-step-${phase}`).click();
    await expect(page.getByTestId('phase-panel')).toHaveAttribute('data-phase', phase);
    await expect(page.getByTestId('phase-panel').locator('tr[data-status]').first()).toBeVisible();
  }
  await expect(page.getByText(/Invalid array length|could not be/i)).toHaveCount(0);
  await screenshot(page, testInfo, 'defaults-readiness');

  // Export: the workbook and every stage's tfvars.
  const exporter = new ExportPage(page);
  await views.switchTo('Export');
  await expect(exporter.preview()).toContainText('desired_capacity');
  const [xlsx] = await exporter.saveAndDownload('save-xlsx', 1);
  expect(xlsx!.name).toBe('defaults-only-capacity-report.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx!.bytes.buffer.slice(xlsx!.bytes.byteOffset, xlsx!.bytes.byteOffset + xlsx!.bytes.byteLength) as ArrayBuffer);
  // The table: the rows under the header down to the first empty one (the tier charts follow it).
  const capacity = wb.getWorksheet('Capacity')!;
  const names: unknown[] = [];
  for (let r = 2; capacity.getRow(r).getCell(1).value; r++) names.push(capacity.getRow(r).getCell(1).value);
  // The Capacity sheet lists the tiers that are sized in units (a source, CDN, queue or external is not).
  expect(names).toEqual(['lb', 'service', 'cache', 'db', 'workers']);

  const files = await exporter.saveAndDownload('save-tfvars', 11);
  expect(files.map((f) => f.name).sort()).toEqual([
    '01-baseline.tfvars', '01-baseline.tfvars.json', '02-t-2w.tfvars', '02-t-2w.tfvars.json', '03-t-1w.tfvars', '03-t-1w.tfvars.json',
    '04-t-1d.tfvars', '04-t-1d.tfvars.json', '05-after.tfvars', '05-after.tfvars.json', 'variables.tf',
  ]);
  const { parse } = await import('@cdktf/hcl2json');
  for (const file of files.filter((f) => f.name.endsWith('.tfvars'))) {
    const parsed = (await parse(file.name, file.bytes.toString('utf8'))) as Record<string, Record<string, unknown>>;
    const desired = parsed.service?.desired_capacity;
    expect(Number.isInteger(desired) && (desired as number) >= 1, `${file.name}: service desired_capacity ${String(desired)}`).toBe(true);
  }
  await screenshot(page, testInfo, 'defaults-export');

  // Back to the canvas: it still draws.
  await views.switchTo('Topology');
  expect(errors).toEqual([]);
});
