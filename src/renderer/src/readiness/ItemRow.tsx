import { ActionIcon, Badge, Group, Menu, Select, Spoiler, Table, Text, Tooltip } from '@mantine/core';
import { EllipsisVertical, Pencil, Trash2, X } from 'lucide-react';
import { isOverdue, itemStatuses, itemStatusLabels, type ChecklistItem, type ItemStatus } from '../../../shared/readiness';
import type { ChecklistActions } from './checklist-actions';
import { DueCell } from './DueCell';
import { CommitInput, CommitNote, EvidenceField } from './item-fields';
import { statusColor } from './verdict-style';

const statusOptions = itemStatuses.map((s) => ({ value: s, label: itemStatusLabels[s] }));

function isStatus(value: string | null): value is ItemStatus {
  return value !== null && (itemStatuses as readonly string[]).includes(value);
}

interface Props {
  item: ChecklistItem;
  now: Date;
  timeZone: string;
  actions: ChecklistActions;
  onEditCustom: (item: ChecklistItem) => void;
}

/** One checklist item: status, what and why, when, who, and what was found (note, evidence). */
export function ItemRow({ item, now, timeZone, actions, onEditCustom }: Props) {
  const overdue = isOverdue(item, now);
  const testId = (field: string) => `item-${field}-${item.id}`;
  return (
    <Table.Tr data-testid={`item-${item.id}`} data-status={item.status} data-obsolete={String(item.obsolete)}>
      <Table.Td>
        <Select
          size="xs"
          data={statusOptions}
          value={item.status}
          allowDeselect={false}
          aria-label="Status"
          data-testid={testId('status')}
          leftSection={<span style={{ width: 8, height: 8, borderRadius: 4, background: `var(--mantine-color-${statusColor[item.status]}-6)` }} />}
          onChange={(value) => isStatus(value) && actions.update(item, { status: value })}
          comboboxProps={{ withinPortal: true }}
        />
      </Table.Td>
      <Table.Td className="hr-item-cell">
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Text size="sm" fw={500} className="hr-item-title" style={{ flex: 1, minWidth: 0 }}>{item.title}</Text>
          {item.origin === 'custom' && <Badge size="xs" variant="outline" color="gray">custom</Badge>}
          {overdue && <Badge size="xs" color="red" variant="filled" data-testid={testId('overdue')}>overdue</Badge>}
          {item.obsolete && <Badge size="xs" color="gray" variant="filled">obsolete</Badge>}
        </Group>
        {item.obsolete && item.obsoleteReason && (
          <Text size="xs" c="orange.8" data-testid={testId('obsolete-reason')}>{item.obsoleteReason}</Text>
        )}
        {item.detail !== '' && (
          <Spoiler maxHeight={31} showLabel="more" hideLabel="less" styles={{ control: { fontSize: 11 } }}>
            <Text size="xs" c="dimmed" className="hr-item-detail">{item.detail}</Text>
          </Spoiler>
        )}
      </Table.Td>
      <Table.Td>
        <DueCell item={item} overdue={overdue} timeZone={timeZone} actions={actions} />
      </Table.Td>
      <Table.Td>
        <CommitInput key={item.owner} value={item.owner} placeholder="Owner" label="Owner" testId={testId('owner')} onCommit={(owner) => actions.update(item, { owner })} />
      </Table.Td>
      <Table.Td>
        <CommitNote key={item.note} value={item.note} testId={testId('note')} onCommit={(note) => actions.update(item, { note })} />
      </Table.Td>
      <Table.Td>
        <EvidenceField key={item.evidenceUrl} value={item.evidenceUrl} testId={testId('evidence')} onCommit={(evidenceUrl) => actions.update(item, { evidenceUrl })} />
      </Table.Td>
      <Table.Td>
        {item.obsolete && (
          <Tooltip label="Dismiss: forget this item and what was recorded on it">
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label="Dismiss obsolete item" data-testid={testId('dismiss')} onClick={() => actions.dismiss(item)}>
              <X size={14} />
            </ActionIcon>
          </Tooltip>
        )}
        {item.origin === 'custom' && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label="Item actions" data-testid={testId('menu')}>
                <EllipsisVertical size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<Pencil size={14} />} onClick={() => onEditCustom(item)}>Edit…</Menu.Item>
              <Menu.Item leftSection={<Trash2 size={14} />} color="red" onClick={() => actions.removeCustom(item.id)}>Remove</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
