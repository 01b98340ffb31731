/**
 * Node's Buffer over the same memory (no copy), for the XLSX writer: exceljs's streaming
 * writer zips through archiver, which takes binary entries (the chart PNG) only as a Buffer.
 */
export function nodeBuffer(bytes: Uint8Array): Uint8Array {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
