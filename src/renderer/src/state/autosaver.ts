export type SaveState = { status: 'saved' } | { status: 'pending' } | { status: 'saving' } | { status: 'error'; message: string };

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<void>;
  delayMs: number;
  onState: (state: SaveState) => void;
}

/**
 * Debounced saving that never runs two saves at once and never drops the latest edit:
 * an edit during a save is saved right after it. A failed save keeps the value, reports
 * the error, and is retried by the next edit or flush().
 */
export function createAutosaver<T>({ save, delayMs, onState }: AutosaverOptions<T>) {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;

  async function run(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inFlight) {
      await inFlight;
      return pending ? run() : undefined;
    }
    if (!pending) return;
    const { value } = pending;
    pending = null;
    onState({ status: 'saving' });
    inFlight = save(value).then(
      () => {
        inFlight = null;
        onState(pending ? { status: 'pending' } : { status: 'saved' });
      },
      (error: unknown) => {
        inFlight = null;
        pending ??= { value };
        onState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    await inFlight;
    // The edit that arrived during the save goes out now rather than after another delay.
    if (pending && timer === null) {
      timer = setTimeout(() => void run(), delayMs);
    }
  }

  return {
    schedule(value: T): void {
      pending = { value };
      onState({ status: 'pending' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    /** Saves now whatever is waiting (window blur, closing, switching plans). */
    flush(): Promise<void> {
      return run();
    },
    /** Forgets what is waiting (the plan was deleted or reloaded from the store). */
    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
    hasPending(): boolean {
      return pending !== null || inFlight !== null;
    },
  };
}
