import { Group, Text } from '@mantine/core';
import { usePlans } from '../state/plans-store';

/** Where the data lives, always in sight: architects must know what to back up. */
export function StatusBar() {
  const info = usePlans((s) => s.info);
  if (!info) return null;
  return (
    <Group justify="space-between" px="md" h="100%" className="hr-statusbar" wrap="nowrap">
      <Text size="xs" c="dimmed" truncate data-testid="data-file">
        Data: {info.dataFile}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        Backups: {info.backupsDir} · Headroom {info.version}
      </Text>
    </Group>
  );
}
