import { copyFragment, nudgeNodes, pasteFragment, type Fragment } from '../../../shared/editing/fragment';
import { removeElements } from '../../../shared/editing/plan-edits';
import { useEditor } from '../state/editor-store';

// In-app clipboard: nodes carry ids and parameters that only make sense inside Headroom.
let clipboard: Fragment | null = null;
let pasteCount = 0;

function newId(): string {
  return `node-${crypto.randomUUID().slice(0, 8)}`;
}

export function copySelection(): number {
  const { plan, selectedNodeIds } = useEditor.getState();
  if (!plan || selectedNodeIds.length === 0) return 0;
  clipboard = copyFragment(plan, selectedNodeIds);
  pasteCount = 0;
  return clipboard.nodes.length;
}

export function cutSelection(): void {
  if (copySelection() === 0) return;
  const { selectedNodeIds, edit } = useEditor.getState();
  edit((p) => removeElements(p, selectedNodeIds));
}

export function pasteClipboard(): void {
  if (!clipboard) return;
  pasteCount += 1;
  const fragment = clipboard;
  const step = 40 * pasteCount;
  let pasted: string[] = [];
  useEditor.getState().edit((p) => {
    const result = pasteFragment(p, fragment, newId, { x: step, y: step });
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
    const result = pasteFragment(p, copyFragment(p, selectedNodeIds), newId);
    pasted = result.nodeIds;
    return result.plan;
  });
  select(pasted, []);
}

export function nudgeSelection(dx: number, dy: number): void {
  const { selectedNodeIds, edit } = useEditor.getState();
  if (selectedNodeIds.length > 0) edit((p) => nudgeNodes(p, selectedNodeIds, dx, dy));
}
