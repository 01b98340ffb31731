import type { StoredHistory } from '../../../shared/api';
import { capHistorySummary, TrafficHistorySummarySchema } from '../../../shared/model/traffic-history';
import type { TrafficImportError, TrafficImportOptions } from '../../../shared/traffic';
import { api } from '../api/client';
import type { FromWorker, ToWorker } from './import-protocol';

export type ImportProgress =
  | { phase: 'reading'; bytesRead: number; totalBytes: number; rows: number }
  | { phase: 'storing'; daysSent: number; days: number; rows: number; totalBytes: number };

export type ImportOutcome =
  | { kind: 'done'; stored: StoredHistory; warnings: string[]; seriesChoices: string[] }
  /** The file is wrong: the parser's precise message (file, line, column, expected, found). */
  | { kind: 'invalid'; error: TrafficImportError }
  /** Something else failed (storage, the worker); nothing was changed. */
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

export interface RunningImport {
  done: Promise<ImportOutcome>;
  cancel(): void;
}

export interface ImportRequest {
  file: File;
  options: TrafficImportOptions;
  planId: string;
  sourceNodeId: string;
  onProgress(progress: ImportProgress): void;
}

/**
 * One import, end to end: a Worker parses the file, then its day blocks go to main in
 * api-sized batches into a staging series that `commit` makes the source's history.
 * All or nothing: a bad file stores nothing; Cancel or a failure after `begin` discards
 * the staging series, so the source keeps the history it had.
 */
export function runImport(request: ImportRequest): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let importId: string | null = null;
  let cancelled = false;
  let settle: (outcome: ImportOutcome) => void = () => {};
  const done = new Promise<ImportOutcome>((resolve) => (settle = resolve));
  let rows = 0;
  let totalBytes = request.file.size;
  let summary: unknown = null;
  let warnings: string[] = [];
  let seriesChoices: string[] = [];
  let days = 0;

  function send(message: ToWorker): void {
    worker.postMessage(message);
  }

  async function finish(outcome: ImportOutcome): Promise<void> {
    worker.terminate();
    if (outcome.kind !== 'done' && importId !== null) {
      const id = importId;
      importId = null;
      await api.traffic.discard({ importId: id }).catch(() => undefined); // start-up drops it anyway
    }
    settle(outcome);
  }

  async function onMessage(message: FromWorker): Promise<void> {
    if (cancelled) return;
    switch (message.type) {
      case 'progress':
        rows = message.rows;
        totalBytes = message.totalBytes;
        request.onProgress({ phase: 'reading', bytesRead: message.bytesRead, totalBytes: message.totalBytes, rows: message.rows });
        return;
      case 'failed':
        return finish({ kind: 'invalid', error: message.error });
      case 'crashed':
        return finish({ kind: 'failed', message: message.message });
      case 'parsed': {
        summary = capHistorySummary(message.summary);
        warnings = message.warnings;
        seriesChoices = message.seriesChoices;
        days = message.days;
        rows = message.summary.rows;
        const format = message.summary.format;
        const { importId: id } = await api.traffic.begin({ planId: request.planId, sourceNodeId: request.sourceNodeId, fileName: request.file.name, format });
        importId = id;
        if (cancelled) return finish({ kind: 'cancelled' });
        request.onProgress({ phase: 'storing', daysSent: 0, days, rows, totalBytes });
        send({ type: 'next' });
        return;
      }
      case 'batch':
        if (importId === null) return;
        await api.traffic.append({ importId, blocks: message.blocks });
        if (cancelled) return finish({ kind: 'cancelled' });
        request.onProgress({ phase: 'storing', daysSent: message.daysSent, days, rows, totalBytes });
        send({ type: 'next' });
        return;
      case 'end': {
        if (importId === null) return;
        const stored = await api.traffic.commit({ importId, summary: TrafficHistorySummarySchema.parse(summary) });
        importId = null;
        return finish({ kind: 'done', stored, warnings, seriesChoices });
      }
    }
  }

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    onMessage(event.data).catch((error: unknown) => finish({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
  };
  worker.onerror = (event) => void finish({ kind: 'failed', message: `the import stopped: ${event.message}` });
  send({ type: 'start', file: request.file, options: request.options });

  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      // Terminating stops the read at once; a call already on its way to main is
      // answered, then discarded with the staging series.
      void finish({ kind: 'cancelled' });
    },
  };
}
