/**
 * How a metrics file's bytes become text, decided on its first chunk: UTF-8, unless the
 * bytes are not valid UTF-8 and have no NUL in the first KB — the mark of a CSV saved by
 * Excel in Windows-1252 ("Durée" as 0xE9). Binary files keep their NULs and fail later as
 * "not a text file". Shared by main's file reader and the renderer's import worker.
 */
export const LEGACY_ENCODING_WARNING = 'The file is not UTF-8; it was read as Windows-1252 (Western European).';

export function decoderForFirstChunk(head: Uint8Array): { decoder: TextDecoder; legacy: boolean } {
  const legacy = isLegacyText(head);
  return { decoder: new TextDecoder(legacy ? 'windows-1252' : 'utf-8'), legacy };
}

function isLegacyText(head: Uint8Array): boolean {
  if (head.subarray(0, 1024).includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return false;
  } catch {
    return true;
  }
}
