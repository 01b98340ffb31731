/**
 * The web host's body for an api call whose input holds bytes (the traffic import's day
 * blocks): HTTP has no structured clone, and base64 inside JSON costs a third more bytes
 * plus an encode, a regex and a decode per block. IPC needs none of this: Electron clones
 * a Uint8Array as it is.
 *
 * Layout: "HRB1" · u32 LE length of the header · the header, UTF-8 JSON `{ input }` where
 * each Uint8Array of `input` stands as `{ "$bytes": index }` · u32 LE length of the segment
 * table · the table, JSON `[[offset, length], …]` · the byte segments, each starting at a
 * multiple of 8 (so main can view them as Float64 without a copy). Decoding checks every offset and reference;
 * the result then goes through the call's zod schema like any JSON input.
 */
const MAGIC = [0x48, 0x52, 0x42, 0x31]; // HRB1
const MAX_DEPTH = 64;

export class BinaryBodyError extends Error {}

/** Whether `value` holds a Uint8Array anywhere (arrays and plain objects, 64 levels deep at most). */
export function holdsBytes(value: unknown, depth = 0): boolean {
  if (value instanceof Uint8Array) return true;
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return false;
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.some((item) => holdsBytes(item, depth + 1));
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

export function encodeBinaryBody(input: unknown): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  const header = JSON.stringify({ input }, function replace(this: unknown, _key, value: unknown) {
    if (value instanceof Uint8Array) {
      parts.push(value);
      return { $bytes: parts.length - 1 };
    }
    return value;
  });
  const headerBytes = new TextEncoder().encode(header);
  // The segments' offsets are known only once the header's length is: write them after it.
  let offset = align8(8 + headerBytes.length);
  const segments: [number, number][] = [];
  const start = offset;
  for (const part of parts) {
    segments.push([offset - start, part.byteLength]);
    offset = align8(offset + part.byteLength);
  }
  const table = new TextEncoder().encode(JSON.stringify(segments));
  // Final layout: magic · u32 header length · header · u32 table length · table · pad · segments.
  const prefix = 12 + headerBytes.length + table.length;
  const dataStart = align8(prefix);
  const out = new Uint8Array(dataStart + (offset - start));
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  view.setUint32(8 + headerBytes.length, table.length, true);
  out.set(table, 12 + headerBytes.length);
  parts.forEach((part, i) => out.set(part, dataStart + segments[i]![0]));
  return out;
}

function fail(message: string): never {
  throw new BinaryBodyError(`the binary request body ${message}`);
}

/** The body's `input` with every `{ "$bytes": i }` replaced by a view of segment i. Throws BinaryBodyError when malformed. */
export function decodeBinaryBody(body: Uint8Array): unknown {
  if (body.length < 12 || MAGIC.some((b, i) => body[i] !== b)) fail('does not start with HRB1');
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength + 4 > body.length) fail('is shorter than its header');
  const tableLength = view.getUint32(8 + headerLength, true);
  const prefix = 12 + headerLength + tableLength;
  if (prefix > body.length) fail('is shorter than its segment table');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let header: unknown;
  let table: unknown;
  try {
    header = JSON.parse(decoder.decode(body.subarray(8, 8 + headerLength)));
    table = JSON.parse(decoder.decode(body.subarray(12 + headerLength, prefix)));
  } catch {
    fail('has a header that is not UTF-8 JSON');
  }
  const dataStart = align8(prefix);
  if (!Array.isArray(table)) fail('has no segment table');
  const segments = table.map((entry: unknown, i) => {
    if (!Array.isArray(entry) || entry.length !== 2 || !entry.every((n) => Number.isSafeInteger(n) && n >= 0)) fail(`has a malformed segment ${i}`);
    const [offset, length] = entry as [number, number];
    if (offset % 8 !== 0 || dataStart + offset + length > body.length) fail(`has segment ${i} outside the body`);
    return body.subarray(dataStart + offset, dataStart + offset + length);
  });
  if (header === null || typeof header !== 'object' || !('input' in header)) fail('has no input');
  return revive((header as { input: unknown }).input, segments, 0);
}

function revive(value: unknown, segments: Uint8Array[], depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) fail(`is nested more than ${MAX_DEPTH} levels deep`);
  if (Array.isArray(value)) return value.map((item) => revive(item, segments, depth + 1));
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '$bytes') {
    const index = (value as { $bytes: unknown }).$bytes;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= segments.length) fail(`refers to a segment ${JSON.stringify(index)} it does not hold`);
    return segments[index];
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    // defineProperty, so a key "__proto__" stays a plain key, as JSON.parse leaves it
    Object.defineProperty(out, key, { value: revive((value as Record<string, unknown>)[key], segments, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
