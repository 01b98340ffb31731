/**
 * How a metrics file's bytes become text, decided on its first chunk:
 * - a UTF-16 byte-order mark (FF FE / FE FF), or NUL in every other byte of the first KB:
 *   UTF-16 (Excel's "Unicode Text" and Grafana's older "CSV for Excel", tab-separated);
 * - otherwise UTF-8, unless the bytes are not valid UTF-8 and have no NUL in the first KB —
 *   the mark of a CSV saved by Excel in Windows-1252 ("Durée" as 0xE9).
 * Binary files keep their NULs and fail later as "not a text file". Shared by main's file
 * reader (and so the CLI) and the renderer's import worker.
 */
export const LEGACY_ENCODING_WARNING = 'The file is not UTF-8; it was read as Windows-1252 (Western European).';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The part of a TextDecoder a file reader uses, named here so main and the renderer see one
 * type whichever platform's TextDecoder they have (src/shared is compiled without either).
 */
export interface ChunkDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

export function decoderForFirstChunk(head: Uint8Array): { decoder: ChunkDecoder; legacy: boolean; encoding: TextEncodingName } {
  const encoding = encodingOf(head);
  // The decoder drops a BOM itself for UTF-8 and UTF-16.
  return { decoder: new TextDecoder(encoding), legacy: encoding === 'windows-1252', encoding };
}

function encodingOf(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const probe = head.subarray(0, 1024);
  if (probe.length >= 8) {
    let oddNul = 0;
    let evenNul = 0;
    for (let i = 0; i < probe.length; i++) {
      if (probe[i] !== 0) continue;
      if (i % 2 === 1) oddNul++;
      else evenNul++;
    }
    const half = probe.length / 2;
    if (oddNul > half * 0.9 && evenNul === 0) return 'utf-16le';
    if (evenNul > half * 0.9 && oddNul === 0) return 'utf-16be';
  }
  if (probe.includes(0)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
