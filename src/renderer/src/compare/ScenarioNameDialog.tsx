import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

/** Asks for a scenario's name (new or renamed); `submit` answers the domain's message when the name is refused. */
export function ScenarioNameDialog(props: { opened: boolean; title: string; hint: string; initial: string; action: string; onClose: () => void; submit: (name: string) => string | null }) {
  const [name, setName] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setName(props.initial);
    setError(null);
  }, [props.initial, props.opened]);

  function submit() {
    const problem = props.submit(name);
    if (problem) setError(problem);
    else props.onClose();
  }
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Text size="xs" c="dimmed" mb="xs">{props.hint}</Text>
      <TextInput label="Scenario name" value={name} error={error} data-autofocus data-testid="scenario-name-input"
        onChange={(e) => { setName(e.currentTarget.value); setError(null); }}
        onKeyDown={(e) => e.key === 'Enter' && submit()} />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={props.onClose}>Cancel</Button>
        <Button onClick={submit} data-testid="scenario-name-submit">{props.action}</Button>
      </Group>
    </Modal>
  );
}
