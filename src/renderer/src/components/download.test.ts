import { describe, expect, it } from 'vitest';
import { fileSlug } from './download';

describe('file names from plan names', () => {
  it('keeps letters and digits and joins words with dashes', () => {
    expect(fileSlug('Black Friday 2027 / EU')).toBe('black-friday-2027-eu');
  });
  it('drops characters no file system accepts and falls back to "plan"', () => {
    expect(fileSlug('${x}"')).toBe('x');
    expect(fileSlug('"/\\:*?<>|')).toBe('plan');
    expect(fileSlug('Café ünïcode')).toBe('cafe-unicode');
  });
});
