import { isAscii } from 'node:buffer';
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

/** Encodings in which a byte below 0x80 is that ASCII character, whatever came before it. */
const ASCII_COMPATIBLE = new Set(['utf-8', 'windows-1252']);

/**
 * Text of one read. Metrics exports are nearly always plain ASCII: such a read is copied
 * into a string as Latin-1 (a byte per character, 5–8× faster than TextDecoder's UTF-8,
 * a fifth of the parse) and gives the same text. The decoder still takes the first read
 * (its BOM), every read that is not ASCII, and any read after one that ended inside a
 * multi-byte character (its last byte not ASCII), so its state is never skipped.
 */
function decodeRead(decoder: ChunkDecoder, asciiCompatible: boolean, chunk: Buffer, previousEndedAscii: boolean): string {
  if (asciiCompatible && previousEndedAscii && isAscii(chunk)) return chunk.toString('latin1');
  return decoder.decode(chunk, { stream: true });
}

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
  let asciiCompatible = false;
  let previousEndedAscii = false;
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK, signal });
  let bytesRead = 0;
  onProgress?.({ bytesRead: 0, totalBytes: size });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    if (decoder === null) {
      let encoding: string;
      ({ decoder, legacy, encoding } = decoderForFirstChunk(chunk));
      asciiCompatible = ASCII_COMPATIBLE.has(encoding);
      parser.push(decoder.decode(chunk, { stream: true }));
    } else parser.push(decodeRead(decoder, asciiCompatible, chunk, previousEndedAscii));
    previousEndedAscii = chunk.length > 0 && chunk[chunk.length - 1]! < 0x80;
    onProgress?.({ bytesRead, totalBytes: size });
    signal?.throwIfAborted();
  }
  if (decoder !== null) parser.push(decoder.decode());
  const result = parser.finish();
  if (legacy && result.ok) result.warnings.unshift(LEGACY_ENCODING_WARNING);
  return result;
}
