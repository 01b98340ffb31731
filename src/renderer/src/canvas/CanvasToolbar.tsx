import { ActionIcon, Group, Paper, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { Maximize, Redo2, Undo2, Workflow } from 'lucide-react';
import { useState } from 'react';
import { moveNodes } from '../../../shared/editing/plan-edits';
import { useStore } from 'zustand';
import { useEditor } from '../state/editor-store';
import { layoutLeftToRight } from './auto-layout';
import { FIT_MAX_ZOOM, FIT_PADDING } from './fit-padding';
import { Palette } from './Palette';

export function CanvasToolbar() {
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const canUndo = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  const flow = useReactFlow();
  const flowStore = useStoreApi();
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
      // Fit only once React Flow holds the new positions: fitting on the next frame raced
      // the canvas's rebuild and sometimes framed the old layout, leaving nodes off-screen.
      await untilPlaced(flowStore, positions);
      await flow.fitView({ padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, duration: 300 });
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
          <ActionIcon variant="subtle" color="gray" onClick={() => void flow.fitView({ padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, duration: 300 })} aria-label="Fit to view">
            <Maximize size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}

type FlowStore = ReturnType<typeof useStoreApi>;

/** Resolves when every laid-out node sits at its new position in React Flow's store (or after a second, whatever happens). */
function untilPlaced(store: FlowStore, positions: ReadonlyMap<string, { x: number; y: number }>): Promise<void> {
  const placed = () =>
    [...positions].every(([id, p]) => {
      const node = store.getState().nodeLookup.get(id);
      return node === undefined || (node.position.x === p.x && node.position.y === p.y);
    });
  return new Promise((resolve) => {
    if (placed()) return resolve();
    const done = () => {
      unsubscribe();
      window.clearTimeout(timer);
      resolve();
    };
    const unsubscribe = store.subscribe(() => {
      if (placed()) done();
    });
    const timer = window.setTimeout(done, 1_000);
  });
}
