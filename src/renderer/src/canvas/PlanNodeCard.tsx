import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { AlertTriangle } from 'lucide-react';
import { memo } from 'react';
import { formatNumber } from '../../../shared/engine/format';
import type { Finding, NodeProjection } from '../../../shared/engine/types';
import { kindLabel, kindOf } from '../../../shared/kinds';
import type { PlanNode } from '../../../shared/model/plan';
import { rendererKinds } from '../kinds';
import { NodeKindIcon } from './node-kind-style';

export type PlanFlowNode = Node<{ node: PlanNode; sizing: NodeProjection | undefined; findings: Finding[] }, 'plan'>;

const statusColor = { ok: 'teal', tight: 'yellow', short: 'red' } as const;
const statusLabel = { ok: 'ok', tight: 'tight', short: 'short' } as const;

function worstSeverity(findings: Finding[]): Finding['severity'] | null {
  if (findings.some((f) => f.severity === 'critical')) return 'critical';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length > 0 ? 'info' : null;
}

function PlanNodeCardImpl({ data }: NodeProps<PlanFlowNode>) {
  const { node, sizing, findings } = data;
  const event = sizing?.atEvent;
  const status = event?.status ?? 'ok';
  const severity = worstSeverity(findings);
  const color = statusColor[status];
  return (
    <div
      className="hr-node"
      data-testid={`node-${node.name}`}
      data-status={status}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-${status === 'ok' ? 5 : 6})` }}
    >
      {/* Load enters the plan at an entry point: nothing calls into it. */}
      {!kindOf(node).entryPoint && <Handle type="target" position={Position.Left} />}
      {/* Two or three lines of text large enough to read at the samples' fitted zoom (about
          0.7 at 1440×900): the name, then load and status, then need vs today. The kind is
          the icon's (its name on hover and for screen readers; the inspector says it too). */}
      <div className="hr-node__head">
        <span title={kindLabel(node.kind)} aria-label={kindLabel(node.kind)} role="img" style={{ display: 'flex' }}>
          <NodeKindIcon kind={node.kind} size={18} />
        </span>
        <div className="hr-node__name" title={node.name}>
          {node.name}
        </div>
        {severity && (
          <span
            className="hr-node__badge"
            title={findings.map((f) => f.message).join('\n')}
            data-testid={`node-findings-${node.name}`}
            style={{ color: `var(--mantine-color-${severity === 'critical' ? 'red' : severity === 'warning' ? 'yellow' : 'blue'}-7)` }}
          >
            <AlertTriangle size={15} aria-hidden />
            {findings.length}
          </span>
        )}
      </div>
      {event && (
        <div className="hr-node__numbers">
          <span title="Load at the event peak">{formatNumber(event.loadRps)} rps</span>
          <span className="hr-node__status" style={{ color: `var(--mantine-color-${color}-8)`, background: `var(--mantine-color-${color}-0)` }}>
            {statusLabel[status]}
          </span>
        </div>
      )}
      {event && sizing?.unit && (
        <div className="hr-node__need" title={`Required at the event vs today (${sizing.unit})`} data-testid={`node-need-${node.name}`}>
          {formatNumber(event.required)} / {formatNumber(event.current)} {rendererKinds[node.kind].shortUnit ?? sizing.unit}
        </div>
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

/**
 * Re-render a card only when what it shows changed: a recompute hands every node a new
 * sizing object, but at 500 nodes most of them show the same numbers as before.
 */
function sameCard(a: NodeProps<PlanFlowNode>, b: NodeProps<PlanFlowNode>): boolean {
  return a.selected === b.selected && sameCardData(a.data, b.data);
}

/** Whether two cards would draw the same: the node itself, its numbers at the event, its findings. */
export function sameCardData(a: PlanFlowNode['data'], b: PlanFlowNode['data']): boolean {
  if (a.node !== b.node) return false;
  const x = a.sizing?.atEvent;
  const y = b.sizing?.atEvent;
  if (x?.loadRps !== y?.loadRps || x?.required !== y?.required || x?.current !== y?.current || x?.status !== y?.status) return false;
  const fa = a.findings;
  const fb = b.findings;
  return fa.length === fb.length && fa.every((f, i) => f.id === fb[i]!.id && f.message === fb[i]!.message);
}

export const PlanNodeCard = memo(PlanNodeCardImpl, sameCard);
