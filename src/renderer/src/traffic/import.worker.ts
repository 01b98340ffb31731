import { APPEND_MAX_BYTES, type DayBlockWire } from '../../../shared/contract/traffic';
import { createTrafficParser, dayRanges, decoderForFirstChunk, LEGACY_ENCODING_WARNING, type ChunkDecoder, type DayRange, type TrafficPoints } from '../../../shared/traffic';
import type { FromWorker, ToWorker } from './import-protocol';

/**
 * Reads the user's file off the page's thread: File.stream() → TextDecoder (stream mode)
 * → the pure parser, posting progress per read. Then it cuts the points into UTC day
 * blocks and hands them out one api-sized batch at a time when the page asks. Cancel is
 * the page terminating this Worker: nothing here has been stored by then, or the page
 * discards the staging series.
 */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
// The project compiles against the DOM lib, whose `self` is a Window; in this file it is
// the dedicated worker's scope (the webworker lib cannot be loaded beside DOM).
const scope = self as unknown as WorkerScope;

/** Leaves room under the contract's limit for the rest of the call. */
const BATCH_BYTES = Math.floor(APPEND_MAX_BYTES * 0.75);
/** Progress at most every 50 ms, so a fast read does not flood the page. */
const PROGRESS_EVERY_MS = 50;

let points: TrafficPoints | null = null;
let ranges: DayRange[] = [];
let nextRange = 0;

function post(message: FromWorker): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'start') void read(message.file, message.options).catch((error: unknown) => post({ type: 'crashed', message: String(error) }));
  else sendBatch();
};

async function read(file: File, options: Parameters<typeof createTrafficParser>[0]): Promise<void> {
  const parser = createTrafficParser(options);
  const reader = file.stream().getReader();
  let decoder: ChunkDecoder | null = null;
  let legacy = false;
  let bytesRead = 0;
  let rows = 0;
  let lastPost = 0;
  post({ type: 'progress', bytesRead: 0, totalBytes: file.size, rows: 0 });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    if (decoder === null) ({ decoder, legacy } = decoderForFirstChunk(value));
    const text = decoder.decode(value, { stream: true });
    rows += countLines(text);
    parser.push(text);
    const now = performance.now();
    if (now - lastPost > PROGRESS_EVERY_MS) {
      lastPost = now;
      post({ type: 'progress', bytesRead, totalBytes: file.size, rows });
    }
  }
  if (decoder !== null) parser.push(decoder.decode());
  post({ type: 'progress', bytesRead, totalBytes: file.size, rows });
  const result = parser.finish();
  if (!result.ok) {
    post({ type: 'failed', error: result.error });
    return;
  }
  if (legacy) result.warnings.unshift(LEGACY_ENCODING_WARNING);
  points = result.points;
  ranges = dayRanges(points.t);
  nextRange = 0;
  post({ type: 'parsed', summary: result.summary, warnings: result.warnings, days: ranges.length, seriesChoices: result.seriesChoices });
}

function sendBatch(): void {
  if (points === null) return;
  const { t, v } = points;
  const blocks: DayBlockWire[] = [];
  let batchBytes = 0;
  while (nextRange < ranges.length) {
    const range = ranges[nextRange];
    if (range === undefined) break;
    const size = 2 * (range.end - range.start) * 8;
    if (blocks.length > 0 && batchBytes + size > BATCH_BYTES) break;
    if (size > BATCH_BYTES) {
      const most = Math.floor(BATCH_BYTES / 16);
      const date = new Date(t[range.start] ?? 0).toISOString().slice(0, 10);
      post({ type: 'crashed', message: `${(range.end - range.start).toLocaleString('en-US')} points fall on ${date}; Headroom stores at most ${most.toLocaleString('en-US')} a day: export at a coarser interval (per second is fine).` });
      return;
    }
    // Copies of the day's points, not views: cloning a view would copy its whole buffer.
    blocks.push({
      day: range.day,
      t: new Uint8Array(t.slice(range.start, range.end).buffer),
      v: new Uint8Array(v.slice(range.start, range.end).buffer),
    });
    batchBytes += size;
    nextRange += 1;
  }
  if (blocks.length === 0) post({ type: 'end' });
  else post({ type: 'batch', blocks, daysSent: nextRange });
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
