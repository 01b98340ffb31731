import { useEffect } from 'react';
import { useEditor } from '../state/editor-store';
import { copySelection, cutSelection, duplicateSelection, nudgeSelection, pasteClipboard } from './clipboard';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The diagram-tool keys: undo/redo, copy/cut/paste/duplicate, arrow-key nudging (Shift for
 * bigger steps). Ignored while the user types in a field, so Ctrl+Z there undoes text.
 */
export function useCanvasShortcuts(): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (typingIn(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const editor = useEditor.getState();
      if (mod && key === 'z' && !e.shiftKey) editor.undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) editor.redo();
      else if (mod && key === 'c') copySelection();
      else if (mod && key === 'x') cutSelection();
      else if (mod && key === 'v') pasteClipboard();
      else if (mod && key === 'd') duplicateSelection();
      else if (!mod && e.key.startsWith('Arrow') && editor.selectedNodeIds.length > 0) {
        const step = e.shiftKey ? 50 : 10;
        const dx = e.key === 'ArrowLeft' ? -step : e.key === 'ArrowRight' ? step : 0;
        const dy = e.key === 'ArrowUp' ? -step : e.key === 'ArrowDown' ? step : 0;
        nudgeSelection(dx, dy);
      } else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
