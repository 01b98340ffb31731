import { ActionIcon, Badge, Button, Group, Popover, Stack, Table, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { Braces } from 'lucide-react';
import { useState } from 'react';
import type { VariableNameRow } from '../../../shared/contract/exports';
import type { Plan } from '../../../shared/model/plan';
import { useEditor } from '../state/editor-store';
import { formatExtras, parseExtras, setExtras, setVariableName, variableNameProblem } from './tfvars-overrides';

const sourceBadge: Record<VariableNameRow['source'], { label: string; color: string; hint: string }> = {
  derived: { label: 'derived', color: 'gray', hint: 'derived from the node name' },
  override: { label: 'override', color: 'indigo', hint: 'set here (saved in the plan)' },
  deduplicated: { label: 'renamed', color: 'orange', hint: 'another node already uses the derived name' },
  'override-invalid': { label: 'not used', color: 'red', hint: 'the override cannot be used' },
};

/** The variable name of one node: an input whose placeholder is the derived name. */
function VariableCell({ row, rows }: { row: VariableNameRow; rows: readonly VariableNameRow[] }) {
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? row.override ?? '';
  const problem = draft === null ? null : variableNameProblem(draft.trim(), row.nodeId, rows);
  const commit = () => {
    if (draft === null) return;
    const name = draft.trim();
    // An invalid name stays in the input with its message and never reaches the plan.
    if (variableNameProblem(name, row.nodeId, rows) !== null) return;
    // The input keeps the draft until the next preview brings the new override (the row's key changes).
    if (name !== (row.override ?? '')) useEditor.getState().edit((plan) => setVariableName(plan, row.nodeId, name));
    else setDraft(null);
  };
  return (
    <TextInput
      size="xs"
      value={value}
      placeholder={row.override ? undefined : row.variable}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
      error={problem}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      aria-label={`Terraform variable for ${row.nodeName}`}
      data-testid={`variable-input-${row.nodeId}`}
    />
  );
}

/** Extra attributes of one node's object, edited as `key = value` lines. */
function ExtrasButton({ nodeId, nodeName, plan }: { nodeId: string; nodeName: string; plan: Plan }) {
  const extra = plan.nodes.find((n) => n.id === nodeId)?.tfvars?.extra ?? {};
  const count = Object.keys(extra).length;
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const open = () => {
    setText(formatExtras(extra));
    setProblems([]);
    setOpened(true);
  };
  const save = () => {
    const parsed = parseExtras(text);
    if (!parsed.ok) return setProblems(parsed.problems);
    useEditor.getState().edit((p) => setExtras(p, nodeId, parsed.extra));
    setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="right-start" withArrow shadow="md" width={340} trapFocus>
      <Popover.Target>
        <Tooltip label={count ? `${count} extra attribute${count === 1 ? '' : 's'}` : 'Add extra attributes'} withArrow>
          <ActionIcon variant={count ? 'light' : 'subtle'} color={count ? 'indigo' : 'gray'} size="sm" onClick={() => (opened ? setOpened(false) : open())} aria-label={`Extra attributes of ${nodeName}`} data-testid={`extras-${nodeId}`}>
            <Braces size={14} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={500}>Extra attributes of {nodeName}</Text>
          <Text size="xs" c="dimmed">One per line, key = value. true/false and numbers keep their type; anything else is a string.</Text>
          <Textarea autosize minRows={3} maxRows={10} value={text} onChange={(e) => setText(e.currentTarget.value)} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }} placeholder={'team = "payments"\nspot = false'} />
          {problems.map((p) => <Text key={p} size="xs" c="red">{p}</Text>)}
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>Cancel</Button>
            <Button size="xs" onClick={save}>Apply</Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Node name → Terraform variable, with the per-node override and extra attributes. */
export function VariableNamesTable({ rows, plan }: { rows: readonly VariableNameRow[]; plan: Plan }) {
  if (rows.length === 0) return <Text size="sm" c="dimmed">No sized nodes: nothing gets a Terraform variable.</Text>;
  return (
    <Table verticalSpacing={3} horizontalSpacing={6} data-testid="variable-names" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="36%">Node</Table.Th>
          <Table.Th>Variable</Table.Th>
          <Table.Th w={80} />
          <Table.Th w={30} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const badge = sourceBadge[row.source];
          return (
            <Table.Tr key={row.nodeId} data-testid={`variable-row-${row.nodeId}`} data-variable={row.variable} data-source={row.source}>
              <Table.Td><Text size="sm" truncate title={row.nodeName}>{row.nodeName}</Text></Table.Td>
              <Table.Td><VariableCell key={`${row.nodeId}:${row.override ?? ''}`} row={row} rows={rows} /></Table.Td>
              <Table.Td>
                <Tooltip label={row.note ?? badge.hint} withArrow multiline maw={280}>
                  <Badge size="xs" variant="light" color={badge.color}>{badge.label}</Badge>
                </Tooltip>
              </Table.Td>
              <Table.Td><ExtrasButton nodeId={row.nodeId} nodeName={row.nodeName} plan={plan} /></Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
