import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TemplateId } from '../../../shared/api';

const templates: { id: TemplateId; label: string; detail: string }[] = [
  { id: 'blank', label: 'Blank plan', detail: 'An empty canvas.' },
  { id: 'global-conference', label: 'Global conference', detail: '85K peak rps: CDN, load balancer, app tier, cache, primary + read replicas.' },
  { id: 'flash-sale', label: 'Flash sale', detail: 'A 300% increase over normal with a 50% buffer.' },
  { id: 'event-platform', label: 'Event platform tiers', detail: 'Tiers by concurrent users, autoscaling limits per tier.' },
  { id: 'ticketing-launch', label: 'Ticketing launch', detail: 'An on-sale at 8× normal: API on Kubernetes, checkout confirmation on serverless functions.' },
];

export function NewPlanDialog(props: { opened: boolean; onClose: () => void; onCreate: (name: string, template: TemplateId) => Promise<void> }) {
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<TemplateId>('blank');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (name.trim() === '') {
      setError('Give the plan a name.');
      return;
    }
    setBusy(true);
    try {
      await props.onCreate(name.trim(), template);
      setName('');
      setTemplate('blank');
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title="New plan" centered size="lg">
      <Stack>
        <TextInput label="Name" placeholder="Black Friday 2027" value={name} error={error} data-autofocus data-testid="new-plan-name"
          onChange={(e) => { setName(e.currentTarget.value); setError(null); }}
          onKeyDown={(e) => e.key === 'Enter' && void submit()} />
        <Radio.Group label="Start from" value={template} onChange={(v) => setTemplate(v as TemplateId)}>
          <Stack gap="xs" mt="xs">
            {templates.map((t) => (
              <Radio key={t.id} value={t.id} data-testid={`template-${t.id}`} label={<Text size="sm" fw={500}>{t.label}</Text>} description={t.detail} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>Cancel</Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="create-plan">Create plan</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
