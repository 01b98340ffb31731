import { Accordion, Stack, Switch, Text } from '@mantine/core';
import { historyPeakToAverage } from '../../../shared/readiness/average-load';
import { eventStartsAtUtc } from '../../../shared/readiness/phases';
import type { Plan } from '../../../shared/model/plan';
import { setPlanField } from '../canvas/plan-field-edit';
import { isEntryNode } from '../kinds/entry-nodes';
import { ValidatedField } from '../canvas/ValidatedField';
import { useEditor } from '../state/editor-store';
import { latencyText, setLatencyObjective, setSourceAverage, type PlanEdit } from './readiness-settings-edit';

function useApply() {
  const edit = useEditor((s) => s.edit);
  return (make: (plan: Plan) => PlanEdit): string | null => {
    const plan = useEditor.getState().plan;
    if (!plan) return null;
    const result = make(plan);
    if (!result.ok) return result.message;
    edit(() => result.plan);
    return null;
  };
}

function utcStart(plan: Plan): string {
  try {
    return `${eventStartsAtUtc(plan.event).slice(0, 16).replace('T', ' ')} UTC`;
  } catch {
    return 'the event cannot be dated yet';
  }
}

/**
 * The plan's readiness inputs (format 2): when the event starts, the SLO the tests pass
 * against, the average load per source the stress test is sized from, and how tests and
 * pre-scaling are scheduled. An accordion item of the plan settings.
 */
export function ReadinessSettings({ plan }: { plan: Plan }) {
  const apply = useApply();
  const field = (section: 'event' | 'slo' | 'readiness', key: string) => (value: unknown) => apply((p) => setPlanField(p, section, key, value));
  const sources = plan.nodes.filter(isEntryNode);
  return (
    <Accordion.Item value="readiness">
      <Accordion.Control><Text size="xs" fw={600}>Readiness and SLO</Text></Accordion.Control>
      <Accordion.Panel>
        <Stack gap={6} data-testid="readiness-settings">
          <ValidatedField label="Start time" kind="text" help={`HH:MM in ${plan.event.timeZone}; starts ${utcStart(plan)}`} value={plan.event.startTime} testId="event-start-time" commit={field('event', 'startTime')} />
          <ValidatedField label="Availability SLO" kind="percent" unit="%" value={plan.slo.availability} testId="slo-availability" commit={field('slo', 'availability')} />
          <ValidatedField label="SLO window" kind="integer" unit="days" value={plan.slo.windowDays} testId="slo-window" commit={field('slo', 'windowDays')} />
          <ValidatedField label="p99 latency objective" kind="text" help="ms; empty for none. The load tests pass against it." value={latencyText(plan, 99)} testId="slo-p99" commit={(v) => apply((p) => setLatencyObjective(p, 99, String(v)))} />
          {sources.map((s) =>
            historyPeakToAverage(s) !== null ? (
              <Text key={s.id} size="xs" c="dimmed">{s.name}: average from imported history (peak ÷ {historyPeakToAverage(s)?.toFixed(2)})</Text>
            ) : (
              <ValidatedField
                key={s.id}
                label={`Average load: ${s.name}`}
                kind="text"
                help="req/s today; empty when not known (the stress test then uses the peak + buffer)"
                value={s.params.averageRps !== undefined ? String(s.params.averageRps) : ''}
                testId={`average-rps-${s.id}`}
                commit={(v) => apply((p) => setSourceAverage(p, s.id, String(v)))}
              />
            ),
          )}
          <ValidatedField label="Pre-scale lead time" kind="integer" unit="min" help="The fleet is at its size this long before the start" value={plan.readiness.prescaleLeadMinutes} testId="prescale-lead" commit={field('readiness', 'prescaleLeadMinutes')} />
          <Switch size="xs" label="Tests may run on weekends" checked={plan.readiness.testsOnWeekends} data-testid="tests-on-weekends" onChange={(e) => field('readiness', 'testsOnWeekends')(e.currentTarget.checked)} />
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
