import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { phaseIds, phaseLabels, PhaseIdSchema, type ChecklistItem, type PhaseId } from '../../../shared/readiness';
import type { ChecklistActions } from './checklist-actions';
import { isoFromLocalInput, localInputFromIso } from './due-input';

const phaseOptions = phaseIds.map((p) => ({ value: p, label: phaseLabels[p] }));

export type CustomItemTarget = { mode: 'add'; phase: PhaseId } | { mode: 'edit'; item: ChecklistItem; fixedDueAt: string | null };

interface Props {
  target: CustomItemTarget;
  timeZone: string;
  actions: ChecklistActions;
  onClose: () => void;
}

/**
 * Adds or edits a user-written item. Without a due time it follows its phase (due when the
 * phase ends, moving with the event date); a time typed here is read in the event's zone.
 */
export function CustomItemDialog({ target, timeZone, actions, onClose }: Props) {
  const editing = target.mode === 'edit' ? target.item : null;
  const [title, setTitle] = useState(editing?.title ?? '');
  const [phase, setPhase] = useState<PhaseId>(editing?.phase ?? (target.mode === 'add' ? target.phase : 't-4w'));
  const [due, setDue] = useState(target.mode === 'edit' ? localInputFromIso(target.fixedDueAt, timeZone) : '');
  const [owner, setOwner] = useState(editing?.owner ?? '');
  const [detail, setDetail] = useState(editing?.detail ?? '');
  const [problems, setProblems] = useState<string[] | null>(null);

  function submit() {
    const dueAt = due === '' ? null : isoFromLocalInput(due, timeZone);
    if (due !== '' && dueAt === null) {
      setProblems(['the due time is not a date and time']);
      return;
    }
    const fields = { title, phase, dueAt, owner: owner.trim(), detail };
    const result = editing ? actions.editCustom(editing.id, fields) : actions.addCustom(fields);
    if (result) setProblems(result);
    else onClose();
  }

  return (
    <Modal opened onClose={onClose} title={editing ? 'Edit checklist item' : 'Add a checklist item'} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <TextInput label="Title" required data-autofocus value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="custom-title" />
          <Group grow>
            <Select
              label="Phase"
              data={phaseOptions}
              value={phase}
              allowDeselect={false}
              onChange={(v) => {
                const parsed = PhaseIdSchema.safeParse(v);
                if (parsed.success) setPhase(parsed.data);
              }}
              data-testid="custom-phase"
            />
            <TextInput label="Owner" value={owner} onChange={(e) => setOwner(e.currentTarget.value)} data-testid="custom-owner" />
          </Group>
          <TextInput
            label="Due"
            description={`Optional, in the event's time (${timeZone}); empty = when the phase ends`}
            type="datetime-local"
            value={due}
            onChange={(e) => setDue(e.currentTarget.value)}
            data-testid="custom-due"
          />
          <Textarea label="Detail" autosize minRows={2} maxRows={6} value={detail} onChange={(e) => setDetail(e.currentTarget.value)} />
          {problems && (
            <Alert color="red" variant="light" p="xs" data-testid="custom-problems">
              {problems.join('; ')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" data-testid="custom-submit">{editing ? 'Save' : 'Add item'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
