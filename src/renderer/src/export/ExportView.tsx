import { Alert, Button, Divider, Group, Loader, ScrollArea, Select, Text, Title } from '@mantine/core';
import { FileSpreadsheet, FolderDown, FolderOpen, Package } from 'lucide-react';
import { useState } from 'react';
import type { ExportPreview, ExportWhat } from '../../../shared/contract/exports';
import { isStageId, stages, type StageId } from '../../../shared/export/stages';
import { useEditor } from '../state/editor-store';
import { ExportFileList, type ExportFileEntry } from './ExportFileList';
import { HandoffWarnings } from './HandoffWarnings';
import { HclPreview } from './HclPreview';
import { saveExport, type SaveOutcome } from './save-export';
import { useExportPreview } from './use-export-preview';
import { VariableNamesTable } from './VariableNamesTable';
import { WorkbookSummary } from './WorkbookSummary';
import { ScenarioLabel } from '../compare/ScenarioLabel';

const XLSX_ID = 'xlsx';
const stageOptions = [{ value: 'all', label: 'All stages' }, ...stages.map((s) => ({ value: s.id, label: `${s.fileStem.slice(0, 2)} · ${s.label}` }))];

function fileEntries(preview: ExportPreview, stage: StageId | null): ExportFileEntry[] {
  const sheets = preview.workbook.sheets.length;
  const entries: ExportFileEntry[] = [{ id: XLSX_ID, label: preview.xlsxName, description: `${sheets} sheets`, type: 'xlsx' }];
  for (const file of preview.tfvars) {
    if (stage && file.stage !== null && file.stage !== stage) continue;
    const info = stages.find((s) => s.id === file.stage);
    entries.push({
      id: file.name,
      label: file.name,
      description: info ? info.label : file.name.startsWith('schedule.') ? 'scheduled actions, every stage dated' : 'declarations',
      type: file.name.endsWith('.json') ? 'json' : 'tf',
    });
  }
  return entries;
}

/** The hand-off: preview every file, fix variable names, then save (dialog) or download (web). */
export function ExportView() {
  const plan = useEditor((s) => s.plan);
  const planId = useEditor((s) => s.planId);
  const { preview, error, stale } = useExportPreview(plan, planId);
  const [stage, setStage] = useState<StageId | null>(null);
  const [selected, setSelected] = useState<string>('01-baseline.tfvars');
  const [saving, setSaving] = useState<ExportWhat | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  if (!plan || !planId) return null;
  if (!preview) {
    return (
      <Group p="xl" gap="sm" data-testid="export-view">
        {error ? <Alert color="red" title="The export preview failed">{error}</Alert> : <><Loader size="sm" /><Text c="dimmed">Preparing the export…</Text></>}
      </Group>
    );
  }

  const files = fileEntries(preview, stage);
  const current = files.find((f) => f.id === selected) ?? files.find((f) => f.type === 'tf' && f.id !== 'variables.tf') ?? files[0]!;
  const text = preview.tfvars.find((f) => f.name === current.id)?.text;
  const stageInfo = stages.find((s) => current.id.startsWith(`${s.fileStem}.`));

  const save = async (what: ExportWhat) => {
    setSaving(what);
    setOutcome(null);
    try {
      setOutcome(await saveExport({ plan, planId, what, stage: stage ?? undefined }));
    } finally {
      setSaving(null);
    }
  };
  const onStage = (value: string | null) => {
    const next = value && isStageId(value) ? value : null;
    setStage(next);
    const info = stages.find((s) => s.id === next);
    if (info) setSelected(`${info.fileStem}.tfvars`);
  };

  return (
    <div style={{ flex: 1, display: 'flex', flexDirection: 'column', minHeight: 0 }} data-testid="export-view" data-preview-state={stale ? 'updating' : 'ready'}>
      <Group px="md" py={8} gap="sm" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', background: 'white' }} wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <ScenarioLabel name={preview.scenario} testId="export-scenario" />
          <Select size="xs" w={170} data={stageOptions} value={stage ?? 'all'} onChange={onStage} allowDeselect={false} aria-label="Stages to export" data-testid="export-stage" />
          <Button size="xs" leftSection={<FileSpreadsheet size={14} />} loading={saving === 'xlsx'} disabled={saving !== null} onClick={() => void save('xlsx')} data-testid="save-xlsx">Save XLSX…</Button>
          <Button size="xs" variant="default" leftSection={<FolderDown size={14} />} loading={saving === 'tfvars'} disabled={saving !== null} onClick={() => void save('tfvars')} data-testid="save-tfvars">
            Save tfvars…
          </Button>
          <Button size="xs" variant="default" leftSection={<Package size={14} />} loading={saving === 'all'} disabled={saving !== null} onClick={() => void save('all')} data-testid="save-all">Save all…</Button>
          {stale && <Loader size={14} />}
        </Group>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          {preview.lastFolder && (
            <>
              <FolderOpen size={14} color="var(--mantine-color-gray-6)" />
              <Text size="xs" c="dimmed" truncate maw={420} title={preview.lastFolder} data-testid="last-folder">Last saved to {preview.lastFolder}</Text>
            </>
          )}
        </Group>
      </Group>

      <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <ScrollArea w={460} style={{ borderRight: '1px solid var(--mantine-color-gray-3)', background: 'white', flexShrink: 0 }} type="auto">
          <HandoffWarnings />
          <Title order={6} px="md" pt="sm" pb={4} c="dimmed" tt="uppercase">Files</Title>
          <ExportFileList files={files} selected={current.id} onSelect={setSelected} />
          <Divider my="sm" />
          <Title order={6} px="md" pb={2} c="dimmed" tt="uppercase">Terraform variables</Title>
          <Text size="xs" c="dimmed" px="md" pb={6}>Fixed when a node is created: renaming the node keeps it. Change one here only with the infra module (saved in the plan, undoable).</Text>
          <div style={{ padding: '0 8px 12px' }}>
            <VariableNamesTable rows={preview.variableNames} plan={plan} />
          </div>
        </ScrollArea>

        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0, background: 'var(--mantine-color-gray-0)' }}>
          {outcome?.kind === 'failed' && (
            <Alert color="red" title="The export was not saved" m="sm" mb={0} withCloseButton onClose={() => setOutcome(null)} data-testid="export-error">{outcome.message}</Alert>
          )}
          {error && <Alert color="orange" m="sm" mb={0} title="The preview could not be updated">{error}</Alert>}
          {current.id === XLSX_ID ? (
            <WorkbookSummary preview={preview} />
          ) : (
            <>
              <Group px="md" py={6} gap="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                <Text size="sm" ff="monospace" fw={600}>{current.label}</Text>
                <Text size="xs" c="dimmed">{stageInfo ? `${stageInfo.label}: ${stageInfo.description}` : 'one object variable per sized node, with validation'}</Text>
              </Group>
              <HclPreview text={text ?? ''} fileName={current.id} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
