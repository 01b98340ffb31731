import { ReactFlowProvider } from '@xyflow/react';
import { Inspector } from '../canvas/Inspector';
import { TopologyCanvas } from '../canvas/TopologyCanvas';

export function TopologyView() {
  return (
    <ReactFlowProvider>
      <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <div style={{ flex: 1, position: 'relative' }} data-testid="canvas">
          <TopologyCanvas />
        </div>
        <div style={{ width: 320, borderLeft: '1px solid var(--mantine-color-gray-3)', background: 'white', overflowY: 'auto' }}>
          <Inspector />
        </div>
      </div>
    </ReactFlowProvider>
  );
}
