import { Alert, Button, Group, Stack } from '@mantine/core';
import { differenceInCalendarDays } from 'date-fns';
import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { Plan } from '../../../shared/model/plan';
import type { ChecklistItem, ChecklistState, PhaseId } from '../../../shared/readiness';
import { checklistActions } from './checklist-actions';
import { SaveStateBadge } from '../components/SaveStateBadge';
import { useChecklist } from './checklist-store';
import { CustomItemDialog, type CustomItemTarget } from './CustomItemDialog';
import { PhasePanel } from './PhasePanel';
import { PhaseStepper } from './PhaseStepper';
import { useReadiness, type ReadinessModel } from './use-readiness';
import { VerdictBanner } from './VerdictBanner';
import { ScenarioLabel } from '../compare/ScenarioLabel';

interface Props {
  plan: Plan;
  planId: string;
  state: ChecklistState;
}

/** Verdict on top, the six phases across, the selected phase's items below. */
export function ReadinessBoard({ plan, planId, state }: Props) {
  const result = useReadiness(plan, planId, state);
  if (!result.ok && result.cause === 'input') {
    return (
      <Alert color="red" title="The countdown cannot be dated" m="xl" data-testid="readiness-input-error">
        {result.message}. Fix the event’s date or time zone in the plan settings (Topology view).
      </Alert>
    );
  }
  if (!result.ok) {
    return (
      <Alert color="red" title="The checklist could not be built" m="xl" data-testid="readiness-internal-error">
        Headroom failed while building this plan’s checklist: {result.message}. This is a bug in Headroom, not a problem with the plan’s event; your plan is saved unchanged.
      </Alert>
    );
  }
  return <Board plan={plan} planId={planId} state={state} model={result.model} />;
}

function countdown(model: ReadinessModel): string {
  const start = model.schedule.find((w) => w.phase === 'during');
  if (!start) return '';
  const days = differenceInCalendarDays(new Date(start.start), model.at);
  if (days > 1) return `${days} days to go`;
  if (days === 1) return 'tomorrow';
  if (days === 0) return 'today';
  return `started ${-days} day${days === -1 ? '' : 's'} ago`;
}

function Board({ plan, planId, state, model }: Props & { model: ReadinessModel }) {
  // Opens on the phase that holds today; after that the user's choice is kept across edits.
  const [selected, setSelected] = useState<PhaseId>(model.focus);
  const [dialog, setDialog] = useState<CustomItemTarget | null>(null);
  const actions = useMemo(() => checklistActions(planId), [planId]);
  const saveState = useChecklist((s) => s.saveState);
  const index = model.schedule.findIndex((w) => w.phase === selected);
  const phaseItems = model.items.filter((i) => i.phase === selected);

  const editCustom = (item: ChecklistItem) => {
    const fixedDueAt = state.custom.find((c) => c.id === item.id)?.dueAt ?? null;
    setDialog({ mode: 'edit', item, fixedDueAt });
  };

  return (
    <div style={{ flex: 1, overflowY: 'auto', minHeight: 0 }} data-testid="readiness">
      <Stack gap="md" p="md" maw={1500}>
        <ScenarioLabel testId="readiness-scenario" />
        <Group align="flex-start" wrap="nowrap" gap="md">
          <div style={{ flex: 1, minWidth: 0 }}>
            <VerdictBanner verdict={model.overall} eventName={plan.event.name} countdown={countdown(model)} startsLocal={model.event.startsLocal} startsAtUtc={model.event.startsAt} timeZone={model.event.timeZone} />
          </div>
          <Stack gap={6} align="flex-end" style={{ flex: 'none' }}>
            <Button size="xs" leftSection={<Plus size={14} />} onClick={() => setDialog({ mode: 'add', phase: selected })} data-testid="add-custom-item">
              Add item
            </Button>
            <SaveStateBadge state={saveState} savedLabel="Checklist saved" failedLabel="Checklist not saved" testId="checklist-save-state" onRetry={() => void useChecklist.getState().flush()} />
          </Stack>
        </Group>
        <PhaseStepper
          selected={selected}
          current={model.current}
          schedule={model.schedule}
          progress={model.progress}
          verdicts={model.phases}
          timeZone={model.event.timeZone}
          onSelect={setSelected}
        />
        <PhasePanel
          phase={selected}
          window={model.schedule[index]}
          items={phaseItems}
          progress={model.progress[index]}
          verdict={model.phases[selected]}
          budget={model.budget}
          now={model.at}
          timeZone={model.event.timeZone}
          actions={actions}
          onEditCustom={editCustom}
        />
      </Stack>
      {dialog && <CustomItemDialog target={dialog} timeZone={model.event.timeZone} actions={actions} onClose={() => setDialog(null)} />}
    </div>
  );
}
