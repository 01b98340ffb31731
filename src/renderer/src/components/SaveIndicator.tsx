import { useEditor } from '../state/editor-store';
import { SaveStateBadge } from './SaveStateBadge';

export function SaveIndicator() {
  const state = useEditor((s) => s.saveState);
  const flush = useEditor((s) => s.flush);
  return <SaveStateBadge state={state} savedLabel="Saved" failedLabel="Not saved" testId="save-state" onRetry={() => void flush()} />;
}
