/**
 * The few messages main sends to the renderer unasked (the api is the other direction).
 * Preload exposes them as `window.headroomEvents`; each subscription takes only a
 * callback, never a channel name, so the renderer cannot listen to anything else.
 */
export const SHELL_EVENTS = {
  /** main → renderer: save unsaved edits now, the app is quitting. Carries a request id. */
  flushRequest: 'headroom-event:flush-request',
  /** renderer → main: the flush for that request id is done (saved, or failed and reported). */
  flushDone: 'headroom-event:flush-done',
  /** main → renderer: File → Restore from backup… was chosen. */
  openBackups: 'headroom-event:open-backups',
} as const;

export interface HeadroomEvents {
  /** `flush` runs when the app is about to quit; the app waits for it (up to a few seconds). */
  onFlushRequest(flush: () => Promise<void>): void;
  onOpenBackups(open: () => void): void;
}
