import { describe, expect, it } from 'vitest';
import { parseHorizons } from './use-comparison';

describe('parseHorizons', () => {
  it('reads months separated by commas or spaces, sorted, without repeats', () => {
    expect(parseHorizons('12, 6 24,6', 24)).toEqual([6, 12, 24]);
  });
  it('says what is wrong with a part', () => {
    expect(parseHorizons('6, x', 24)).toBe('"x" is not a whole number of months');
    expect(parseHorizons('36', 24)).toBe("month 36 is past the plan's horizon (24 months)");
    expect(parseHorizons(' ', 24)).toBe('give at least one month, e.g. 6, 12, 24');
  });
});
