import { notifications } from '@mantine/notifications';
import type { ExportWhat } from '../../../shared/contract/exports';
import type { StageId } from '../../../shared/export/stages';
import type { Plan } from '../../../shared/model/plan';
import { api } from '../api/client';
import { downloadFiles } from './download';

export type SaveOutcome = { kind: 'saved'; folder: string; files: string[] } | { kind: 'downloaded'; files: string[] } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

function listed(files: readonly string[]): string {
  const names = files.map(baseName);
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/**
 * One "Save …" button: main shows its native dialog and writes (Electron), or returns the
 * files for the browser to download (web host). The outcome is also shown as a notification.
 */
export async function saveExport(request: { plan: Plan; planId: string; what: ExportWhat; stage?: StageId | undefined }): Promise<SaveOutcome> {
  let outcome: SaveOutcome;
  try {
    const result = await api.exports.save({ plan: request.plan, planId: request.planId, what: request.what, ...(request.stage ? { stage: request.stage } : {}) });
    if ('cancelled' in result) return { kind: 'cancelled' };
    if ('download' in result) {
      await downloadFiles(result.download);
      outcome = { kind: 'downloaded', files: result.download.map((f) => f.name) };
    } else {
      outcome = { kind: 'saved', folder: result.folder, files: result.saved };
    }
  } catch (error) {
    outcome = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.kind === 'saved') {
    notifications.show({ color: 'green', title: `Saved ${outcome.files.length} file${outcome.files.length === 1 ? '' : 's'} to ${outcome.folder}`, message: listed(outcome.files) });
  } else if (outcome.kind === 'downloaded') {
    notifications.show({ color: 'green', title: `Downloaded ${outcome.files.length} file${outcome.files.length === 1 ? '' : 's'}`, message: listed(outcome.files) });
  } else if (outcome.kind === 'failed') {
    notifications.show({ color: 'red', autoClose: false, title: 'The export was not saved', message: outcome.message });
  }
  return outcome;
}
