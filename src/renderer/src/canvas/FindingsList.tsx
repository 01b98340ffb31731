import { Badge, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import { memo, useState } from 'react';
import type { Finding } from '../../../shared/engine/types';
import { useEditor } from '../state/editor-store';
import { useProjection } from '../state/use-projection';
import { emptyFindingsText } from './empty-findings-text';
import { FIT_PADDING } from './fit-padding';

const severityColor: Record<Finding['severity'], string> = { critical: 'red', warning: 'yellow', info: 'blue' };
const order: Record<Finding['severity'], number> = { critical: 0, warning: 1, info: 2 };

const PAGE = 100;

/**
 * Every shortfall the engine flags; clicking one selects its node and brings it into view.
 * Memoized: selecting a node must not re-render hundreds of findings.
 */
export const FindingsList = memo(function FindingsList() {
  const projection = useProjection();
  const select = useEditor((s) => s.select);
  const plan = useEditor((s) => s.plan);
  const flow = useReactFlow();
  const [shown, setShown] = useState(PAGE);
  if (!projection) return null;
  const all = [...projection.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const findings = all.slice(0, shown);
  return (
    <Stack gap={6} data-testid="findings">
      <Group justify="space-between">
        <Title order={6} c="dimmed" tt="uppercase">Findings</Title>
        <Group gap={4}>
          {(['critical', 'warning', 'info'] as const).map((s) =>
            projection.totals.counts[s] > 0 ? (
              <Badge key={s} size="xs" color={severityColor[s]} variant="light">
                {projection.totals.counts[s]} {s}
              </Badge>
            ) : null,
          )}
        </Group>
      </Group>
      {findings.length === 0 && plan && <Text size="xs" c="dimmed" data-testid="findings-empty">{emptyFindingsText(plan)}</Text>}
      {findings.map((f) => (
        <UnstyledButton
          key={f.id}
          data-testid={`finding-${f.rule}`}
          onClick={() => {
            if (!f.nodeId) return;
            select([f.nodeId], []);
            void flow.fitView({ nodes: [{ id: f.nodeId }], padding: FIT_PADDING, duration: 300, maxZoom: 1.2 });
          }}
          style={{ borderLeft: `3px solid var(--mantine-color-${severityColor[f.severity]}-6)`, paddingLeft: 8, cursor: f.nodeId ? 'pointer' : 'default' }}
        >
          <Text size="xs">{f.message}</Text>
          {f.suggestion && <Text size="xs" c="dimmed">{f.suggestion}</Text>}
        </UnstyledButton>
      ))}
      {all.length > shown && (
        <UnstyledButton onClick={() => setShown((n) => n + PAGE)}>
          <Text size="xs" c="indigo">Show {Math.min(PAGE, all.length - shown)} more of {all.length - shown}…</Text>
        </UnstyledButton>
      )}
    </Stack>
  );
});
