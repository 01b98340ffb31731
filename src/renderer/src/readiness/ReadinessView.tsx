import './readiness.css';
import { Alert, Button, Loader, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useEditor } from '../state/editor-store';
import { ReadinessBoard } from './ReadinessBoard';
import { useChecklist } from './checklist-store';

/** The Readiness screen of an open plan: loads the plan's checklist state, then the board. */
export function ReadinessView() {
  const plan = useEditor((s) => s.plan);
  const planId = useEditor((s) => s.planId);
  const load = useChecklist((s) => s.load);
  const state = useChecklist((s) => s.state);
  const ensureLoaded = useChecklist((s) => s.ensureLoaded);
  const startOver = useChecklist((s) => s.startOver);

  useEffect(() => {
    if (planId) void ensureLoaded(planId);
  }, [planId, ensureLoaded]);

  if (!plan || !planId) return null;
  const mine = load.status !== 'idle' && load.planId === planId;
  if (mine && load.status === 'damaged') {
    return (
      <Alert color="red" title="The readiness checklist could not be read" m="xl" data-testid="checklist-damaged">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{load.message}</Text>
        <Button mt="md" color="red" variant="light" onClick={() => void startOver(planId)} data-testid="checklist-start-over">
          Start over with a new checklist
        </Button>
      </Alert>
    );
  }
  if (mine && load.status === 'error') {
    return (
      <Alert color="red" title="The readiness checklist could not be loaded" m="xl">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{load.message}</Text>
        <Button mt="md" variant="default" onClick={() => void ensureLoaded(planId)}>Try again</Button>
      </Alert>
    );
  }
  if (!mine || load.status !== 'ready' || !state) return <Loader m="xl" />;
  return <ReadinessBoard plan={plan} planId={planId} state={state} />;
}
