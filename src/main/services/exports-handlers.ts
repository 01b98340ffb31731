import { homedir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { ApiError, type ApiHandlers } from '../../shared/api';
import type { DownloadFile, ExportWhat } from '../../shared/contract/exports';
import type { Projection } from '../../shared/engine/types';
import { mimeOf, xlsxFileName } from '../../shared/export/file-names';
import { readinessForExport, type ExportReadiness } from '../../shared/export/readiness-input';
import type { StageId } from '../../shared/export/stages';
import { renderTfvarsFiles } from '../../shared/export/tfvars';
import { buildTfvarsModel } from '../../shared/export/tfvars-model';
import type { ReadinessInput } from '../../shared/export/xlsx/report-sheets';
import { writeWorkbook } from '../../shared/export/xlsx/workbook';
import { nodeBuffer } from '../export/node-buffer';
import type { Plan } from '../../shared/model';
import type { ScenarioComparison } from '../../shared/scenarios/compare';
import { scenarioForExport, type ScenarioExport } from '../../shared/scenarios/export-input';
import { emptyChecklistState, type ChecklistState } from '../../shared/readiness';
import { buildExportPreview } from '../export/export-preview';
import { ExportWriteError, writeExport } from '../export/write-export';
import type { SettingsRepository } from '../store/settings-repository';

/**
 * Native file dialogs, provided by the Electron shell (src/main/shell/dialogs.ts). Services
 * never import electron; without a port (the loopback web host) a save returns the files
 * for the browser to download instead.
 */
export interface SaveDialogPort {
  /** The chosen file path, or null when the user cancelled. */
  chooseFile(opts: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  /** The chosen folder, or null when the user cancelled. */
  chooseFolder(opts: { title: string; defaultPath: string }): Promise<string | null>;
}

export interface ExportsDeps {
  settings: SettingsRepository;
  dialogs?: SaveDialogPort | undefined;
  /** The plan's saved checklist state, for the Readiness sheet and the verdict. */
  checklistState?: ((planId: string) => ChecklistState | Promise<ChecklistState>) | undefined;
  now?: (() => Date) | undefined;
  /** Where the first dialog opens (the user's documents in Electron). */
  defaultFolder?: (() => string) | undefined;
}

export const LAST_FOLDER_KEY = 'export.lastFolder';

export function createExportsHandlers(deps: ExportsDeps): ApiHandlers['exports'] {
  const now = deps.now ?? (() => new Date());

  async function readiness(plan: Plan, projection: Projection, planId: string | undefined): Promise<ExportReadiness> {
    let state = emptyChecklistState();
    if (planId && deps.checklistState) {
      try {
        state = await deps.checklistState(planId);
      } catch (error) {
        // An unreadable saved checklist must not block the capacity report or the tfvars:
        // the report goes out without the checklist and the preview says why.
        if (!(error instanceof ApiError)) throw error;
        return { input: undefined, verdict: null, report: null, problem: error.message };
      }
    }
    return readinessForExport(plan, projection, state, now());
  }

  return {
    preview: async ({ plan: stored, planId, stage, scenario }) => {
      const { plan, projection, comparison } = chosen(stored, scenario);
      return buildExportPreview(plan, projection, await readiness(plan, projection, planId), stage, deps.settings.get(LAST_FOLDER_KEY), comparison);
    },

    save: async ({ plan: stored, planId, what, stage, scenario }) => {
      const { plan, projection, comparison } = chosen(stored, scenario);
      const checklist = (await readiness(plan, projection, planId)).input;
      if (!deps.dialogs) return { download: await downloadFiles(plan, projection, checklist, what, stage, comparison) };

      const start = deps.settings.get(LAST_FOLDER_KEY) ?? deps.defaultFolder?.() ?? homedir();
      const target = await chooseTarget(deps.dialogs, what, start, xlsxFileName(plan.name));
      if (!target) return { cancelled: true as const };
      try {
        const result = await writeExport({ plan, projection, xlsxPath: target.xlsxPath, tfvarsDir: target.tfvarsDir, stage, readiness: checklist, scenarios: comparison });
        deps.settings.set(LAST_FOLDER_KEY, target.folder);
        return { saved: result.written, folder: target.folder };
      } catch (error) {
        // The message names the file and the reason ("permission denied"): the user can act on it.
        if (error instanceof ExportWriteError) throw new ApiError('storage', error.message);
        throw error;
      }
    },
  };
}

/** The scenario to export (the plan's active one unless named) and the comparison of all of them. */
function chosen(stored: Plan, scenario: string | undefined): ScenarioExport {
  const result = scenarioForExport(stored, scenario);
  if (!result.ok) throw new ApiError('invalid-input', result.message);
  return result.value;
}

interface Target {
  folder: string;
  xlsxPath?: string | undefined;
  tfvarsDir?: string | undefined;
}

async function chooseTarget(dialogs: SaveDialogPort, what: ExportWhat, start: string, xlsxName: string): Promise<Target | null> {
  if (what === 'xlsx') {
    const chosen = await dialogs.chooseFile({
      title: 'Save the capacity report',
      defaultPath: path.join(start, xlsxName),
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    if (!chosen) return null;
    // GTK's dialog does not append the filter's extension; Excel needs it to open the file.
    const xlsxPath = path.extname(chosen).toLowerCase() === '.xlsx' ? chosen : `${chosen}.xlsx`;
    return { folder: path.dirname(xlsxPath), xlsxPath };
  }
  const folder = await dialogs.chooseFolder({
    title: what === 'all' ? 'Choose a folder for the report and the Terraform files' : 'Choose a folder for the Terraform files',
    defaultPath: start,
  });
  if (!folder) return null;
  return { folder, tfvarsDir: folder, ...(what === 'all' ? { xlsxPath: path.join(folder, xlsxName) } : {}) };
}

async function downloadFiles(
  plan: Plan,
  projection: Projection,
  readiness: ReadinessInput | undefined,
  what: ExportWhat,
  stage: StageId | undefined,
  scenarios: ScenarioComparison | undefined,
): Promise<DownloadFile[]> {
  const files: DownloadFile[] = [];
  const add = (name: string, data: Uint8Array | string) => files.push({ name, mime: mimeOf(name), base64: Buffer.from(data).toString('base64') });
  if (what !== 'tfvars') {
    add(xlsxFileName(plan.name), await writeWorkbook({ plan, projection, readiness, scenarios, deflate: (d) => deflateSync(d) }, { nodeBuffer }));
  }
  if (what !== 'xlsx') {
    for (const file of renderTfvarsFiles(buildTfvarsModel(plan, projection), stage)) add(file.name, file.content);
  }
  return files;
}
