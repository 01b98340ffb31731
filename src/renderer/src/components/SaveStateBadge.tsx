import { Badge, Tooltip } from '@mantine/core';
import type { SaveState } from '../state/autosaver';

/**
 * What an autosaver is doing, as a badge: saved, saving, editing, or not saved (with the
 * reason, and a click retries). The plan and the readiness checklist each show one.
 */
export function SaveStateBadge(props: { state: SaveState; savedLabel: string; failedLabel: string; testId: string; onRetry: () => void }) {
  const { state, testId } = props;
  if (state.status === 'error') {
    return (
      <Tooltip label={`${state.message} — your edits are kept in this window. Click to retry.`} multiline w={320}>
        <Badge color="red" variant="filled" style={{ cursor: 'pointer' }} onClick={props.onRetry} data-testid={testId} data-state="error">
          {props.failedLabel}
        </Badge>
      </Tooltip>
    );
  }
  const label = state.status === 'saved' ? props.savedLabel : state.status === 'saving' ? 'Saving…' : 'Editing…';
  return (
    <Badge color={state.status === 'saved' ? 'teal' : 'gray'} variant="light" data-testid={testId} data-state={state.status}>
      {label}
    </Badge>
  );
}
