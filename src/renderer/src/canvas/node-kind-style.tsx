import { Cloud, Cpu, Database, Globe, Inbox, Network, Server, Users, Zap, type LucideIcon } from 'lucide-react';
import type { NodeKind } from '../../../shared/model/plan';

/** One icon and colour per kind, used by the palette, the nodes and the inspector. */
export const nodeKindStyle: Record<NodeKind, { icon: LucideIcon; color: string }> = {
  trafficSource: { icon: Users, color: 'grape' },
  cdn: { icon: Globe, color: 'cyan' },
  loadBalancer: { icon: Network, color: 'blue' },
  service: { icon: Server, color: 'indigo' },
  database: { icon: Database, color: 'orange' },
  cache: { icon: Zap, color: 'red' },
  queue: { icon: Inbox, color: 'teal' },
  workerPool: { icon: Cpu, color: 'lime' },
  external: { icon: Cloud, color: 'gray' },
};

export function NodeKindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  const { icon: Icon, color } = nodeKindStyle[kind];
  return (
    <span className="hr-node__icon" style={{ background: `var(--mantine-color-${color}-0)`, color: `var(--mantine-color-${color}-7)` }}>
      <Icon size={size} aria-hidden />
    </span>
  );
}
