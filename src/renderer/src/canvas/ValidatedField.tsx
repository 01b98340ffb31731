import { Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { magnitudeWarning, numberText, parseNumberText } from './number-text';

/**
 * A field that validates as the user types and commits only valid values: an invalid
 * entry shows its message inline while the plan keeps the last valid value. Numbers are
 * read by parseNumberText (1e12 is a trillion, "12abc" is refused), never by a mask that
 * drops the characters it does not expect; a value above `warnAbove` is kept but flagged.
 */
export function ValidatedField(props: {
  label: string;
  kind: 'number' | 'integer' | 'percent' | 'text';
  value: number | string;
  unit?: string | undefined;
  help?: string | undefined;
  testId?: string | undefined;
  /** Above this (in the shown unit: percent fields in %), a visible warning; the value is still saved. */
  warnAbove?: number | undefined;
  /** Returns an error message, or null after committing the value. */
  commit: (value: number | string) => string | null;
}) {
  const { kind } = props;
  const shown = kind === 'percent' && typeof props.value === 'number' ? round(props.value * 100) : props.value;
  const [draft, setDraft] = useState<string>(() => asText(shown));
  const [error, setError] = useState<string | null>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  useEffect(() => {
    // The plan changed from elsewhere (undo, another field, a load): show its value, unless
    // the draft already says it (keeps "1e3" as typed instead of rewriting it to "1,000").
    if (saysValue(draftRef.current, shown, kind)) return;
    setDraft(asText(shown));
    setError(null);
  }, [shown, kind]);

  function change(raw: string) {
    setDraft(raw);
    if (kind === 'text') {
      setError(props.commit(raw));
      return;
    }
    const parsed = parseNumberText(raw, kind);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(props.commit(kind === 'percent' ? parsed.value / 100 : parsed.value));
  }

  const typed = kind !== 'text' && error === null ? parseNumberText(draft, kind) : null;
  const warning = typed?.ok ? magnitudeWarning(typed.value, props.warnAbove, props.unit) : null;
  const description = (kind === 'text' ? props.help : [props.unit, props.help].filter(Boolean).join(' · ')) || undefined;
  return (
    <div>
      <TextInput
        size="xs"
        label={props.label}
        description={description}
        value={draft}
        error={error}
        inputMode={kind === 'text' ? undefined : 'decimal'}
        data-testid={props.testId}
        data-invalid={error === null ? undefined : 'true'}
        onChange={(e) => change(e.currentTarget.value)}
        onBlur={() => {
          // Leaving a valid number shows it grouped, as the plan holds it.
          if (kind !== 'text' && error === null && typeof shown === 'number') setDraft(asText(shown));
        }}
      />
      {warning && (
        <Text size="xs" c="orange.8" mt={2} data-testid={props.testId ? `${props.testId}-warning` : undefined}>
          {warning}
        </Text>
      )}
    </div>
  );
}

function saysValue(draft: string, value: number | string, kind: 'number' | 'integer' | 'percent' | 'text'): boolean {
  if (typeof value === 'string' || kind === 'text') return draft === String(value);
  const parsed = parseNumberText(draft, kind);
  return parsed.ok && parsed.value === value;
}

function asText(value: number | string): string {
  return typeof value === 'number' ? numberText(value) : value;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
