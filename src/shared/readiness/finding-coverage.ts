import type { Finding, FindingRule } from '../engine/types';
import { kindDefinitions } from '../kinds';
import type { ItemDraft } from './draft';

/**
 * Which checklist items act on which findings of the capacity model. A node item covers a
 * finding on the same node when its action is one that fixes the finding's rule (raising
 * the autoscaling max fixes "above max"; pre-scaling, adding replicas or cache nodes fixes
 * "short at the event"). A finding no node item covers gets its own `finding:<id>` item.
 * The verdict reads the result (`covers` on each item): a critical finding with an item on
 * track is a risk, one without is a gap.
 */
const fixingActions: Partial<Record<FindingRule, readonly string[]>> = mergeFixes([
  // Pre-scaling (readiness/node-items.ts, any sized kind) fixes a short count at the event.
  { 'short-at-event': ['prescale'] },
  // Each kind's own items: raise its max, add replicas or nodes, raise a limit, ask for a quota…
  ...kindDefinitions.map((def) => def.readinessFixes),
]);

/** One table from several: a rule's actions are every table's actions for it. */
function mergeFixes(tables: readonly Partial<Record<FindingRule, readonly string[]>>[]): Partial<Record<FindingRule, readonly string[]>> {
  const out: Partial<Record<FindingRule, string[]>> = {};
  for (const table of tables) {
    for (const [rule, actions] of Object.entries(table) as [FindingRule, readonly string[]][]) (out[rule] ??= []).push(...actions);
  }
  return out;
}

/** The action part of a node item's id: `node:<nodeId>:<action>` → action. */
function actionOf(draft: ItemDraft): string | null {
  if (!draft.id.startsWith('node:') || draft.subject?.nodeId === undefined) return null;
  return draft.id.slice(`node:${draft.subject.nodeId}:`.length);
}

/** Whether `draft` (a node item) fixes `finding`. */
export function draftFixes(draft: ItemDraft, finding: Finding): boolean {
  if (finding.nodeId === null || draft.subject?.nodeId !== finding.nodeId) return false;
  const action = actionOf(draft);
  return action !== null && (fixingActions[finding.rule] ?? []).includes(action);
}

/** The findings (ids) each node draft covers, set on the drafts. */
export function withCoverage(drafts: readonly ItemDraft[], findings: readonly Finding[]): ItemDraft[] {
  return drafts.map((draft) => {
    const covers = findings.filter((f) => draftFixes(draft, f)).map((f) => f.id);
    return covers.length > 0 ? { ...draft, covers } : draft;
  });
}

/** True when some node draft already acts on the finding (so it needs no item of its own). */
export function isCoveredByNodeItems(finding: Finding, drafts: readonly ItemDraft[]): boolean {
  return drafts.some((d) => draftFixes(d, finding));
}
