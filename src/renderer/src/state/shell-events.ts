import type { HeadroomEvents } from '../../../shared/contract/events';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the loopback web host (no quit, no native menu there). */
    headroomEvents?: HeadroomEvents;
  }
}

/** Main's unasked messages, or null in the web host. */
export function shellEvents(): HeadroomEvents | null {
  return typeof window !== 'undefined' ? (window.headroomEvents ?? null) : null;
}
