import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Plan } from '../../../shared/model/plan';

/** Where the canvas was panned and zoomed to (React Flow's viewport), kept while the plan is open. */
export interface CanvasViewport {
  x: number;
  y: number;
  zoom: number;
}
import { api } from '../api/client';
import { createAutosaver, type SaveState } from './autosaver';
import { installSaveTriggers, registerPendingSaves } from './pending-saves';
import { createCoalescingRun } from './undo-coalescing';

interface EditorState {
  planId: string | null;
  revision: number;
  plan: Plan | null;
  loadError: string | null;
  saveState: SaveState;
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  /** Null until the canvas has been shown once for this plan (it then fits the plan in view). */
  viewport: CanvasViewport | null;
  open(id: string): Promise<void>;
  close(): Promise<void>;
  /**
   * A model change: applied at once, saved after a pause. Keystrokes into one field in quick
   * succession are one undo step (see undo-coalescing.ts).
   */
  edit(change: (plan: Plan) => Plan): void;
  select(nodeIds: string[], edgeIds: string[]): void;
  setViewport(viewport: CanvasViewport): void;
  flush(): Promise<void>;
  undo(): void;
  redo(): void;
}

const SAVE_DELAY_MS = 600;

const HISTORY_LIMIT = 200;

/** Which edit continues the undo step the last one opened; reset by anything that is not an edit. */
const run = createCoalescingRun();

/**
 * The open plan and its editing state. Only `plan` is undoable (zundo, partialized):
 * selection and viewport are not undo steps, and loading a plan clears the history.
 */
export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => {
  const autosaver = createAutosaver<{ id: string; plan: Plan }>({
    delayMs: SAVE_DELAY_MS,
    onState: (saveState) => set({ saveState }),
    save: async ({ id, plan }) => {
      const result = await api.plans.save({ id, baseRevision: get().revision, plan });
      if (get().planId === id) set({ revision: result.revision });
    },
  });

  return {
    planId: null,
    revision: 0,
    plan: null,
    loadError: null,
    saveState: { status: 'saved' },
    selectedNodeIds: [],
    selectedEdgeIds: [],
    viewport: null,
    async open(id) {
      await autosaver.flush();
      withoutHistory(() => set({ planId: id, plan: null, loadError: null, selectedNodeIds: [], selectedEdgeIds: [], viewport: null }));
      try {
        const stored = await api.plans.get({ id });
        if (get().planId === id) withoutHistory(() => set({ plan: stored.plan, revision: stored.revision, saveState: { status: 'saved' } }));
      } catch (error) {
        set({ loadError: error instanceof Error ? error.message : String(error) });
      }
    },
    async close() {
      await autosaver.flush();
      withoutHistory(() => set({ planId: null, plan: null, loadError: null, selectedNodeIds: [], selectedEdgeIds: [], viewport: null }));
    },
    edit(change) {
      const { plan, planId } = get();
      if (!plan || !planId) return;
      const next = change(plan);
      if (next === plan) return;
      const update = { plan: next, ...selectionWithin(next, get()) };
      if (run.continues(plan, next, Date.now())) {
        // The step the first keystroke opened already holds the plan from before the typing.
        const history = useEditor.temporal.getState();
        history.pause();
        try {
          set(update);
        } finally {
          history.resume();
        }
      } else set(update);
      autosaver.schedule({ id: planId, plan: next });
    },
    select(nodeIds, edgeIds) {
      const { selectedNodeIds, selectedEdgeIds } = get();
      // A batch of select changes can restate the selection the store holds: ignore repeats.
      if (sameIds(selectedNodeIds, nodeIds) && sameIds(selectedEdgeIds, edgeIds)) return;
      set({ selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds });
    },
    setViewport(viewport) {
      set({ viewport });
    },
    flush: () => autosaver.flush(),
    undo() {
      run.reset();
      useEditor.temporal.getState().undo();
      saveCurrent();
    },
    redo() {
      run.reset();
      useEditor.temporal.getState().redo();
      saveCurrent();
    },
  };

  function saveCurrent(): void {
    const { plan, planId } = get();
    if (plan) set(selectionWithin(plan, get()));
    if (plan && planId) autosaver.schedule({ id: planId, plan });
  }
    },
    {
      partialize: (state) => ({ plan: state.plan }),
      equality: (past, current) => past.plan === current.plan,
      limit: HISTORY_LIMIT,
    },
  ),
);

/** The selection without what the plan no longer holds (a deleted node, an undone connection). */
function selectionWithin(plan: Plan, state: Pick<EditorState, 'selectedNodeIds' | 'selectedEdgeIds'>): Pick<EditorState, 'selectedNodeIds' | 'selectedEdgeIds'> {
  const nodes = new Set(plan.nodes.map((n) => n.id));
  const edges = new Set(plan.edges.map((e) => e.id));
  const selectedNodeIds = state.selectedNodeIds.filter((id) => nodes.has(id));
  const selectedEdgeIds = state.selectedEdgeIds.filter((id) => edges.has(id));
  return {
    selectedNodeIds: selectedNodeIds.length === state.selectedNodeIds.length ? state.selectedNodeIds : selectedNodeIds,
    selectedEdgeIds: selectedEdgeIds.length === state.selectedEdgeIds.length ? state.selectedEdgeIds : selectedEdgeIds,
  };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Loading and closing are not edits: they neither enter nor keep the undo history. */
function withoutHistory(change: () => void): void {
  run.reset();
  const history = useEditor.temporal.getState();
  history.pause();
  try {
    change();
  } finally {
    history.resume();
    history.clear();
  }
}

// Leaving or hiding the window, or quitting the app, saves at once instead of after the pause.
registerPendingSaves(() => useEditor.getState().flush());
installSaveTriggers();
