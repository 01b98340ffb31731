import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryBodyError, decodeBinaryBody, encodeBinaryBody, holdsBytes } from './api-binary';

function floats(...xs: number[]): Uint8Array {
  return new Uint8Array(new Float64Array(xs).buffer);
}

describe('the web host binary body', () => {
  it('round-trips an append with its day blocks, each segment 8-byte aligned', () => {
    const input = { importId: 'x', blocks: [{ day: 1, t: floats(1, 2, 3), v: floats(4, 5, 6) }, { day: 2, t: new Uint8Array([1, 2, 3]), v: floats(7) }] };
    const body = encodeBinaryBody(input);
    const back = decodeBinaryBody(body) as typeof input;
    expect(back.importId).toBe('x');
    expect(back.blocks.map((b) => b.day)).toEqual([1, 2]);
    expect([...back.blocks[0]!.t]).toEqual([...input.blocks[0]!.t]);
    expect([...back.blocks[1]!.t]).toEqual([1, 2, 3]);
    for (const b of back.blocks) for (const bytes of [b.t, b.v]) expect((bytes.byteOffset - body.byteOffset) % 8).toBe(0);
  });

  it('round-trips any JSON value with bytes anywhere in it', () => {
    const bytes = fc.uint8Array({ maxLength: 40 });
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), bytes, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, (input) => {
        const back = decodeBinaryBody(encodeBinaryBody(input));
        expect(normalize(back)).toEqual(normalize(input));
      }),
    );
  });

  it('says whether an input holds bytes', () => {
    expect(holdsBytes({ a: [{ b: new Uint8Array(1) }] })).toBe(true);
    expect(holdsBytes({ a: [{ b: 'AAAA' }] })).toBe(false);
  });

  it.each([
    ['no magic', new TextEncoder().encode('{"input":{}}')],
    ['a header longer than the body', new Uint8Array([0x48, 0x52, 0x42, 0x31, 255, 255, 0, 0, 0, 0, 0, 0])],
    ['a segment past the end', withTable('[[0,64]]')],
    ['a reference to a segment it does not hold', withHeader('{"input":{"t":{"$bytes":3}}}')],
    ['a header that is not JSON', withHeader('{input')],
  ])('refuses a body with %s, saying so', (_label, body) => {
    expect(() => decodeBinaryBody(body)).toThrow(BinaryBodyError);
  });

  it('keeps a "__proto__" key a plain key', () => {
    const back = decodeBinaryBody(withHeader('{"input":{"__proto__":{"polluted":true}}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(back)).toEqual(['__proto__']);
  });
});

function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: [...value] };
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  return Object.is(value, -0) ? 0 : value;
}

function body(header: string, table: string): Uint8Array {
  const h = new TextEncoder().encode(header);
  const t = new TextEncoder().encode(table);
  const out = new Uint8Array(Math.ceil((12 + h.length + t.length) / 8) * 8 + 8);
  out.set([0x48, 0x52, 0x42, 0x31]);
  const view = new DataView(out.buffer);
  view.setUint32(4, h.length, true);
  out.set(h, 8);
  view.setUint32(8 + h.length, t.length, true);
  out.set(t, 12 + h.length);
  return out;
}
function withHeader(header: string): Uint8Array {
  return body(header, '[]');
}
function withTable(table: string): Uint8Array {
  return body('{"input":{"t":{"$bytes":0}}}', table);
}
