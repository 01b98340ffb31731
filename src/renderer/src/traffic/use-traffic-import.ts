import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredHistory } from '../../../shared/api';
import type { TrafficImportError, TrafficImportOptions } from '../../../shared/traffic';
import { useEditor } from '../state/editor-store';
import { runImport, type ImportProgress, type RunningImport } from './run-import';
import { applyHistory } from './source-edits';

export type ImportOptions = Omit<TrafficImportOptions, 'fileName'>;

/** The file and the options of the last import, so the panel can read it again with an answer (a unit, a series). */
export interface LastImport {
  file: File;
  options: ImportOptions;
}

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; fileName: string; progress: ImportProgress | null }
  | { status: 'done'; fileName: string; stored: StoredHistory; warnings: string[]; seriesChoices: string[]; last: LastImport }
  | { status: 'invalid'; fileName: string; error: TrafficImportError; last: LastImport }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'cancelled'; fileName: string };

/**
 * The import of one source's history and its state for the panel. On success the
 * summary enters the plan (one undoable edit, autosaved); on anything else the plan and
 * the stored history stay as they were. `again` reads the last file once more with
 * some options changed (the unit the file did not state, the series to take).
 */
export function useTrafficImport(planId: string | null, sourceNodeId: string | null) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const running = useRef<RunningImport | null>(null);

  // Leaving the screen or switching source cancels an import in flight.
  useEffect(() => () => running.current?.cancel(), [planId, sourceNodeId]);
  useEffect(() => setState({ status: 'idle' }), [planId, sourceNodeId]);

  const start = useCallback(
    (file: File, options: ImportOptions) => {
      if (!planId || !sourceNodeId || running.current) return;
      const fileName = file.name;
      const last: LastImport = { file, options };
      setState({ status: 'running', fileName, progress: null });
      const run = runImport({
        file,
        options: { ...options, fileName },
        planId,
        sourceNodeId,
        onProgress: (progress) => setState({ status: 'running', fileName, progress }),
      });
      running.current = run;
      void run.done.then((outcome) => {
        running.current = null;
        switch (outcome.kind) {
          case 'done':
            useEditor.getState().edit((plan) => applyHistory(plan, sourceNodeId, outcome.stored.summary));
            setState({ status: 'done', fileName, stored: outcome.stored, warnings: outcome.warnings, seriesChoices: outcome.seriesChoices, last });
            return;
          case 'invalid':
            setState({ status: 'invalid', fileName, error: outcome.error, last });
            return;
          case 'failed':
            setState({ status: 'failed', fileName, message: outcome.message });
            return;
          case 'cancelled':
            setState({ status: 'cancelled', fileName });
        }
      });
    },
    [planId, sourceNodeId],
  );

  const again = useCallback(
    (change: ImportOptions) => {
      if (state.status !== 'done' && state.status !== 'invalid') return;
      start(state.last.file, { ...state.last.options, ...change });
    },
    [state, start],
  );

  const cancel = useCallback(() => running.current?.cancel(), []);
  return { state, start, again, cancel };
}
