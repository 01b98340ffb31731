import type { ExportPreview } from '../../shared/contract/exports';
import type { Projection } from '../../shared/engine/types';
import { stageOfFile, xlsxFileName } from '../../shared/export/file-names';
import type { ExportReadiness } from '../../shared/export/readiness-input';
import type { StageId } from '../../shared/export/stages';
import { renderTfvarsFiles } from '../../shared/export/tfvars';
import { buildTfvarsModel } from '../../shared/export/tfvars-model';
import { buildWorkbook } from '../../shared/export/xlsx/workbook';
import type { Plan } from '../../shared/model';
import type { ScenarioComparison } from '../../shared/scenarios/compare';

// The preview never writes the charts: empty images stand in so the summary does not
// pay for rasterizing and compressing PNGs on every keystroke.
const NO_CHART = new Uint8Array(0);

/**
 * What the Export view shows before anything is saved: the exact tfvars text the save
 * would write, the variable-name mapping, and the workbook's sheets and verdict, all built
 * by the same writers the save uses.
 */
export function buildExportPreview(
  plan: Plan,
  projection: Projection,
  readiness: ExportReadiness,
  stage: StageId | undefined,
  lastFolder: string | null,
  scenarios?: ScenarioComparison,
): ExportPreview {
  const model = buildTfvarsModel(plan, projection);
  const storedNames = new Map(plan.nodes.map((n) => [n.id, n.tfvars?.variableName]));
  const workbook = buildWorkbook({ plan, projection, readiness: readiness.input, scenarios, chartPng: NO_CHART, tierChartPng: NO_CHART });
  return {
    tfvars: renderTfvarsFiles(model, stage).map((f) => ({ name: f.name, stage: stageOfFile(f.name), text: f.content })),
    variableNames: model.names.map((entry) => {
      const stored = storedNames.get(entry.nodeId);
      return {
        nodeId: entry.nodeId,
        nodeName: entry.nodeName,
        variable: entry.variableName,
        source: entry.source,
        ...(stored !== undefined && stored !== '' ? { stored } : {}),
        ...(entry.note !== undefined ? { note: entry.note } : {}),
      };
    }),
    xlsxName: xlsxFileName(plan.name),
    workbook: {
      sheets: workbook.worksheets.map((ws) => ({ name: ws.name, rows: ws.rowCount, columns: ws.columnCount })),
      findings: projection.totals.counts,
      checklistItems: readiness.input?.items.length ?? 0,
      verdict: readiness.input?.verdict && readiness.verdict
        ? { level: readiness.verdict.state, label: readiness.input.verdict.verdict, reasons: [...readiness.input.verdict.reasons] }
        : null,
      readinessProblem: readiness.problem,
    },
    scenario: plan.activeScenario,
    lastFolder,
  };
}
