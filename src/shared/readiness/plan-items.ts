import { kindOf } from '../kinds';
import type { DraftContext, ItemDraft } from './draft';
import { subjectOf } from './node-items';
import { isCoveredByNodeItems, withCoverage } from './finding-coverage';
import { quotaItemDrafts } from './quota-items';

/**
 * Items made from the plan's own nodes and numbers. Ids say what an item is about
 * (`node:<nodeId>:<action>`), never its numbers, so a changed count rewrites the text
 * but keeps the user's status and note; a removed node leaves its items obsolete.
 */

/**
 * Every other critical or warning finding becomes an item, so nothing the engine saw is
 * lost; a finding a node item above acts on (finding-coverage.ts) needs no second item.
 */
function findingItems(ctx: DraftContext, nodeItems: readonly ItemDraft[]): ItemDraft[] {
  return ctx.projection.findings
    .filter((f) => f.severity !== 'info')
    .filter((f) => !isCoveredByNodeItems(f, nodeItems))
    .map((f) => {
      const node = f.nodeId === null ? undefined : ctx.projection.byId[f.nodeId];
      return {
        id: `finding:${f.id}`,
        phase: 't-4w',
        title: `Resolve: ${f.message}`,
        detail: f.suggestion ?? 'Found by the capacity model; fix the system or the plan.',
        origin: 'plan',
        due: { kind: 'phase-end' },
        covers: [f.id],
        ...(node ? { subject: subjectOf(node) } : {}),
      } satisfies ItemDraft;
    });
}

export function planItemDrafts(ctx: DraftContext): ItemDraft[] {
  const nodeItems = withCoverage(
    // Each kind's own items come from its folder (src/shared/kinds/<kind>/readiness.ts).
    ctx.nodes.flatMap((node) => kindOf(node.kind).readiness(node, ctx)),
    ctx.projection.findings,
  );
  const quotaItems = quotaItemDrafts(ctx);
  const byQuotaItem = new Set(quotaItems.flatMap((d) => d.covers ?? []));
  return [...nodeItems, ...quotaItems, ...findingItems(ctx, nodeItems).filter((d) => !d.covers?.some((id) => byQuotaItem.has(id)))];
}
