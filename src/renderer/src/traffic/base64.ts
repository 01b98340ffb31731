/**
 * Base64 of raw bytes, for day blocks sent over the api (JSON over HTTP has no bytes).
 * Built as ASCII bytes then decoded once: far faster than btoa over a binary string,
 * and it runs in the import Worker, where no DOM helper is needed.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='
const ascii = new TextDecoder('latin1');

export function bytesToBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const x = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = CODES[x >>> 18] ?? PAD;
    out[o++] = CODES[(x >>> 12) & 63] ?? PAD;
    out[o++] = CODES[(x >>> 6) & 63] ?? PAD;
    out[o++] = CODES[x & 63] ?? PAD;
  }
  if (i < n) {
    const a = bytes[i] ?? 0;
    const b = i + 1 < n ? (bytes[i + 1] ?? 0) : 0;
    const x = (a << 16) | (b << 8);
    out[o++] = CODES[x >>> 18] ?? PAD;
    out[o++] = CODES[(x >>> 12) & 63] ?? PAD;
    out[o++] = i + 1 < n ? (CODES[(x >>> 6) & 63] ?? PAD) : PAD;
    out[o++] = PAD;
  }
  return ascii.decode(out);
}
