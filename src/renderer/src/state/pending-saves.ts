import { shellEvents } from './shell-events';

type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

/** Saves everything that is waiting in every store, and resolves when all of it is saved (or failed). */
export async function flushAllSaves(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}

/**
 * Every store with an autosaver registers its flush here, so leaving the window, hiding it
 * or quitting the app (which waits for the one acknowledgement: see
 * src/main/shell/quit-coordinator.ts) saves all of them, not only the first to listen.
 */
export function registerPendingSaves(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

let installed = false;
export function installSaveTriggers(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('blur', () => void flushAllSaves());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushAllSaves();
  });
  shellEvents()?.onFlushRequest(() => flushAllSaves());
}
