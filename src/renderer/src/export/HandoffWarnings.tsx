import { Alert, Text } from '@mantine/core';
import { isHandoffRule } from '../../../shared/engine/handoff-findings';
import { useProjection } from '../state/use-projection';

/**
 * The findings that would travel silently into the infra team's files (an empty instance
 * type, a min above the max, today below the min, a quota the stages do not fit in), said
 * once above the export's files.
 */
export function HandoffWarnings() {
  const projection = useProjection();
  const warnings = projection?.findings.filter((f) => isHandoffRule(f.rule)) ?? [];
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" mx="sm" mt="sm" p="xs" title={`Check before handing off (${warnings.length})`} data-testid="export-handoff-warnings">
      {warnings.map((f) => (
        <Text key={f.id} size="xs" data-testid={`export-warning-${f.rule}`}>
          {f.message}
        </Text>
      ))}
    </Alert>
  );
}
