import { Alert, Badge, Group, List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ExportPreview } from '../../../shared/contract/exports';

const verdictColor = { ready: 'green', 'at-risk': 'orange', 'not-ready': 'red' } as const;

const sheetPurpose: Record<string, string> = {
  Summary: 'event, totals, readiness verdict, chart, findings',
  Capacity: 'per tier: live sizing formulas over Assumptions',
  Projection: 'month by month load and required units',
  Traffic: 'imported daily peaks per source',
  Readiness: 'the dated checklist with owners and status',
  Assumptions: 'every input the formulas read; change one in Excel and the result moves',
  Costs: 'per tier: monthly cost at min / desired / max, normal and at the event, as bought',
};

/** What the XLSX will hold: its sheets, the findings and the readiness verdict. */
export function WorkbookSummary({ preview }: { preview: ExportPreview }) {
  const { workbook } = preview;
  const { critical, warning, info } = workbook.findings;
  return (
    <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto">
      <Stack gap="md" p="md" maw={860} data-testid="workbook-summary">
        <div>
          <Title order={4}>{preview.xlsxName}</Title>
          <Text size="sm" c="dimmed">The capacity report as an Excel workbook, built from the plan as it is on screen.</Text>
        </div>
        <Group gap="lg">
          <Group gap={6}>
            <Text size="sm" fw={500}>Readiness</Text>
            {workbook.verdict ? (
              <Badge color={verdictColor[workbook.verdict.level]} variant="filled" data-testid="export-verdict">{workbook.verdict.label}</Badge>
            ) : (
              <Badge color="gray" data-testid="export-verdict">no checklist</Badge>
            )}
          </Group>
          <Group gap={6} data-testid="export-findings">
            <Text size="sm" fw={500}>Findings</Text>
            <Badge color="red" variant={critical ? 'filled' : 'light'}>{critical} critical</Badge>
            <Badge color="orange" variant="light">{warning} warnings</Badge>
            <Badge color="gray" variant="light">{info} notes</Badge>
          </Group>
          <Text size="sm" c="dimmed">{workbook.checklistItems} checklist items</Text>
        </Group>
        {critical > 0 && workbook.verdict?.level === 'ready' && (
          <Text size="xs" c="dimmed">
            Critical findings are judged through the checklist items that act on them: on schedule, they do not lower the verdict.
          </Text>
        )}
        {workbook.readinessProblem && (
          <Alert color="orange" title="The report will have no readiness checklist">{workbook.readinessProblem}</Alert>
        )}
        {workbook.verdict && workbook.verdict.reasons.length > 0 && (
          <List size="sm" spacing={2}>
            {workbook.verdict.reasons.slice(0, 6).map((reason, i) => <List.Item key={i}>{reason}</List.Item>)}
            {workbook.verdict.reasons.length > 6 && <List.Item>… {workbook.verdict.reasons.length - 6} more on the Summary sheet</List.Item>}
          </List>
        )}
        <Table withTableBorder striped verticalSpacing={4} data-testid="sheet-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Sheet</Table.Th>
              <Table.Th ta="right">Rows</Table.Th>
              <Table.Th ta="right">Columns</Table.Th>
              <Table.Th>Holds</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workbook.sheets.map((sheet) => (
              <Table.Tr key={sheet.name}>
                <Table.Td fw={500}>{sheet.name}</Table.Td>
                <Table.Td ta="right">{sheet.rows}</Table.Td>
                <Table.Td ta="right">{sheet.columns}</Table.Td>
                <Table.Td><Text size="sm" c="dimmed">{sheetPurpose[sheet.name] ?? ''}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </ScrollArea>
  );
}
