import { stages, type StageId } from './stages';

/**
 * File names the hand-off proposes. The plan name is user text: folded to a portable
 * stem (no path separators, no characters Windows refuses), so a plan called
 * `../../etc` or `Q3: "big" sale` can never name a file outside the chosen folder.
 */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return stem === '' ? 'plan' : stem;
}

export function xlsxFileName(planName: string): string {
  return `${fileStem(planName)}-capacity-report.xlsx`;
}

/** The stage a tfvars file belongs to (`03-t-1w.tfvars.json` → `t-1w`), null for variables.tf. */
export function stageOfFile(fileName: string): StageId | null {
  return stages.find((s) => fileName.startsWith(`${s.fileStem}.`))?.id ?? null;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function mimeOf(fileName: string): string {
  if (fileName.endsWith('.xlsx')) return XLSX_MIME;
  if (fileName.endsWith('.json')) return 'application/json';
  return 'text/plain';
}
