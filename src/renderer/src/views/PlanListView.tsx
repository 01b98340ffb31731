import { ActionIcon, Badge, Button, Container, Group, Menu, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ArchiveRestore, Copy, Download, MoreHorizontal, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { PlanSummary } from '../../../shared/api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useEditor } from '../state/editor-store';
import { usePlans } from '../state/plans-store';
import { BackupsDialog, useBackupsDialog } from './BackupsDialog';
import { NewPlanDialog } from './NewPlanDialog';
import { OpenPlanFileButton, PlanFileError, savePlanFile } from './PlanFileActions';
import { RenameDialog } from './RenameDialog';

function fail(title: string) {
  return (error: unknown) => notifications.show({ color: 'red', title, message: error instanceof Error ? error.message : String(error) });
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function PlanListView() {
  const { plans, loading, error, create, rename, duplicate, remove } = usePlans();
  const open = useEditor((s) => s.open);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<PlanSummary | null>(null);
  const [deleting, setDeleting] = useState<PlanSummary | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  return (
    <Container size="lg" py="xl" data-testid="plan-list">
      <Group justify="space-between" mb="lg">
        <div>
          <Title order={2}>Plans</Title>
          <Text c="dimmed" size="sm">Each plan is a topology, its traffic and growth, and the event it is preparing for.</Text>
        </div>
        <Group gap="sm">
          <Button variant="default" leftSection={<ArchiveRestore size={16} />} onClick={() => useBackupsDialog.setState({ opened: true })} data-testid="open-backups">
            Backups
          </Button>
          <OpenPlanFileButton onError={setFileError} />
          <Button leftSection={<Plus size={16} />} onClick={() => setCreating(true)} data-testid="new-plan">
            New plan
          </Button>
        </Group>
      </Group>
      <PlanFileError message={fileError} onClose={() => setFileError(null)} />
      {error && <Text c="red" mb="md">Could not list plans: {error}</Text>}
      <Paper withBorder>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Plan</Table.Th>
              <Table.Th>Event</Table.Th>
              <Table.Th>Topology</Table.Th>
              <Table.Th>Last saved</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.map((p) => (
              <Table.Tr key={p.id} className="hr-plan-row" data-testid={`plan-row-${p.name}`} onClick={() => void open(p.id)}>
                <Table.Td>
                  <Text fw={600} size="sm">{p.name}</Text>
                  <Text size="xs" c="dimmed">revision {p.revision}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.eventName || '—'}</Text>
                  <Text size="xs" c="dimmed">{p.eventDate}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray">{p.nodeCount} nodes · {p.edgeCount} connections</Badge>
                </Table.Td>
                <Table.Td><Text size="sm">{formatDate(p.updatedAt)}</Text></Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${p.name}`} data-testid={`plan-actions-${p.name}`}>
                        <MoreHorizontal size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<Pencil size={14} />} onClick={() => setRenaming(p)}>Rename</Menu.Item>
                      <Menu.Item leftSection={<Copy size={14} />} onClick={() => void duplicate(p.id).catch(fail('Could not duplicate'))}>Duplicate</Menu.Item>
                      <Menu.Item leftSection={<Download size={14} />} onClick={() => void savePlanFile(p.id).catch(fail('Could not save the file'))}>Save as file…</Menu.Item>
                      <Menu.Divider />
                      <Menu.Item color="red" leftSection={<Trash2 size={14} />} onClick={() => setDeleting(p)}>Delete…</Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!loading && plans.length === 0 && (
          <Stack align="center" py="xl" gap="xs">
            <Text fw={500}>No plans yet</Text>
            <Text size="sm" c="dimmed">Start from a template (a global conference, a flash sale) or from a blank canvas.</Text>
          </Stack>
        )}
      </Paper>
      <BackupsDialog />
      <NewPlanDialog opened={creating} onClose={() => setCreating(false)} onCreate={async (name, template) => void open(await create(name, template))} />
      <RenameDialog opened={renaming !== null} initial={renaming?.name ?? ''} onClose={() => setRenaming(null)} onRename={(name) => rename(renaming!.id, name)} />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete plan"
        message={`Delete “${deleting?.name ?? ''}” and its saved history (${deleting?.revision ?? 0} saves)? This cannot be undone from within Headroom (daily backups are kept in the backups folder).`}
        confirmLabel="Delete plan"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) void remove(target.id).catch(fail('Could not delete'));
        }}
      />
    </Container>
  );
}
