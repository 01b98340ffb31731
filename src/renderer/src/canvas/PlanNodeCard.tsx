import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { nodeKindLabels } from '../../../shared/model/create-node';
import type { PlanNode } from '../../../shared/model/plan';
import { NodeKindIcon } from './node-kind-style';

export type PlanFlowNode = Node<{ node: PlanNode }, 'plan'>;

function PlanNodeCardImpl({ data }: NodeProps<PlanFlowNode>) {
  const { node } = data;
  return (
    <div className="hr-node" data-testid={`node-${node.name}`}>
      {node.kind !== 'trafficSource' && <Handle type="target" position={Position.Left} />}
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <NodeKindIcon kind={node.kind} />
        <div style={{ minWidth: 0 }}>
          <div className="hr-node__kind">{nodeKindLabels[node.kind]}</div>
          <div className="hr-node__name" title={node.name}>
            {node.name}
          </div>
        </div>
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

export const PlanNodeCard = memo(PlanNodeCardImpl);
