import { Button, Group, Modal, Text } from '@mantine/core';

export function ConfirmDialog(props: { opened: boolean; title: string; message: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} centered>
      <Text size="sm">{props.message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={props.onCancel}>
          Cancel
        </Button>
        <Button color="red" onClick={props.onConfirm} data-testid="confirm">
          {props.confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
