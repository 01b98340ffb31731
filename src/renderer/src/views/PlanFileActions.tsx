import { Alert, Button, FileButton, Text } from '@mantine/core';
import { FolderOpen } from 'lucide-react';
import { useState } from 'react';
import { ApiError } from '../../../shared/api-error';
import { planFileText } from '../../../shared/readiness/plan-file';
import type { ChecklistState } from '../../../shared/readiness/schema';
import { api } from '../api/client';
import { useChecklist } from '../readiness/checklist-store';
import { downloadBlob, fileSlug } from '../components/download';
import { useEditor } from '../state/editor-store';
import { usePlans } from '../state/plans-store';

/** "Open plan file…": a colleague's `*.headroom.json` becomes a new plan, or a message says what is wrong with it. */
export function OpenPlanFileButton({ onError }: { onError: (message: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  async function open(file: File | null) {
    if (!file) return;
    setBusy(true);
    onError(null);
    try {
      const stored = await api.plans.importFile({ fileName: file.name, text: await file.text() });
      await usePlans.getState().refresh();
      await useEditor.getState().open(stored.id);
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <FileButton onChange={(f) => void open(f)} accept=".json,application/json">
      {(props) => (
        <Button {...props} variant="default" loading={busy} leftSection={<FolderOpen size={16} />} data-testid="open-plan-file">
          Open plan file…
        </Button>
      )}
    </FileButton>
  );
}

export function PlanFileError({ message, onClose }: { message: string | null; onClose: () => void }) {
  if (!message) return null;
  return (
    <Alert color="red" title="That file was not opened" withCloseButton onClose={onClose} mb="md" data-testid="plan-file-error">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{message}</Text>
      <Text size="xs" c="dimmed" mt="xs">Nothing was changed: your plans are as they were.</Text>
    </Alert>
  );
}

/**
 * Writes a stored plan as a `*.headroom.json` file to share or to feed the CLI, with the
 * checklist state (statuses, owners, notes, evidence, due overrides) the store holds for
 * it, pending edits flushed first. A checklist the store cannot read stays out of the file
 * (and in the store, untouched): the plan is still worth sharing.
 */
export async function savePlanFile(id: string): Promise<void> {
  await useChecklist.getState().flush();
  const stored = await api.plans.get({ id });
  let checklist: ChecklistState | null = null;
  try {
    checklist = await api.checklist.get({ planId: id });
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'storage')) throw error;
  }
  const text = planFileText(stored.plan, checklist);
  downloadBlob(`${fileSlug(stored.plan.name)}.headroom.json`, new Blob([text], { type: 'application/json' }));
}
