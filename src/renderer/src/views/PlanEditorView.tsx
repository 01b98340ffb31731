import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { ArrowLeft } from 'lucide-react';
import { Inspector } from '../canvas/Inspector';
import { Palette } from '../canvas/Palette';
import { TopologyCanvas } from '../canvas/TopologyCanvas';
import { SaveIndicator } from '../components/SaveIndicator';
import { useEditor } from '../state/editor-store';
import { usePlans } from '../state/plans-store';

export function PlanEditorView() {
  const plan = useEditor((s) => s.plan);
  const loadError = useEditor((s) => s.loadError);
  const close = useEditor((s) => s.close);
  const refresh = usePlans((s) => s.refresh);
  const back = () => void close().then(refresh);

  if (loadError) {
    return (
      <Alert color="red" title="This plan could not be opened" m="xl">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{loadError}</Text>
        <Button mt="md" variant="default" onClick={back}>Back to plans</Button>
      </Alert>
    );
  }
  if (!plan) return <Loader m="xl" />;
  return (
    <ReactFlowProvider>
      <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }} data-testid="editor">
        <Group justify="space-between" px="md" py={8} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', background: 'white' }}>
          <Group gap="sm">
            <Button variant="subtle" size="xs" leftSection={<ArrowLeft size={14} />} onClick={back} data-testid="back-to-plans">Plans</Button>
            <Text fw={600} data-testid="plan-title">{plan.name}</Text>
            <Text size="sm" c="dimmed">{plan.event.name} · {plan.event.startDate}</Text>
          </Group>
          <Group gap="sm">
            <Palette />
            <SaveIndicator />
          </Group>
        </Group>
        <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
          <div style={{ flex: 1, position: 'relative' }} data-testid="canvas">
            <TopologyCanvas />
          </div>
          <div style={{ width: 300, borderLeft: '1px solid var(--mantine-color-gray-3)', background: 'white', overflowY: 'auto' }}>
            <Inspector />
          </div>
        </div>
      </div>
    </ReactFlowProvider>
  );
}
