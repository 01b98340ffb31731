import { Alert, Button, Group, Loader, SegmentedControl, Text } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import { Suspense, useEffect, useState } from 'react';
import { SaveIndicator } from '../components/SaveIndicator';
import { useEditor } from '../state/editor-store';
import { usePlans } from '../state/plans-store';
import { planViews, preloadPlanViews } from './plan-views';
import { ScenarioSwitcher } from '../compare/ScenarioSwitcher';

export function PlanEditorView() {
  const plan = useEditor((s) => s.plan);
  const loadError = useEditor((s) => s.loadError);
  const close = useEditor((s) => s.close);
  const refresh = usePlans((s) => s.refresh);
  const back = () => void close().then(refresh);
  const [viewId, setViewId] = useState(planViews[0]!.id);
  const View = (planViews.find((v) => v.id === viewId) ?? planViews[0]!).component;
  // The other views' chunks are fetched once the canvas is drawn and the page is idle, so a
  // click on Capacity or Traffic rarely waits, and the first paint never does.
  const opened = plan !== null;
  useEffect(() => {
    if (!opened) return;
    const handle = requestIdleCallback(preloadPlanViews, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [opened]);

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
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }} data-testid="editor">
      <Group justify="space-between" px="md" py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', background: 'white' }} wrap="nowrap">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Button variant="subtle" size="xs" leftSection={<ArrowLeft size={14} />} onClick={back} data-testid="back-to-plans">Plans</Button>
          <Text fw={600} truncate data-testid="plan-title">{plan.name}</Text>
          <Text size="sm" c="dimmed" truncate>{plan.event.name} · {plan.event.startDate}</Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <ScenarioSwitcher />
          {planViews.length > 1 && (
            <SegmentedControl size="xs" value={viewId} onChange={setViewId} data={planViews.map((v) => ({ value: v.id, label: v.label }))} data-testid="view-switcher" />
          )}
          <SaveIndicator />
        </Group>
      </Group>
      <Suspense fallback={<Loader m="xl" />}>
        <View />
      </Suspense>
    </div>
  );
}
