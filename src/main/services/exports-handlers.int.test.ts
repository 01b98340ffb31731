import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ApiError, type ExportSaveResult } from '../../shared/api';
import { projectPlan } from '../../shared/engine';
import { xlsxFileName } from '../../shared/export/file-names';
import { buildChecklist, emptyChecklistState, type ChecklistState } from '../../shared/readiness';
import { openDatabase } from '../store/open-database';
import { createSettingsRepository } from '../store/settings-repository';
import { createExportsHandlers, LAST_FOLDER_KEY, type SaveDialogPort } from './exports-handlers';
import { createTemplateLoader } from './templates';

const root = path.resolve(import.meta.dirname, '../../..');
const plan = createTemplateLoader(path.join(root, 'resources', 'samples'))('global-conference');
const XLSX = xlsxFileName(plan.name);
const now = () => new Date('2026-01-15T12:00:00Z');
const dirs: string[] = [];
const closers: (() => void)[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'headroom-exports-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const close of closers.splice(0)) close();
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});

/** A dialog that answers as a user would, and records what it was asked. */
function fakeDialogs(answer: { file?: string | null; folder?: string | null }) {
  const asked: { kind: 'file' | 'folder'; defaultPath: string }[] = [];
  const port: SaveDialogPort = {
    chooseFile: async ({ defaultPath }) => (asked.push({ kind: 'file', defaultPath }), answer.file ?? null),
    chooseFolder: async ({ defaultPath }) => (asked.push({ kind: 'folder', defaultPath }), answer.folder ?? null),
  };
  return { port, asked };
}

function setup(dialogs?: SaveDialogPort, checklistState?: (planId: string) => ChecklistState) {
  const opened = openDatabase(tempDir());
  closers.push(() => opened.db.close());
  const settings = createSettingsRepository(opened.db);
  return { settings, handlers: createExportsHandlers({ settings, dialogs, now, checklistState, defaultFolder: () => '/nowhere/docs' }) };
}

function saved(result: ExportSaveResult): { saved: string[]; folder: string } {
  if (!('saved' in result)) throw new Error(`expected files saved, got ${JSON.stringify(result).slice(0, 200)}`);
  return result;
}

describe('exports.save with native dialogs', () => {
  it('saves everything into the chosen folder, remembers it, and opens there next time', async () => {
    const folder = tempDir();
    const { port, asked } = fakeDialogs({ folder });
    const { handlers, settings } = setup(port);
    const result = saved(await handlers.save({ plan, planId: 'p1', what: 'all' }));
    expect(result.folder).toBe(folder);
    expect(readdirSync(folder).sort()).toEqual([
      '01-baseline.tfvars', '01-baseline.tfvars.json', '02-t-2w.tfvars', '02-t-2w.tfvars.json', '03-t-1w.tfvars', '03-t-1w.tfvars.json',
      '04-t-1d.tfvars', '04-t-1d.tfvars.json', '05-after.tfvars', '05-after.tfvars.json', XLSX, 'schedule.tfvars', 'schedule.tfvars.json', 'variables.tf',
    ].sort());
    expect(result.saved).toHaveLength(14);
    expect(asked[0]).toEqual({ kind: 'folder', defaultPath: '/nowhere/docs' });
    expect(settings.get(LAST_FOLDER_KEY)).toBe(folder);

    await handlers.save({ plan, planId: 'p1', what: 'tfvars', stage: 't-1d' });
    expect(asked[1]).toEqual({ kind: 'folder', defaultPath: folder });
    expect((await handlers.preview({ plan })).lastFolder).toBe(folder);
  });

  it('saves the workbook where the file dialog says, adding .xlsx, with the readiness checklist in it', async () => {
    const folder = tempDir();
    const { port, asked } = fakeDialogs({ file: path.join(folder, 'report') });
    const { handlers, settings } = setup(port);
    settings.set(LAST_FOLDER_KEY, folder);
    const result = saved(await handlers.save({ plan, planId: 'p1', what: 'xlsx' }));
    expect(asked[0]!.defaultPath).toBe(path.join(folder, XLSX));
    expect(result.saved).toEqual([path.join(folder, 'report.xlsx')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(folder, 'report.xlsx'));
    const readiness = wb.getWorksheet('Readiness')!;
    expect(readiness.rowCount).toBeGreaterThan(10);
    expect(readiness.getRow(2).getCell(1).value).not.toBe('no checklist');
  });

  it('writes nothing and remembers nothing when the dialog is cancelled', async () => {
    const { port } = fakeDialogs({ folder: null, file: null });
    const { handlers, settings } = setup(port);
    expect(await handlers.save({ plan, planId: 'p1', what: 'all' })).toEqual({ cancelled: true });
    expect(await handlers.save({ plan, planId: 'p1', what: 'xlsx' })).toEqual({ cancelled: true });
    expect(settings.get(LAST_FOLDER_KEY)).toBeNull();
  });

  it('says why an unwritable place cannot be used, and leaves no partial file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'not-a-folder'), 'x');
    const { port } = fakeDialogs({ folder: path.join(dir, 'not-a-folder', 'tf'), file: path.join(dir, 'not-a-folder', 'r.xlsx') });
    const { handlers, settings } = setup(port);
    for (const what of ['all', 'xlsx'] as const) {
      const error = await handlers.save({ plan, planId: 'p1', what }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('storage');
      expect((error as ApiError).message).toMatch(/cannot (create|write) .*not-a-folder.*: a part of the path is a file, not a folder/);
    }
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
    expect(settings.get(LAST_FOLDER_KEY)).toBeNull();
  });

  it.skipIf(process.getuid?.() === 0)('reports permission denied for a read-only folder (skipped as root: root writes anyway)', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'ro'));
    chmodSync(path.join(dir, 'ro'), 0o500);
    const { port } = fakeDialogs({ folder: path.join(dir, 'ro') });
    const { handlers } = setup(port);
    await expect(handlers.save({ plan, planId: 'p1', what: 'all' })).rejects.toThrow(/permission denied/);
    chmodSync(path.join(dir, 'ro'), 0o755);
    expect(readdirSync(path.join(dir, 'ro'))).toEqual([]);
  });
});

describe('exports.save without dialogs (the web host)', () => {
  it('returns the files for the browser to download, and touches no folder', async () => {
    const { handlers, settings } = setup();
    const result = await handlers.save({ plan, planId: 'p1', what: 'all', stage: 't-1w' });
    if (!('download' in result)) throw new Error('expected a download payload');
    expect(result.download.map((f) => f.name)).toEqual([XLSX, 'variables.tf', '03-t-1w.tfvars', '03-t-1w.tfvars.json']);
    const xlsx = Buffer.from(result.download[0]!.base64, 'base64');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    expect(result.download[0]!.mime).toContain('spreadsheetml');
    expect(Buffer.from(result.download[2]!.base64, 'base64').toString('utf8')).toMatch(/^# Generated by Headroom/);
    expect(settings.get(LAST_FOLDER_KEY)).toBeNull();
    expect(existsSync('/nowhere')).toBe(false);
  });
});

describe('exports.preview', () => {
  it('shows every file, the name mapping and the workbook, with the saved checklist in the verdict', async () => {
    const projection = projectPlan(plan);
    const first = buildChecklist(plan, projection, emptyChecklistState())[0]!;
    const blocked: ChecklistState = { ...emptyChecklistState(), items: { [first.id]: { status: 'blocked', owner: '', note: 'no budget', evidenceUrl: '', updatedAt: '' } } };
    const { handlers } = setup(undefined, (id) => (id === 'p1' ? blocked : emptyChecklistState()));
    const preview = await handlers.preview({ plan, planId: 'p1' });
    expect(preview.tfvars.map((f) => f.name)).toHaveLength(13);
    expect(preview.tfvars[0]).toMatchObject({ name: 'variables.tf', stage: null });
    expect(preview.tfvars[1]).toMatchObject({ name: '01-baseline.tfvars', stage: 'baseline' });
    expect(preview.variableNames.length).toBeGreaterThan(0);
    expect(preview.workbook.sheets.map((s) => s.name)).toEqual(['Summary', 'Capacity', 'Projection', 'Traffic', 'Readiness', 'Assumptions', 'Costs']);
    expect(preview.workbook.verdict).toMatchObject({ level: 'not-ready', label: 'Not ready' });
    expect(preview.workbook.verdict!.reasons.join('\n')).toContain('no budget');

    const oneStage = await handlers.preview({ plan, stage: 'after' });
    expect(oneStage.tfvars.map((f) => f.name)).toEqual(['variables.tf', '05-after.tfvars', '05-after.tfvars.json']);
    expect(oneStage.workbook.verdict?.level).not.toBe('not-ready');
  });

  it('shows a stored name and the reason an unusable one was replaced', async () => {
    const [a, b] = plan.nodes.filter((n) => n.kind === 'service' || n.kind === 'database');
    const edited = {
      ...plan,
      nodes: plan.nodes.map((n) => (n.id === a!.id ? { ...n, tfvars: { variableName: 'edge_api', extra: {} } } : n.id === b!.id ? { ...n, tfvars: { variableName: 'count', extra: {} } } : n)),
    };
    const { handlers } = setup();
    const names = (await handlers.preview({ plan: edited })).variableNames;
    expect(names.find((r) => r.nodeId === a!.id)).toMatchObject({ variable: 'edge_api', source: 'stored', stored: 'edge_api' });
    expect(names.find((r) => r.nodeId === b!.id)).toMatchObject({ source: 'stored-invalid', stored: 'count' });
    expect(names.find((r) => r.nodeId === b!.id)!.note).toMatch(/not a usable Terraform variable name/);
  });
});

describe('exports with an unreadable saved checklist', () => {
  it('still previews and saves, and says the report has no checklist', async () => {
    const { handlers } = setup(undefined, () => {
      throw new ApiError('storage', 'The readiness checklist of "x" could not be read');
    });
    const preview = await handlers.preview({ plan, planId: 'p1' });
    expect(preview.workbook.verdict).toBeNull();
    expect(preview.workbook.readinessProblem).toMatch(/could not be read/);
    const result = await handlers.save({ plan, planId: 'p1', what: 'xlsx' });
    expect('download' in result && result.download).toHaveLength(1);
  });
});
