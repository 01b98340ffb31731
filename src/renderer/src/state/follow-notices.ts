import type { Notice } from '../../../shared/contract/app';

/** How often a browser tab asks for notices: a local call, cheap next to a repair gone unheard. */
export const NOTICE_POLL_MS = 3_000;

type Ask = (seen: number) => Promise<{ notices: Notice[]; total: number }>;

/**
 * Asks for the store's notices every `everyMs` after the `seen` shown at start-up and shows
 * each new one once. A browser tab needs this: the web host cannot tell it unasked, and a
 * repair (a deleted save log recovered) would otherwise be heard of only at the next start.
 * A failed ask is retried at the next tick (the host may be restarting). Answers the stop.
 */
export function followNotices(ask: Ask, show: (notice: Notice) => void, seen: number, everyMs = NOTICE_POLL_MS): () => void {
  let shown = seen;
  let asking = false;
  const timer = setInterval(() => {
    if (asking) return;
    asking = true;
    ask(shown)
      .then(({ notices, total }) => {
        for (const notice of notices) show(notice);
        shown = Math.max(shown, total);
      })
      .catch(() => undefined)
      .finally(() => (asking = false));
  }, everyMs);
  return () => clearInterval(timer);
}
