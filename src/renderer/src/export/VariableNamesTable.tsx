import { ActionIcon, Alert, Badge, Button, Code, Group, Popover, Stack, Table, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { Braces } from 'lucide-react';
import { useState } from 'react';
import type { VariableNameRow } from '../../../shared/contract/exports';
import type { Plan } from '../../../shared/model/plan';
import { useEditor } from '../state/editor-store';
import { formatExtras, parseExtras, setExtras, setVariableName, variableNameProblem } from './tfvars-overrides';

const sourceBadge: Record<VariableNameRow['source'], { label: string; color: string; hint: string }> = {
  stored: { label: 'fixed', color: 'gray', hint: 'fixed when the node was created; renaming the node keeps it' },
  derived: { label: 'derived', color: 'indigo', hint: 'the plan stores no name for this node: derived from its name' },
  deduplicated: { label: 'renamed', color: 'orange', hint: 'another node already uses the derived name' },
  'stored-invalid': { label: 'not used', color: 'red', hint: 'the stored name cannot be used' },
};

/** A variable name changed here, kept while the plan is the one that change produced (so Undo undoes exactly it). */
export interface VariableRename {
  nodeName: string;
  from: string;
  to: string;
  plan: Plan;
}

/** The variable name of one node: its stored name, editable on purpose. */
function VariableCell({ row, rows, onRenamed }: { row: VariableNameRow; rows: readonly VariableNameRow[]; onRenamed: (rename: VariableRename) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? row.variable;
  const name = draft?.trim() ?? row.variable;
  const problem = draft === null || name === row.variable ? null : variableNameProblem(name, row.nodeId, rows);
  const commit = () => {
    if (draft === null) return;
    // An invalid name stays in the input with its message and never reaches the plan.
    if (name === row.variable) return setDraft(null);
    if (variableNameProblem(name, row.nodeId, rows) !== null) return;
    // The input keeps the draft until the next preview brings the new name (the row's key changes).
    const editor = useEditor.getState();
    editor.edit((plan) => setVariableName(plan, row.nodeId, name));
    const after = useEditor.getState().plan;
    if (after) onRenamed({ nodeName: row.nodeName, from: row.variable, to: name, plan: after });
  };
  const pending = draft !== null && problem === null && name !== row.variable;
  return (
    <TextInput
      size="xs"
      value={value}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
      error={problem}
      description={pending ? `Enter renames var.${row.variable}: the infra module must follow` : undefined}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' }, description: { color: 'var(--mantine-color-orange-8)' } }}
      aria-label={`Terraform variable for ${row.nodeName}`}
      data-testid={`variable-input-${row.nodeId}`}
    />
  );
}

/** What changing a variable name means for the infra team, with an undo while nothing else has changed. */
function RenameWarning({ rename, onClose }: { rename: VariableRename; onClose: () => void }) {
  return (
    <Alert color="orange" variant="light" p="xs" mb="xs" withCloseButton onClose={onClose} title="The infra module must follow" data-testid="variable-rename-warning">
      <Text size="xs">
        {rename.nodeName} now exports as <Code>{rename.to}</Code> (was <Code>{rename.from}</Code>). Rename the variable in the module that reads these files
        (its <Code>variable</Code> block and every <Code>var.{rename.from}</Code>) before the next apply, or Terraform sees a new variable and the old one unset.
      </Text>
      <Button size="compact-xs" variant="default" mt={6} onClick={() => { useEditor.getState().undo(); onClose(); }} data-testid="variable-rename-undo">
        Undo the rename
      </Button>
    </Alert>
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

/** Node name → its Terraform variable (fixed at creation, changed here on purpose) and extra attributes. */
export function VariableNamesTable({ rows, plan }: { rows: readonly VariableNameRow[]; plan: Plan }) {
  const [rename, setRename] = useState<VariableRename | null>(null);
  if (rows.length === 0) return <Text size="sm" c="dimmed">No sized nodes: nothing gets a Terraform variable.</Text>;
  return (
    <>
    {rename && rename.plan === plan && <RenameWarning rename={rename} onClose={() => setRename(null)} />}
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
              <Table.Td><VariableCell key={`${row.nodeId}:${row.variable}`} row={row} rows={rows} onRenamed={setRename} /></Table.Td>
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
    </>
  );
}
