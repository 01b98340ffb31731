import { Badge, Group, Progress, Stack, Stepper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { phaseIds, type PhaseId, type PhaseProgress, type PhaseWindow, type Verdict } from '../../../shared/readiness';
import { formatWindow } from './due-input';
import { verdictStyle } from './verdict-style';

interface Props {
  selected: PhaseId;
  current: PhaseId | null;
  schedule: PhaseWindow[];
  progress: PhaseProgress[];
  verdicts: Record<PhaseId, Verdict>;
  timeZone: string;
  onSelect: (phase: PhaseId) => void;
}

/** The six phases left to right; each shows its window, progress and verdict; any can be opened. */
export function PhaseStepper({ selected, current, schedule, progress, verdicts, timeZone, onSelect }: Props) {
  return (
    <Stepper
      className="hr-stepper"
      active={phaseIds.indexOf(selected)}
      onStepClick={(index) => onSelect(phaseIds[index] ?? selected)}
      allowNextStepsSelect
      size="sm"
      iconSize={30}
      data-testid="phase-stepper"
    >
      {phaseIds.map((phase, index) => {
        const window = schedule[index];
        const p = progress[index];
        const verdict = verdicts[phase];
        const style = verdictStyle[verdict.state];
        const look = stepLook(verdict, p, index);
        return (
          <Stepper.Step
            key={phase}
            color={look.color}
            icon={look.icon}
            progressIcon={look.icon}
            completedIcon={look.icon}
            data-testid={`phase-step-${phase}`}
            data-verdict={verdict.state}
            label={
              <Group gap={6} wrap="nowrap">
                <span>{window?.label ?? phase}</span>
                {phase === current && <Badge size="xs" variant="filled" color="indigo">now</Badge>}
              </Group>
            }
            description={
              <Stack gap={3} w={150}>
                <Text size="xs" c="dimmed">{window ? formatWindow(window.start, window.end, timeZone) : ''}</Text>
                {p && (
                  <>
                    <Progress value={p.ratio * 100} size={4} color={style.color} aria-label={`${p.label} progress`} />
                    <Group gap={4} wrap="nowrap">
                      <Text size="xs" c="dimmed" data-testid={`phase-progress-${phase}`}>{p.completed}/{p.total} done</Text>
                      {p.overdue > 0 && <Badge size="xs" color="red" variant="light">{p.overdue} overdue</Badge>}
                      {p.blocked > 0 && <Badge size="xs" color="red" variant="outline">{p.blocked} blocked</Badge>}
                    </Group>
                  </>
                )}
              </Stack>
            }
          />
        );
      })}
    </Stepper>
  );
}

/**
 * A step's circle: red or yellow with the verdict's icon when the phase needs attention, a
 * green check when all its items are closed, otherwise its number in grey. A "ready" phase
 * with work still open is on track, not finished, so it does not get a check.
 */
function stepLook(verdict: Verdict, progress: PhaseProgress | undefined, index: number): { color: string; icon: ReactNode } {
  if (verdict.state !== 'ready') {
    const style = verdictStyle[verdict.state];
    return { color: style.color, icon: <style.Icon size={16} /> };
  }
  if (progress && progress.total > 0 && progress.completed === progress.total) {
    const style = verdictStyle.ready;
    return { color: style.color, icon: <style.Icon size={16} /> };
  }
  return { color: 'gray', icon: <Text size="xs" fw={600}>{index + 1}</Text> };
}
