import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64';

describe('bytesToBase64', () => {
  it('matches Node for any bytes, padding included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('round-trips Float64 day blocks through Buffer', () => {
    const t = new Float64Array([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1, 0, 1)]);
    const back = Buffer.from(bytesToBase64(new Uint8Array(t.buffer)), 'base64');
    expect(Array.from(new Float64Array(back.buffer, back.byteOffset, 2))).toEqual(Array.from(t));
  });
});
