import { Alert, Badge, Button, Group, Modal, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { create } from 'zustand';
import type { BackupInfo } from '../../../shared/api';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useEditor } from '../state/editor-store';
import { shellEvents } from '../state/shell-events';

export const useBackupsDialog = create<{ opened: boolean }>()(() => ({ opened: false }));

// File → Restore from backup… (Electron menu): leave the editor (which saves it) and show the list here.
shellEvents()?.onOpenBackups(() => void useEditor.getState().close().then(() => useBackupsDialog.setState({ opened: true })));

const KIND_LABEL: Record<BackupInfo['kind'], string> = { daily: 'daily', 'before-migration': 'before upgrade', 'before-restore': 'before restore' };

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function BackupsDialog() {
  const opened = useBackupsDialog((s) => s.opened);
  const close = () => useBackupsDialog.setState({ opened: false });
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  useEffect(() => {
    if (!opened) return;
    setError(null);
    setDone(null);
    api.backups.list().then(setBackups, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [opened]);

  const restore = (backup: BackupInfo) => {
    setConfirming(null);
    api.backups.restore({ name: backup.name }).then(
      (result) => setDone(result.message),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };

  return (
    <>
      <Modal opened={opened && confirming === null} onClose={close} title="Backups" size="lg" data-testid="backups-dialog">
        <Text size="sm" c="dimmed" mb="sm">A copy of all plans is kept each day (the last seven), and before every upgrade or restore.</Text>
        {error && <Alert color="red" mb="sm" title="Could not restore" data-testid="backups-error" style={{ whiteSpace: 'pre-wrap' }}>{error}</Alert>}
        {done && <Alert color="green" mb="sm" data-testid="backups-done">{done}</Alert>}
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {(backups ?? []).map((b) => (
              <Table.Tr key={b.name} data-testid={`backup-${b.name}`}>
                <Table.Td><Text size="sm">{new Date(b.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</Text></Table.Td>
                <Table.Td><Badge variant="light" color="gray">{KIND_LABEL[b.kind]}</Badge></Table.Td>
                <Table.Td><Text size="sm">{formatSize(b.sizeBytes)}</Text></Table.Td>
                <Table.Td align="right"><Button size="xs" variant="default" disabled={done !== null} onClick={() => setConfirming(b)}>Restore…</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {backups?.length === 0 && <Text size="sm">No backups yet: the first is written when Headroom starts.</Text>}
        <Group justify="flex-end" mt="md"><Button variant="default" onClick={close}>Close</Button></Group>
      </Modal>
      <ConfirmDialog
        opened={confirming !== null}
        title="Restore this backup?"
        message={`All plans will be replaced by the backup from ${confirming ? new Date(confirming.createdAt).toLocaleString() : ''}. Your current plans are kept as a backup first, so this can be undone.`}
        confirmLabel="Restore"
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && restore(confirming)}
      />
    </>
  );
}
