import { ReactFlowProvider } from '@xyflow/react';
import { useDeferredValue } from 'react';
import { Inspector } from '../canvas/Inspector';
import { TopologyCanvas } from '../canvas/TopologyCanvas';

export function TopologyView() {
  // The inspector (the plan's settings and findings: some hundreds of Mantine elements) is
  // drawn in a render of its own just after the canvas's, so the plan shows that much sooner
  // on opening (issue 18); React renders the deferred `true` as soon as the first is done.
  const inspectorShown = useDeferredValue(true, false);
  return (
    <ReactFlowProvider>
      <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <div style={{ flex: 1, position: 'relative' }} data-testid="canvas">
          <TopologyCanvas />
        </div>
        <div style={{ width: 320, borderLeft: '1px solid var(--mantine-color-gray-3)', background: 'white', overflowY: 'auto' }}>
          {inspectorShown && <Inspector />}
        </div>
      </div>
    </ReactFlowProvider>
  );
}
