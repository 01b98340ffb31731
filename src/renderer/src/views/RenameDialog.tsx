import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

export function RenameDialog(props: { opened: boolean; initial: string; onClose: () => void; onRename: (name: string) => Promise<void> }) {
  const [name, setName] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setName(props.initial);
    setError(null);
  }, [props.initial, props.opened]);

  async function submit() {
    if (name.trim() === '') return setError('A plan needs a name.');
    try {
      await props.onRename(name.trim());
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Rename plan" centered>
      <TextInput label="Name" value={name} error={error} data-autofocus data-testid="rename-input"
        onChange={(e) => { setName(e.currentTarget.value); setError(null); }}
        onKeyDown={(e) => e.key === 'Enter' && void submit()} />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={props.onClose}>Cancel</Button>
        <Button onClick={() => void submit()} data-testid="rename-submit">Rename</Button>
      </Group>
    </Modal>
  );
}
