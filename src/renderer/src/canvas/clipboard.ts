import { copyFragment, nudgeNodes, pasteFragment, type Fragment } from '../../../shared/editing/fragment';
import { removeElements } from '../../../shared/editing/plan-edits';
import { clearOffset } from '../../../shared/editing/placement';
import { useEditor } from '../state/editor-store';

// In-app clipboard: nodes carry ids and parameters that only make sense inside Headroom.
let clipboard: Fragment | null = null;

function newId(): string {
  return `node-${crypto.randomUUID().slice(0, 8)}`;
}

export function copySelection(): number {
  const { plan, selectedNodeIds } = useEditor.getState();
  if (!plan || selectedNodeIds.length === 0) return 0;
  clipboard = copyFragment(plan, selectedNodeIds);
  return clipboard.nodes.length;
}

export function cutSelection(): void {
  if (copySelection() === 0) return;
  const { selectedNodeIds, edit } = useEditor.getState();
  edit((p) => removeElements(p, selectedNodeIds));
}

export function pasteClipboard(): void {
  if (!clipboard) return;
  const fragment = clipboard;
  let pasted: string[] = [];
  // Each paste lands clear of every card, the originals and earlier pastes included.
  useEditor.getState().edit((p) => {
    const result = pasteFragment(p, fragment, newId, clearOffset(p, fragment.nodes));
    pasted = result.nodeIds;
    return result.plan;
  });
  useEditor.getState().select(pasted, []);
}

export function duplicateSelection(): void {
  const { plan, selectedNodeIds, edit, select } = useEditor.getState();
  if (!plan || selectedNodeIds.length === 0) return;
  let pasted: string[] = [];
  edit((p) => {
    const fragment = copyFragment(p, selectedNodeIds);
    const result = pasteFragment(p, fragment, newId, clearOffset(p, fragment.nodes));
    pasted = result.nodeIds;
    return result.plan;
  });
  select(pasted, []);
}

export function nudgeSelection(dx: number, dy: number): void {
  const { selectedNodeIds, edit } = useEditor.getState();
  if (selectedNodeIds.length > 0) edit((p) => nudgeNodes(p, selectedNodeIds, dx, dy));
}
