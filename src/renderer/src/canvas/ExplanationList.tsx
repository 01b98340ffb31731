import { Stack, Text } from '@mantine/core';
import { formatNumber } from '../../../shared/engine/format';
import type { Explanation } from '../../../shared/engine/types';

/** Inputs → formula → value, for every step behind a number: the "why" of a recommendation. */
export function ExplanationList({ steps }: { steps: readonly Explanation[] }) {
  return (
    <Stack gap={8} data-testid="explanations">
      {steps.map((step, i) => (
        <div key={`${step.label}-${i}`} style={{ borderLeft: '2px solid var(--mantine-color-gray-3)', paddingLeft: 8 }}>
          <Text size="xs" fw={600}>
            {step.label}: {formatNumber(step.value, 2)} {step.unit}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {step.formula}
          </Text>
          <Text size="xs" c="dimmed">
            {step.inputs.map((input) => `${input.name} = ${formatNumber(input.value, 3)}${input.unit ? ` ${input.unit}` : ''}`).join(' · ')}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
