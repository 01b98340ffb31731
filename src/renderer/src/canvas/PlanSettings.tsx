import { Accordion, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { describeSurge, surgeMultiplier } from '../../../shared/engine/surge';
import type { Plan } from '../../../shared/model/plan';
import { useEditor } from '../state/editor-store';
import { planGrowthNote } from './growth-notes';
import { setPlanField } from './plan-field-edit';
import { setPlanFieldInActive } from '../scenarios/active-edits';
import { ActiveScenarioNote, OverrideMark } from '../compare/OverrideMark';
import { useActiveScenario } from '../state/use-projection';
import { ValidatedField } from './ValidatedField';
import { ReadinessSettings } from '../readiness/ReadinessSettings';

type Section = Parameters<typeof setPlanField>[1];

function useCommit() {
  const edit = useEditor((s) => s.edit);
  return (section: Section, key: string, value: unknown): string | null => {
    const plan = useEditor.getState().plan;
    if (!plan) return null;
    // Surge, growth and the headroom policy become the active scenario's overrides; the rest is shared.
    const result = setPlanFieldInActive(plan, section, key, value);
    if (!result.ok) return result.message;
    edit(() => result.plan);
    return null;
  };
}

/** The plan's own inputs, shown when nothing on the canvas is selected. */
export function PlanSettings() {
  const stored = useEditor((s) => s.plan) as Plan;
  const plan = useActiveScenario()?.applied.plan ?? stored;
  const commit = useCommit();
  const { event, growth, headroom } = plan;
  const growthNote = planGrowthNote(plan);
  return (
    <>
    <ActiveScenarioNote what="the surge, growth and headroom policy set here are this scenario's; dates, names and the horizon are shared." />
    <Accordion multiple defaultValue={['event']} variant="contained" data-testid="plan-settings">
      <Accordion.Item value="event">
        <Accordion.Control><Text size="xs" fw={600}>Event</Text></Accordion.Control>
        <Accordion.Panel>
          <Stack gap={6}>
            <ValidatedField label="Name" kind="text" value={event.name} commit={(v) => commit('event', 'name', v)} />
            <ValidatedField label="First day" kind="text" help="YYYY-MM-DD, in the event's time zone" value={event.startDate} testId="event-date" commit={(v) => commit('event', 'startDate', v)} />
            <ValidatedField label="Time zone" kind="text" help="IANA name, e.g. America/Los_Angeles" value={event.timeZone} commit={(v) => commit('event', 'timeZone', v)} />
            <ValidatedField label="Duration" kind="integer" unit="days" value={event.durationDays} commit={(v) => commit('event', 'durationDays', v)} />
            <Text size="xs" fw={500}>Surge</Text>
            <SegmentedControl
              size="xs"
              value={event.surge.mode}
              data={[
                { value: 'multiplier', label: '× normal' },
                { value: 'percentIncrease', label: '% increase' },
              ]}
              onChange={(mode) => {
                // Switching the form keeps the same surge: 4× normal is a 300 % increase.
                const m = surgeMultiplier(event.surge);
                commit('event', 'surge', mode === 'multiplier' ? { mode, value: m } : { mode, value: Math.round((m - 1) * 100 * 1000) / 1000 });
              }}
            />
            <ValidatedField
              label={event.surge.mode === 'multiplier' ? 'Times normal traffic' : 'Increase over normal'}
              kind="number"
              unit={event.surge.mode === 'multiplier' ? '×' : '%'}
              value={event.surge.value}
              testId="event-surge"
              warnAbove={event.surge.mode === 'multiplier' ? 1_000 : 100_000}
              commit={(v) => commit('event', 'surge', { mode: event.surge.mode, value: v })}
            />
            <Text size="xs" c="dimmed" data-testid="surge-both-forms">{describeSurge(event.surge)}</Text>
            <OverrideMark target={{ kind: 'surge' }} testId="surge-override" />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="growth">
        <Accordion.Control><Text size="xs" fw={600}>Growth and horizon</Text></Accordion.Control>
        <Accordion.Panel>
          <Stack gap={6}>
            <SegmentedControl size="xs" value={growth.method} data={[{ value: 'compound', label: 'Compound' }, { value: 'linear', label: 'Linear' }]} onChange={(m) => commit('growth', 'method', m)} />
            <OverrideMark target={{ kind: 'growth', key: 'method' }} testId="growth-method-override" />
            <ValidatedField label="Growth per month" kind="percent" unit="%" help="Negative for shrinking traffic" value={growth.monthlyRate} testId="growth-rate" commit={(v) => commit('growth', 'monthlyRate', v)} />
            <OverrideMark target={{ kind: 'growth', key: 'monthlyRate' }} testId="growth-rate-override" />
            {growthNote && <Text size="xs" c="orange.8" data-testid="growth-not-applied">{growthNote}</Text>}
            <ValidatedField label="First month" kind="text" help="YYYY-MM (month 0 = today's traffic)" value={plan.startMonth} commit={(v) => commit('root', 'startMonth', v)} />
            <ValidatedField label="Horizon" kind="integer" unit="months" value={plan.horizonMonths} commit={(v) => commit('root', 'horizonMonths', v)} />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="headroom">
        <Accordion.Control><Text size="xs" fw={600}>Headroom policy</Text></Accordion.Control>
        <Accordion.Panel>
          <Stack gap={6}>
            <ValidatedField label="Target utilization" kind="percent" unit="%" value={headroom.targetUtilization} testId="policy-target" commit={(v) => commit('headroom', 'targetUtilization', v)} />
            <OverrideMark target={{ kind: 'headroom', key: 'targetUtilization' }} testId="policy-target-override" />
            <ValidatedField label="Buffer" kind="percent" unit="%" help="Extra over the peak for the unexpected" value={headroom.buffer} testId="policy-buffer" commit={(v) => commit('headroom', 'buffer', v)} />
            <OverrideMark target={{ kind: 'headroom', key: 'buffer' }} testId="policy-buffer-override" />
            <ValidatedField label="N+k spares" kind="integer" value={headroom.nPlusK} commit={(v) => commit('headroom', 'nPlusK', v)} />
            <OverrideMark target={{ kind: 'headroom', key: 'nPlusK' }} />
            <ValidatedField label="Zones" kind="integer" value={headroom.zones} commit={(v) => commit('headroom', 'zones', v)} />
            <OverrideMark target={{ kind: 'headroom', key: 'zones' }} />
            <Switch size="xs" label="Survive the loss of one zone" checked={headroom.surviveZoneLoss} onChange={(e) => commit('headroom', 'surviveZoneLoss', e.currentTarget.checked)} />
            <OverrideMark target={{ kind: 'headroom', key: 'surviveZoneLoss' }} testId="policy-survive-override" />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <ReadinessSettings plan={stored} />
    </Accordion>
    </>
  );
}
