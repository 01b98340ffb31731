import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { HistoryWindow } from '../../../shared/model/traffic-history';

const CHOICES = [
  { value: 'all', label: 'All of the history' },
  ...[4, 8, 10, 13, 26, 52, 104].map((w) => ({ value: `w${w}`, label: `Last ${w} weeks` })),
  { value: 'range', label: 'A date range…' },
];

function choiceOf(window: HistoryWindow | undefined): string {
  if (window === undefined || window.kind === 'all') return 'all';
  return window.kind === 'range' ? 'range' : `w${window.weeks}`;
}

/**
 * The window the baseline and the growth fit use: all of the history, the last N weeks,
 * or a date range. A range end takes effect once it is a whole date (the browser's date
 * input gives YYYY-MM-DD or nothing).
 */
export function HistoryWindowPicker({ window, firstDate, lastDate, onChange, disabled }: { window: HistoryWindow | undefined; firstDate: string; lastDate: string; onChange(window: HistoryWindow | undefined): void; disabled: boolean }) {
  const choice = choiceOf(window);
  const weeks = window?.kind === 'lastWeeks' ? window.weeks : null;
  const data = weeks !== null && !CHOICES.some((c) => c.value === `w${weeks}`) ? [...CHOICES, { value: `w${weeks}`, label: `Last ${weeks} weeks` }] : CHOICES;
  const [range, setRange] = useState<{ from?: string; to?: string }>(() => (window?.kind === 'range' ? { from: window.from, to: window.to } : {}));
  const setEnd = (end: 'from' | 'to', value: string) => {
    const next = { ...range, [end]: value === '' ? undefined : value };
    setRange(next);
    if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) onChange({ kind: 'range', ...(next.from ? { from: next.from } : {}), ...(next.to ? { to: next.to } : {}) });
  };
  return (
    <>
      <Select
        size="xs"
        label="Window for the baseline and the fit"
        data={data}
        value={choice}
        allowDeselect={false}
        disabled={disabled}
        onChange={(v) => {
          if (!v) return;
          if (v === 'all') onChange(undefined);
          else if (v === 'range') {
            const r = { from: range.from ?? firstDate, to: range.to ?? lastDate };
            setRange(r);
            onChange({ kind: 'range', from: r.from, to: r.to });
          } else onChange({ kind: 'lastWeeks', weeks: Number(v.slice(1)) });
        }}
        data-testid="traffic-history-window"
      />
      {choice === 'range' && (
        <Group gap="xs" grow>
          <TextInput size="xs" type="date" label="From" value={range.from ?? ''} min={firstDate} max={lastDate} onChange={(e) => setEnd('from', e.currentTarget.value)} data-testid="traffic-window-from" />
          <TextInput size="xs" type="date" label="To" value={range.to ?? ''} min={firstDate} max={lastDate} onChange={(e) => setEnd('to', e.currentTarget.value)} data-testid="traffic-window-to" />
        </Group>
      )}
    </>
  );
}
