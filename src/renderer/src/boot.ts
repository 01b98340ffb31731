import { useEditor } from './state/editor-store';
import { usePlans } from './state/plans-store';

/**
 * The start-up calls, begun when the bundle runs rather than after React's first commit
 * (the first render would otherwise sit on the critical path), and the last-saved plan
 * opened as soon as the plan list arrives, without waiting for the app info beside it.
 * Resolves when both are done; rejects with the first failure.
 */
export function startBoot(): Promise<void> {
  const plans = usePlans.getState();
  const info = plans.loadInfo();
  const opened = plans.refresh().then(async () => {
    // Reopen where the user is most likely to continue: the plan saved last.
    const latest = usePlans.getState().plans[0];
    if (latest) await useEditor.getState().open(latest.id);
  });
  return Promise.all([info, opened]).then(() => undefined);
}
