import { Badge, Tooltip } from '@mantine/core';
import { useEditor } from '../state/editor-store';

export function SaveIndicator() {
  const state = useEditor((s) => s.saveState);
  const flush = useEditor((s) => s.flush);
  if (state.status === 'error') {
    return (
      <Tooltip label={`${state.message} — your edits are kept in this window. Click to retry.`} multiline w={320}>
        <Badge color="red" variant="filled" style={{ cursor: 'pointer' }} onClick={() => void flush()} data-testid="save-state" data-state="error">
          Not saved
        </Badge>
      </Tooltip>
    );
  }
  const label = state.status === 'saved' ? 'Saved' : state.status === 'saving' ? 'Saving…' : 'Editing…';
  return (
    <Badge color={state.status === 'saved' ? 'teal' : 'gray'} variant="light" data-testid="save-state" data-state={state.status}>
      {label}
    </Badge>
  );
}
