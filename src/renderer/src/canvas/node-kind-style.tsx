import type { LucideIcon } from 'lucide-react';
import type { NodeKind } from '../../../shared/model/plan';
import { rendererKinds } from '../kinds';

/** One icon and colour per kind (from src/renderer/src/kinds), used by the palette, the nodes and the inspector. */
export const nodeKindStyle: Record<NodeKind, { icon: LucideIcon; color: string }> = rendererKinds;

export function NodeKindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  const { icon: Icon, color } = nodeKindStyle[kind];
  return (
    <span className="hr-node__icon" style={{ background: `var(--mantine-color-${color}-0)`, color: `var(--mantine-color-${color}-7)` }}>
      <Icon size={size} aria-hidden />
    </span>
  );
}
