import { create } from 'zustand';
import { ApiError } from '../../../shared/api-error';
import type { ChecklistState } from '../../../shared/readiness';
import { api } from '../api/client';
import { createAutosaver, type SaveState } from '../state/autosaver';
import { installSaveTriggers, registerPendingSaves } from '../state/pending-saves';

/**
 * The open plan's checklist state: what the user did with the generated items. It lives
 * outside the Readiness view so switching to Topology and back keeps it (and its pending
 * save), and it is keyed by plan id so opening another plan never shows stale ticks.
 */
export type ChecklistLoad =
  | { status: 'idle' }
  | { status: 'loading'; planId: string }
  | { status: 'ready'; planId: string }
  /** The stored state is unreadable: shown with the option to start over, never reset silently. */
  | { status: 'damaged'; planId: string; message: string }
  | { status: 'error'; planId: string; message: string };

interface ChecklistStore {
  load: ChecklistLoad;
  state: ChecklistState | null;
  saveState: SaveState;
  ensureLoaded(planId: string): Promise<void>;
  /** A user's change (or recorded snapshots): applied at once, saved after a pause. */
  change(planId: string, next: ChecklistState): void;
  startOver(planId: string): Promise<void>;
  flush(): Promise<void>;
}

const SAVE_DELAY_MS = 500;

function planOf(load: ChecklistLoad): string | null {
  return load.status === 'idle' ? null : load.planId;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useChecklist = create<ChecklistStore>()((set, get) => {
  const autosaver = createAutosaver<{ planId: string; state: ChecklistState }>({
    delayMs: SAVE_DELAY_MS,
    onState: (saveState) => set({ saveState }),
    save: async ({ planId, state }) => {
      await api.checklist.save({ planId, state });
    },
  });

  function loadedFor(planId: string): boolean {
    const { load } = get();
    // A failed load is tried again the next time the view asks.
    return planOf(load) === planId && load.status !== 'error';
  }

  return {
    load: { status: 'idle' },
    state: null,
    saveState: { status: 'saved' },
    async ensureLoaded(planId) {
      if (loadedFor(planId)) return;
      // Another plan's edits go out before its state is replaced.
      await autosaver.flush();
      set({ load: { status: 'loading', planId }, state: null, saveState: { status: 'saved' } });
      try {
        const state = await api.checklist.get({ planId });
        if (planOf(get().load) === planId) set({ load: { status: 'ready', planId }, state });
      } catch (error) {
        if (planOf(get().load) !== planId) return;
        const damaged = error instanceof ApiError && error.code === 'storage';
        set({ load: { status: damaged ? 'damaged' : 'error', planId, message: message(error) } });
      }
    },
    change(planId, next) {
      const { load, state } = get();
      if (load.status !== 'ready' || load.planId !== planId || next === state) return;
      set({ state: next });
      autosaver.schedule({ planId, state: next });
    },
    async startOver(planId) {
      autosaver.cancel();
      try {
        await api.checklist.startOver({ planId });
        set({ load: { status: 'idle' } });
        await get().ensureLoaded(planId);
      } catch (error) {
        set({ load: { status: 'error', planId, message: message(error) } });
      }
    },
    flush: () => autosaver.flush(),
  };
});

// Leaving or hiding the window, or quitting the app, saves at once instead of after the pause.
registerPendingSaves(() => useChecklist.getState().flush());
installSaveTriggers();
