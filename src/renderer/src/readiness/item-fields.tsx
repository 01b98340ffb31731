import { ActionIcon, Group, Textarea, TextInput, Tooltip } from '@mantine/core';
import { ExternalLink } from 'lucide-react';
import { useState } from 'react';
import { checkEvidenceUrl } from '../../../shared/readiness';

/**
 * Text fields of a checklist row keep a draft while the user types and commit on blur or
 * Enter: one state change (and one save) per edit, not one per keystroke. Rows give them a
 * `key` of the saved value, so a change from elsewhere (undo, another row's regeneration)
 * replaces a stale draft.
 */
export function CommitInput({ value, placeholder, label, testId, onCommit }: { value: string; placeholder: string; label: string; testId: string; onCommit: (v: string) => void }) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <TextInput
      size="xs"
      variant="filled"
      value={draft}
      placeholder={placeholder}
      aria-label={label}
      data-testid={testId}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

export function CommitNote({ value, testId, onCommit }: { value: string; testId: string; onCommit: (v: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <Textarea
      size="xs"
      variant="filled"
      autosize
      minRows={1}
      maxRows={6}
      value={draft}
      placeholder="Note"
      aria-label="Note"
      data-testid={testId}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => draft !== value && onCommit(draft)}
    />
  );
}

/**
 * The evidence link is checked as the user leaves the field: only http(s) links are kept,
 * because the app hands them to the system browser. A refused link stays in the field with
 * the reason, and the saved state keeps the last good one.
 */
export function EvidenceField({ value, testId, onCommit }: { value: string; testId: string; onCommit: (v: string) => string[] | null }) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const check = checkEvidenceUrl(draft);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setError(null);
    if (check.url !== value) {
      const problems = onCommit(check.url);
      if (problems) setError(problems.join('; '));
    }
  };
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <TextInput
        size="xs"
        variant="filled"
        style={{ flex: 1 }}
        value={draft}
        placeholder="https://…"
        aria-label="Evidence link"
        error={error}
        data-testid={testId}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          if (error) setError(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {value !== '' && error === null && draft === value && (
        <Tooltip label={value} openDelay={300}>
          {/* Opened outside the app: Electron's window-open handler passes https links to the browser. */}
          <ActionIcon component="a" href={value} target="_blank" rel="noreferrer noopener" variant="subtle" size="sm" aria-label="Open evidence">
            <ExternalLink size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
