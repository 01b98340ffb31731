// No electron import: index.ts wires this to app/ipcMain, quit-coordinator.test.ts to fakes.

export interface QuitCoordinatorDeps {
  /** Asks every open window to save its unsaved edits; returns how many were asked. */
  send: (requestId: number) => number;
  /** Resolves when the windows asked under `requestId` have all said they are done. */
  waitForAck: (requestId: number, windows: number) => Promise<void>;
  /** Quits for real (app.quit); the coordinator lets the second before-quit through. */
  quit: () => void;
  /** A renderer that hangs must not keep the app from quitting. */
  timeoutMs: number;
  log?: (message: string) => void;
}

export interface QuitEvent {
  preventDefault(): void;
}

/**
 * Quitting with unsaved edits saves them first: the first 'before-quit' is held back, each
 * window is asked to flush its autosaver, and the app quits once they answer or the
 * timeout passes. Later 'before-quit' events (our own quit, or the user pressing quit
 * again while we wait) are let through or held as the state says.
 */
export function createQuitCoordinator(deps: QuitCoordinatorDeps) {
  let state: 'idle' | 'flushing' | 'done' = 'idle';
  let nextRequest = 1;

  async function flushThenQuit(requestId: number, windows: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), deps.timeoutMs);
    });
    try {
      const outcome = await Promise.race([deps.waitForAck(requestId, windows).then(() => 'flushed' as const), timeout]);
      if (outcome === 'timeout') deps.log?.(`quit: no answer to the flush request within ${deps.timeoutMs} ms; quitting anyway`);
    } catch (error) {
      deps.log?.(`quit: the flush request failed (${error instanceof Error ? error.message : String(error)}); quitting anyway`);
    } finally {
      clearTimeout(timer);
      state = 'done';
      deps.quit();
    }
  }

  return {
    beforeQuit(event: QuitEvent): void {
      if (state === 'done') return;
      if (state === 'flushing') {
        event.preventDefault();
        return;
      }
      const requestId = nextRequest;
      nextRequest += 1;
      const windows = deps.send(requestId);
      if (windows === 0) {
        state = 'done';
        return;
      }
      event.preventDefault();
      state = 'flushing';
      void flushThenQuit(requestId, windows);
    },
  };
}

/** Collects the renderers' answers, so waitForAck can be a plain promise per request. */
export function createAckTracker() {
  const waiting = new Map<number, { remaining: number; resolve: () => void }>();
  return {
    wait(requestId: number, windows: number): Promise<void> {
      return new Promise((resolve) => waiting.set(requestId, { remaining: windows, resolve }));
    },
    /** An answer to an unknown or finished request (a stale or forged message) is ignored. */
    ack(requestId: unknown): void {
      if (typeof requestId !== 'number') return;
      const entry = waiting.get(requestId);
      if (!entry) return;
      entry.remaining -= 1;
      if (entry.remaining <= 0) {
        waiting.delete(requestId);
        entry.resolve();
      }
    },
  };
}
