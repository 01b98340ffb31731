import { ActionIcon, Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { CalendarClock } from 'lucide-react';
import { useState } from 'react';
import { formatDue, type ChecklistItem } from '../../../shared/readiness';
import type { ChecklistActions } from './checklist-actions';
import { isoFromLocalInput, localInputFromIso } from './due-input';

interface Props {
  item: ChecklistItem;
  overdue: boolean;
  timeZone: string;
  actions: ChecklistActions;
}

/**
 * When an item is due, why (a moved test, a lead time, a shortfall today), and for a
 * generated item a way for the team to set its own due time (kept in the checklist state,
 * so it travels in the plan file) or go back to the generated one.
 */
export function DueCell({ item, overdue, timeZone, actions }: Props) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const testId = (field: string) => `item-${field}-${item.id}`;
  const overridden = item.dueNote?.startsWith('set by the team') ?? false;

  function save(dueAt: string | null) {
    const problems = actions.update(item, { dueAt });
    if (problems) setProblem(problems.join('; '));
    else setOpen(false);
  }

  return (
    <>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <Text size="xs" c={overdue ? 'red.7' : undefined} style={{ whiteSpace: 'nowrap' }} data-testid={testId('due')}>{formatDue(item.dueAt, timeZone)}</Text>
        {item.origin !== 'custom' && !item.obsolete && (
          <Popover opened={open} onChange={setOpen} position="bottom-end" withinPortal trapFocus>
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="xs"
                aria-label="Set the due time"
                data-testid={testId('due-edit')}
                onClick={() => {
                  setValue(localInputFromIso(item.dueAt, timeZone));
                  setProblem(null);
                  setOpen((o) => !o);
                }}
              >
                <CalendarClock size={12} />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <Stack gap={6} w={240}>
                <TextInput
                  size="xs"
                  type="datetime-local"
                  label={`Due (${timeZone})`}
                  value={value}
                  error={problem}
                  data-testid={testId('due-input')}
                  onChange={(e) => setValue(e.currentTarget.value)}
                />
                <Group gap={6} justify="flex-end">
                  {overridden && (
                    <Button size="compact-xs" variant="default" data-testid={testId('due-reset')} onClick={() => save(null)}>
                      Use generated
                    </Button>
                  )}
                  <Button
                    size="compact-xs"
                    data-testid={testId('due-save')}
                    onClick={() => {
                      const iso = isoFromLocalInput(value, timeZone);
                      if (iso === null) setProblem('not a date and time');
                      else save(iso);
                    }}
                  >
                    Set
                  </Button>
                </Group>
              </Stack>
            </Popover.Dropdown>
          </Popover>
        )}
      </Group>
      {item.dueNote && (
        <Text size="xs" c="dimmed" fs="italic" data-testid={testId('due-note')}>{item.dueNote}</Text>
      )}
    </>
  );
}
