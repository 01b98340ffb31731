import { describe, expect, it } from 'vitest';
import { decoderForFirstChunk } from './text-decoding';

describe('choosing how to decode a metrics file', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    const { decoder, legacy } = decoderForFirstChunk(new TextEncoder().encode('Durée,1\n'));
    expect(legacy).toBe(false);
    expect(decoder.encoding).toBe('utf-8');
  });
  it('reads Excel’s Windows-1252 bytes as Windows-1252', () => {
    const bytes = Uint8Array.from([0x44, 0x75, 0x72, 0xe9, 0x65, 0x2c, 0x31, 0x0a]);
    const { decoder, legacy } = decoderForFirstChunk(bytes);
    expect(legacy).toBe(true);
    expect(decoder.decode(bytes)).toBe('Durée,1\n');
  });
  it('leaves binary (a NUL in the first KB) to UTF-8, so it fails as not text', () => {
    expect(decoderForFirstChunk(Uint8Array.from([0xff, 0x00, 0xfe])).legacy).toBe(false);
  });
});
