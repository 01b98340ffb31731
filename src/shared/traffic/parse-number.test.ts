import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberAt } from './parse-number';

function num(text: string, decimalComma = false): number {
  return parseNumberAt(text, 0, text.length, decimalComma);
}

describe('parseNumberAt', () => {
  it('reads integers, decimals, signs, exponents and surrounding spaces', () => {
    expect(num('0')).toBe(0);
    expect(num('120.5')).toBe(120.5);
    expect(num(' 42 ')).toBe(42);
    expect(num('-3')).toBe(-3);
    expect(num('+7')).toBe(7);
    expect(num('.5')).toBe(0.5);
    expect(num('5.')).toBe(5);
    expect(num('1.5e3')).toBe(1500);
    expect(num('12345678901234567890')).toBe(Number('12345678901234567890'));
  });

  it('reads a decimal comma only when told to', () => {
    expect(num('120,5', true)).toBe(120.5);
    expect(num('120,5')).toBeNaN();
  });

  it('refuses what is not a plain finite decimal', () => {
    for (const bad of ['', ' ', '-', '.', 'NaN', 'Infinity', '0x10', '12O', '1,2,3', '1..2', '1e999', 'null']) expect(num(bad), bad).toBeNaN();
  });

  it('reads a slice in place, without the text around it', () => {
    expect(parseNumberAt('2026-11-22T14:00:00Z,130.25,x', 21, 27, false)).toBe(130.25);
  });

  it('agrees with Number() on every decimal JavaScript prints', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (x) => {
        expect(num(String(x))).toBe(Number(String(x)));
        expect(num(x.toFixed(3))).toBe(Number(x.toFixed(3)));
      }),
      { numRuns: 3000 },
    );
  });
});
