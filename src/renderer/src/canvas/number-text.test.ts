import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { magnitudeWarning, numberText, parseNumberText } from './number-text';

function value(text: string, kind: 'number' | 'integer' | 'percent' = 'number'): number | string {
  const parsed = parseNumberText(text, kind);
  return parsed.ok ? parsed.value : parsed.message;
}

describe('reading a number as a person types it', () => {
  it('reads scientific notation as its value: 1e12 is a trillion, not 112', () => {
    expect(value('1e12')).toBe(1e12);
    expect(value('2.5E-3')).toBe(0.0025);
    expect(value('1e+6', 'integer')).toBe(1_000_000);
    expect(value('1.5e3', 'integer')).toBe(1500);
  });

  it('reads plain, signed, decimal and digit-grouped numbers', () => {
    expect(value('112')).toBe(112);
    expect(value('  -3.25 ')).toBe(-3.25);
    expect(value('+7')).toBe(7);
    expect(value('.5')).toBe(0.5);
    expect(value('12.')).toBe(12);
    expect(value('1,200,000.5')).toBe(1_200_000.5);
    expect(value('1 000 000')).toBe(1_000_000);
    expect(value('1_000')).toBe(1000);
    expect(value('-0')).toBe(0);
  });

  it('takes a trailing % on a percent field', () => {
    expect(value('60%', 'percent')).toBe(60);
    expect(value('60 %', 'percent')).toBe(60);
  });

  it('refuses what is not a number, saying what was typed, instead of dropping characters', () => {
    for (const text of ['12abc', 'abc', '1e', '1e-', '1.2.3', '--1', 'e5', '1,2', '12,34,567', '0x10', 'Infinity', 'NaN', '1e12x', '60%']) {
      const parsed = parseNumberText(text, 'number');
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain(`“${text}”`);
    }
    expect(value('')).toBe('Enter a number.');
    expect(value('   ')).toBe('Enter a number.');
  });

  it('explains an unfinished exponent and a comma used as a decimal point', () => {
    expect(value('1e')).toMatch(/exponent needs digits/);
    expect(value('1,5')).toMatch(/use a point for decimals/);
  });

  it('refuses a number too large for the machine, and a fraction where a whole number is needed', () => {
    expect(value('1e400')).toMatch(/too large/);
    expect(value('2.5', 'integer')).toMatch(/whole number/);
    expect(value('1.5e-1', 'integer')).toMatch(/whole number/);
  });

  it('reads back every value exactly as the field shows it', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const shown = numberText(n);
        expect(value(shown)).toBe(Object.is(n, -0) ? 0 : n);
      }),
      { numRuns: 2000 },
    );
    expect(numberText(1e12)).toBe('1,000,000,000,000');
    expect(numberText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(numberText(1e-7)).toBe('1e-7');
  });
});

describe('warning about an absurd magnitude', () => {
  it('warns above the field’s bound and names the value and unit', () => {
    expect(magnitudeWarning(1e12, 1e9, 'req/s')).toBe('1,000,000,000,000 req/s is more than 1,000,000,000 req/s: check for a typo (saved as typed).');
  });

  it('says nothing at or below the bound, or where the field has none', () => {
    expect(magnitudeWarning(1e9, 1e9, 'req/s')).toBeNull();
    expect(magnitudeWarning(5, undefined, 'req/s')).toBeNull();
  });
});
