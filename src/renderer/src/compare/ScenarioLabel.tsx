import { Badge } from '@mantine/core';
import { useEditor } from '../state/editor-store';

/** "Scenario: Stress" on a view whose numbers are the active scenario's; nothing for a plan without scenarios. */
export function ScenarioLabel({ name, testId }: { name?: string | undefined; testId?: string }) {
  const plan = useEditor((s) => s.plan);
  if (!plan || plan.scenarios.length === 0) return null;
  return (
    <Badge variant="light" color="violet" size="sm" tt="none" data-testid={testId ?? 'scenario-label'}>
      Scenario: {name ?? plan.activeScenario}
    </Badge>
  );
}
