/** One of React Flow's select changes (a node's or an edge's), as its change lists carry them. */
interface SelectChange {
  type: string;
  id?: string;
  selected?: boolean;
}

/**
 * The selection after the user's select changes in one batch from React Flow (a click, a
 * box selection, a click on the empty pane), or null when the batch selected nothing new.
 *
 * The store owns the selection and the canvas only draws it: React Flow's select changes
 * are the user's intent and go to the store, while React Flow's own report of "what is
 * selected now" (onSelectionChange) is never written back. Writing that report back is what
 * made the canvas and the store chase each other when the canvas remounted (React #185).
 * Ids keep their order: the ones still selected first, then the newly selected ones.
 */
export function nextSelection(current: readonly string[], changes: readonly SelectChange[]): string[] | null {
  const selected = new Map<string, boolean>();
  for (const change of changes) {
    if (change.type === 'select' && change.id !== undefined && change.selected !== undefined) selected.set(change.id, change.selected);
  }
  if (selected.size === 0) return null;
  const kept = current.filter((id) => selected.get(id) !== false);
  const have = new Set(kept);
  const added = [...selected].filter(([id, on]) => on && !have.has(id)).map(([id]) => id);
  const next = [...kept, ...added];
  return next.length === current.length && next.every((id, i) => id === current[i]) ? null : next;
}
