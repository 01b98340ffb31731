import { useEffect, useState } from 'react';
import type { ExportPreview } from '../../../shared/contract/exports';
import type { Plan } from '../../../shared/model/plan';
import { api } from '../api/client';

const DEBOUNCE_MS = 250;

interface PreviewState {
  /** The plan object the preview was computed from, to tell a stale preview from a fresh one. */
  forPlan: Plan | null;
  preview: ExportPreview | null;
  error: string | null;
}

/**
 * The export preview for the plan on screen, recomputed by main a short pause after the
 * last edit (typing a name should not rebuild the workbook per keystroke). The previous
 * preview stays visible while a new one is on its way, marked `stale`.
 */
export function useExportPreview(plan: Plan | null, planId: string | null): PreviewState & { stale: boolean } {
  const [state, setState] = useState<PreviewState>({ forPlan: null, preview: null, error: null });

  useEffect(() => {
    if (!plan) return;
    let current = true;
    const timer = setTimeout(() => {
      api.exports.preview({ plan, ...(planId ? { planId } : {}) }).then(
        (preview) => current && setState({ forPlan: plan, preview, error: null }),
        (error: unknown) => current && setState((s) => ({ ...s, forPlan: plan, error: error instanceof Error ? error.message : String(error) })),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [plan, planId]);

  return { ...state, stale: state.forPlan !== plan };
}
