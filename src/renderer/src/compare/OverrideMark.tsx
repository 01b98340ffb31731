import { Anchor, Text } from '@mantine/core';
import { overrideOf, type OverrideTarget } from '../../../shared/editing/scenario-edits';
import { describeSurge } from '../../../shared/engine/surge';
import { BASE_SCENARIO, type Plan, type Surge } from '../../../shared/model';
import { findScenario } from '../../../shared/scenarios/apply';
import { useEditor } from '../state/editor-store';
import { resetOverride } from '../scenarios/active-edits';

function baseValue(plan: Plan, target: OverrideTarget): string {
  switch (target.kind) {
    case 'growth':
      return target.key === 'monthlyRate' ? `${Math.round(plan.growth.monthlyRate * 100_000) / 1000}%` : plan.growth.method;
    case 'surge':
      return describeSurge(plan.event.surge as Surge);
    case 'headroom': {
      const v = plan.headroom[target.key];
      return target.key === 'targetUtilization' || target.key === 'buffer' ? `${Math.round((v as number) * 100_000) / 1000}%` : String(v);
    }
    case 'node': {
      const node = plan.nodes.find((n) => n.id === target.nodeId);
      const v = node ? (node.params as Record<string, unknown>)[target.key] : undefined;
      return v === undefined ? 'unset' : String(v);
    }
  }
}

/**
 * Beside a field the active scenario overrides: says so, shows the base's value and resets
 * the field to it. Nothing with the base active or a field the scenario leaves alone.
 */
export function OverrideMark({ target, testId }: { target: OverrideTarget; testId?: string }) {
  const plan = useEditor((s) => s.plan);
  if (!plan || plan.activeScenario === BASE_SCENARIO) return null;
  const value = overrideOf(findScenario(plan, plan.activeScenario), target);
  if (value === undefined) return null;
  return (
    // One wrapping line: the inspector is narrow, and the base value must stay readable.
    <Text size="xs" mt={2} c="violet.7" data-testid={testId ?? 'override-mark'}>
      <b>Overridden in {plan.activeScenario}</b>
      <Text span size="xs" c="dimmed"> · base: {baseValue(plan, target)} · </Text>
      <Anchor
        component="button"
        size="xs"
        data-testid={`${testId ?? 'override-mark'}-reset`}
        onClick={() => useEditor.getState().edit((p) => { const r = resetOverride(p, target); return r.ok ? r.plan : p; })}
      >
        reset to base
      </Anchor>
    </Text>
  );
}

/** A strip above the inspector or the settings while a scenario other than the base is active. */
export function ActiveScenarioNote({ what }: { what: string }) {
  const plan = useEditor((s) => s.plan);
  if (!plan || plan.activeScenario === BASE_SCENARIO) return null;
  return (
    <Text size="xs" c="violet.8" bg="violet.0" p={6} style={{ borderRadius: 4 }} data-testid="active-scenario-note">
      Scenario <b>{plan.activeScenario}</b>: {what}
    </Text>
  );
}
