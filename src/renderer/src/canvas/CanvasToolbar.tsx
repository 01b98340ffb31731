import { ActionIcon, Group, Paper, Tooltip } from '@mantine/core';
import { Redo2, Undo2 } from 'lucide-react';
import { useStore } from 'zustand';
import { useEditor } from '../state/editor-store';
import { Palette } from './Palette';

export function CanvasToolbar() {
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const canUndo = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  return (
    <Paper shadow="xs" p={4} withBorder>
      <Group gap={4}>
        <Palette />
        <Tooltip label="Undo (Ctrl+Z)">
          <ActionIcon variant="subtle" color="gray" onClick={undo} disabled={!canUndo} aria-label="Undo" data-testid="undo">
            <Undo2 size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Redo (Ctrl+Shift+Z)">
          <ActionIcon variant="subtle" color="gray" onClick={redo} disabled={!canRedo} aria-label="Redo" data-testid="redo">
            <Redo2 size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
