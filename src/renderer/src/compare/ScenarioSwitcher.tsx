import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { CopyPlus, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { createScenario, deleteScenario, renameScenario, setActiveScenario, type ScenarioEdit } from '../../../shared/editing/scenario-edits';
import { BASE_SCENARIO, type Plan } from '../../../shared/model';
import { scenarioNames } from '../../../shared/scenarios/apply';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useEditor } from '../state/editor-store';
import { ScenarioNameDialog } from './ScenarioNameDialog';

/** Applies a scenario edit as one undo step; answers the domain's message when it is refused. */
function apply(change: (plan: Plan) => ScenarioEdit): string | null {
  const plan = useEditor.getState().plan;
  if (!plan) return null;
  const result = change(plan);
  if (!result.ok) return result.message;
  useEditor.getState().edit(() => result.plan);
  return null;
}

/** The editor header's scenario switcher: which scenario every view shows, and create (clone) / rename / delete. */
export function ScenarioSwitcher() {
  const plan = useEditor((s) => s.plan);
  const [dialog, setDialog] = useState<'create' | 'rename' | 'delete' | null>(null);
  if (!plan) return null;
  const active = plan.activeScenario;
  const isBase = active === BASE_SCENARIO;
  return (
    <Group gap={4} wrap="nowrap" data-testid="scenario-switcher">
      <Select
        size="xs"
        w={260}
        aria-label="Scenario"
        leftSectionWidth={62}
        leftSection={<span style={{ fontSize: 11, color: 'var(--mantine-color-dimmed)' }}>Scenario</span>}
        data={scenarioNames(plan)}
        value={active}
        allowDeselect={false}
        onChange={(name) => name && apply((p) => setActiveScenario(p, name))}
        data-testid="scenario-select"
        styles={{ input: isBase ? undefined : { borderColor: 'var(--mantine-color-violet-5)', fontWeight: 600 } }}
      />
      <Tooltip label={`New scenario (a copy of "${active}")`}>
        <ActionIcon variant="subtle" size="sm" onClick={() => setDialog('create')} aria-label="New scenario" data-testid="scenario-new"><CopyPlus size={14} /></ActionIcon>
      </Tooltip>
      <Tooltip label={isBase ? 'The base scenario is the plan: rename the plan instead' : 'Rename scenario'}>
        <ActionIcon variant="subtle" size="sm" disabled={isBase} onClick={() => setDialog('rename')} aria-label="Rename scenario" data-testid="scenario-rename"><Pencil size={14} /></ActionIcon>
      </Tooltip>
      <Tooltip label={isBase ? 'The base scenario is the plan and cannot be deleted' : 'Delete scenario'}>
        <ActionIcon variant="subtle" size="sm" color="red" disabled={isBase} onClick={() => setDialog('delete')} aria-label="Delete scenario" data-testid="scenario-delete"><Trash2 size={14} /></ActionIcon>
      </Tooltip>
      <ScenarioNameDialog
        opened={dialog === 'create'}
        title="New scenario"
        hint={`A copy of "${active}"'s assumptions; edit its surge, growth, headroom policy or any node's parameters while it is active.`}
        initial={isBase ? 'What if' : `${active} (copy)`}
        action="Create"
        onClose={() => setDialog(null)}
        submit={(name) => apply((p) => createScenario(p, name))}
      />
      <ScenarioNameDialog
        opened={dialog === 'rename'}
        title="Rename scenario"
        hint="Exports and the Compare view use the new name."
        initial={active}
        action="Rename"
        onClose={() => setDialog(null)}
        submit={(name) => apply((p) => renameScenario(p, active, name))}
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        title="Delete scenario"
        message={`Delete "${active}" and its overrides? The plan and its other scenarios stay as they are (undo brings it back).`}
        confirmLabel="Delete"
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          apply((p) => deleteScenario(p, active));
          setDialog(null);
        }}
      />
    </Group>
  );
}
