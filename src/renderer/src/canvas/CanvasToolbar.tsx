import { ActionIcon, Group, Paper, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useReactFlow } from '@xyflow/react';
import { Maximize, Redo2, Undo2, Workflow } from 'lucide-react';
import { useState } from 'react';
import { moveNodes } from '../../../shared/editing/plan-edits';
import { useStore } from 'zustand';
import { useEditor } from '../state/editor-store';
import { layoutLeftToRight } from './auto-layout';
import { Palette } from './Palette';

export function CanvasToolbar() {
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const canUndo = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  const flow = useReactFlow();
  // 'running' from the click until the nodes are placed and the view has finished fitting
  // them (tests and people alike wait on this, not on a guess of how long it takes).
  const [layout, setLayout] = useState<'idle' | 'running'>('idle');

  async function autoLayout() {
    const plan = useEditor.getState().plan;
    if (!plan) return;
    setLayout('running');
    try {
      const positions = await layoutLeftToRight(plan);
      useEditor.getState().edit((p) => moveNodes(p, positions));
      await new Promise((resolve) => window.requestAnimationFrame(resolve));
      await flow.fitView({ padding: 0.15, duration: 300 });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Auto-layout failed', message: String(error) });
    } finally {
      setLayout('idle');
    }
  }
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
        <Tooltip label="Auto-layout, left to right by traffic flow">
          <ActionIcon variant="subtle" color="gray" onClick={() => void autoLayout()} aria-label="Auto-layout" data-testid="auto-layout" data-layout-state={layout} aria-busy={layout === 'running'}>
            <Workflow size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Fit to view">
          <ActionIcon variant="subtle" color="gray" onClick={() => void flow.fitView({ padding: 0.15, duration: 300 })} aria-label="Fit to view">
            <Maximize size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
