import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createTrafficParser, decoderForFirstChunk, LEGACY_ENCODING_WARNING, type ChunkDecoder, type TrafficImportOptions, type TrafficParseResult } from '../../shared/traffic';

/**
 * Streams a metrics file from disk into the pure parser: bytes → TextDecoder (stream
 * mode, so a multi-byte character split across reads decodes whole) → parser.push.
 * Memory stays at one read buffer plus the typed arrays of points.
 *
 * Encoding: UTF-8, unless the first read is not valid UTF-8 yet holds no NUL byte — the
 * mark of a CSV saved by Excel in Windows-1252 ("Durée" as 0xE9) — which is then decoded
 * as Windows-1252 with a warning. Binary files keep their NULs and fail as "not a text file".
 *
 * Cancel: abort `signal`; the read stops and the promise rejects with the signal's
 * reason (an AbortError), having changed nothing. A file that cannot be read rejects
 * with the fs error; a file that reads but is wrong resolves `{ ok: false, error }`.
 */
export interface TrafficImportProgress {
  bytesRead: number;
  totalBytes: number;
}

/** 1 MiB reads: few enough progress events for a UI, small enough to cancel promptly. */
const READ_CHUNK = 1 << 20;

export async function importTrafficFile(
  path: string,
  options: TrafficImportOptions,
  onProgress?: (progress: TrafficImportProgress) => void,
  signal?: AbortSignal,
): Promise<TrafficParseResult> {
  signal?.throwIfAborted();
  const { size } = await stat(path);
  const parser = createTrafficParser(options);
  let decoder: ChunkDecoder | null = null;
  let legacy = false;
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK, signal });
  let bytesRead = 0;
  onProgress?.({ bytesRead: 0, totalBytes: size });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    if (decoder === null) ({ decoder, legacy } = decoderForFirstChunk(chunk));
    parser.push(decoder.decode(chunk, { stream: true }));
    onProgress?.({ bytesRead, totalBytes: size });
    signal?.throwIfAborted();
  }
  if (decoder !== null) parser.push(decoder.decode());
  const result = parser.finish();
  if (legacy && result.ok) result.warnings.unshift(LEGACY_ENCODING_WARNING);
  return result;
}
