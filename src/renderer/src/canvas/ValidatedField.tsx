import { NumberInput, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

/**
 * A field that validates as the user types and commits only valid values: an invalid
 * entry shows its message inline while the plan keeps the last valid value.
 */
export function ValidatedField(props: {
  label: string;
  kind: 'number' | 'integer' | 'percent' | 'text';
  value: number | string;
  unit?: string | undefined;
  help?: string | undefined;
  testId?: string;
  /** Returns an error message, or null after committing the value. */
  commit: (value: number | string) => string | null;
}) {
  const shown = props.kind === 'percent' && typeof props.value === 'number' ? round(props.value * 100) : props.value;
  const [draft, setDraft] = useState<number | string>(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(shown);
    setError(null);
  }, [shown]);

  function change(raw: number | string) {
    setDraft(raw);
    if (props.kind === 'text') {
      setError(props.commit(String(raw)));
      return;
    }
    if (raw === '' || typeof raw !== 'number' || !Number.isFinite(raw)) {
      setError('Enter a number.');
      return;
    }
    if (props.kind === 'integer' && !Number.isInteger(raw)) {
      setError('Enter a whole number.');
      return;
    }
    setError(props.commit(props.kind === 'percent' ? raw / 100 : raw));
  }

  const description = [props.unit, props.help].filter(Boolean).join(' · ') || undefined;
  if (props.kind === 'text') {
    return <TextInput size="xs" label={props.label} description={props.help} value={String(draft)} error={error} data-testid={props.testId} onChange={(e) => change(e.currentTarget.value)} />;
  }
  return (
    <NumberInput
      size="xs"
      label={props.label}
      description={description}
      value={draft}
      error={error}
      allowNegative
      thousandSeparator=","
      decimalScale={props.kind === 'integer' ? 0 : 6}
      data-testid={props.testId}
      onChange={change}
    />
  );
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
