import { z } from 'zod';
import { stageIds } from '../export/stages';
import { PlanSchema } from '../model/plan';
import { call } from './call';
import { PlanIdSchema } from './plans';

/**
 * The Export view's calls. The renderer sends the plan it shows (it may hold edits the
 * autosave has not written yet), so what is previewed and saved is what the user sees.
 */

export const StageIdSchema = z.enum(stageIds);
export const ExportWhatSchema = z.enum(['xlsx', 'tfvars', 'all']);
export type ExportWhat = z.infer<typeof ExportWhatSchema>;

export const VariableNameRowSchema = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  variable: z.string(),
  /** the node's stored name, derived (it has none), deduplicated, or a stored name that could not be used. */
  source: z.enum(['stored', 'derived', 'deduplicated', 'stored-invalid']),
  /** The name stored on the node, as it is in the plan, if any. */
  stored: z.string().optional(),
  note: z.string().optional(),
});
export type VariableNameRow = z.infer<typeof VariableNameRowSchema>;

export const SheetSummarySchema = z.object({ name: z.string(), rows: z.number().int(), columns: z.number().int() });
export type SheetSummary = z.infer<typeof SheetSummarySchema>;

export const ExportPreviewSchema = z.object({
  /** variables.tf, then per stage `NN-stage.tfvars` and `.tfvars.json` (one stage when asked). */
  tfvars: z.array(z.object({ name: z.string(), stage: StageIdSchema.nullable(), text: z.string() })),
  variableNames: z.array(VariableNameRowSchema),
  /** The XLSX file name "Save XLSX…" proposes. */
  xlsxName: z.string(),
  workbook: z.object({
    sheets: z.array(SheetSummarySchema),
    findings: z.object({ critical: z.number().int(), warning: z.number().int(), info: z.number().int() }),
    checklistItems: z.number().int(),
    verdict: z.object({ level: z.enum(['ready', 'at-risk', 'not-ready']), label: z.string(), reasons: z.array(z.string()) }).nullable(),
    /** Why the report has no checklist, when it has none. */
    readinessProblem: z.string().nullable(),
  }),
  /** The scenario the Capacity sheets and the tfvars are for. */
  scenario: z.string(),
  /** The folder the last save went to, if any (remembered across launches). */
  lastFolder: z.string().nullable(),
});
export type ExportPreview = z.infer<typeof ExportPreviewSchema>;

export const DownloadFileSchema = z.object({ name: z.string(), mime: z.string(), base64: z.string() });
export type DownloadFile = z.infer<typeof DownloadFileSchema>;

export const ExportSaveResultSchema = z.union([
  z.object({ saved: z.array(z.string()), folder: z.string() }),
  z.object({ cancelled: z.literal(true) }),
  /** No native dialogs (the web host): the renderer downloads these. */
  z.object({ download: z.array(DownloadFileSchema) }),
]);
export type ExportSaveResult = z.infer<typeof ExportSaveResultSchema>;

export const exportsContract = {
  // `scenario`: the one to export (the plan's active one when absent); the workbook compares them all.
  preview: call(z.object({ plan: PlanSchema, planId: PlanIdSchema.optional(), stage: StageIdSchema.optional(), scenario: z.string().max(100).optional() }), ExportPreviewSchema),
  save: call(z.object({ plan: PlanSchema, planId: PlanIdSchema, what: ExportWhatSchema, stage: StageIdSchema.optional(), scenario: z.string().max(100).optional() }), ExportSaveResultSchema),
};
