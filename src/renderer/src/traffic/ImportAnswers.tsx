import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { ImportOptions } from './use-traffic-import';

/** "Values are": what the user can say the file's numbers are; 'detect' leaves it to the file. */
export type ValuesAre = 'detect' | 'perSecond' | 'perMinute' | 'perHour' | 'count';

export const VALUES_ARE: { value: ValuesAre; label: string }[] = [
  { value: 'detect', label: 'Detect from the file (asks if it cannot tell)' },
  { value: 'perSecond', label: 'requests per second' },
  { value: 'perMinute', label: 'requests per minute' },
  { value: 'perHour', label: 'requests per hour' },
  { value: 'count', label: 'requests counted per interval (divided by it)' },
];

export function optionsOf(values: ValuesAre): ImportOptions {
  if (values === 'detect') return { valueKind: undefined, rateUnit: undefined };
  if (values === 'count') return { valueKind: 'count', rateUnit: undefined };
  return { valueKind: 'rate', rateUnit: values };
}

/** The question the import asks when a file does not say whether its values are rates or counts. */
export function ValueKindQuestion({ onAnswer }: { onAnswer(values: ValuesAre): void }) {
  return (
    <Stack gap={4} mt={6} data-testid="traffic-values-question">
      <Text size="xs" fw={600}>What are these values? The file does not say, and a count per minute read as a rate is 60 times too high.</Text>
      <Group gap={4}>
        {VALUES_ARE.filter((v) => v.value !== 'detect').map((v) => (
          <Button key={v.value} size="compact-xs" variant="light" onClick={() => onAnswer(v.value)} data-testid={`traffic-values-${v.value}`}>
            {v.label}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

/** Which series to take when the file holds several: the default (one metric totalled), or one of them. */
export function SeriesPicker({ choices, value, onChoose }: { choices: string[]; value: string | undefined; onChoose(series: string | undefined): void }) {
  const data = [{ value: '', label: 'Default: all series of one metric, totalled' }, ...choices.map((c) => ({ value: c, label: c }))];
  return (
    <Select
      size="xs"
      mt={6}
      label="Series in the file"
      description="Import again with one series, or the default total."
      data={data}
      value={value ?? ''}
      onChange={(v) => onChoose(v === null || v === '' ? undefined : v)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      data-testid="traffic-series"
    />
  );
}
