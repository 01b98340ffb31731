import { describe, expect, it } from 'vitest';
import { escapeHclStringBody, findLiveTemplates, findUnescapedTemplates, hclComment, hclString, isHclIdentifier, toWellFormed } from './hcl';

describe('escapeHclStringBody', () => {
  it('escapes quotes, backslashes and line breaks', () => {
    expect(escapeHclStringBody('a"b\\c\nd\re\tf')).toBe('a\\"b\\\\c\\nd\\re\\tf');
  });
  it('doubles template introducers so nothing is interpolated', () => {
    expect(escapeHclStringBody('${file("/etc/passwd")}')).toBe('$${file(\\"/etc/passwd\\")}');
    expect(escapeHclStringBody('%{ if x }')).toBe('%%{ if x }');
  });
  it('keeps an already doubled sequence literal by doubling it again', () => {
    expect(escapeHclStringBody('$${x}')).toBe('$$${x}');
  });
  it('writes other control characters as \\u escapes', () => {
    expect(escapeHclStringBody('a\u0007b\u2028')).toBe('a\\u0007b\\u2028');
  });
  it('leaves emoji and accents as they are', () => {
    expect(hclString('🛒 café')).toBe('"🛒 café"');
  });
  it('replaces lone surrogates, which UTF-8 cannot carry', () => {
    expect(toWellFormed('a\uD800b')).toBe('a\uFFFDb');
    expect(toWellFormed('😀')).toBe('😀');
  });
});

describe('findUnescapedTemplates', () => {
  it('finds live template introducers and skips escaped ones', () => {
    expect(findUnescapedTemplates('"a ${b}"')).toEqual([3]);
    expect(findUnescapedTemplates('"a $${b} %%{c}"')).toEqual([]);
    expect(findUnescapedTemplates('"$$${b}"')).toEqual([]);
    expect(findUnescapedTemplates('%{')).toEqual([0]);
  });
});

describe('hclComment', () => {
  it('keeps a comment on one line whatever the name holds', () => {
    expect(hclComment('# node "a\nb = 1"')).toBe('# node "a b = 1"');
  });
  it('leaves a template in a comment as typed: HCL interpolates nothing there', () => {
    expect(hclComment('# "${x}"')).toBe('# "${x}"');
  });
});

describe('findLiveTemplates', () => {
  it('skips comment lines in HCL but not in JSON, where every string is a template', () => {
    expect(findLiveTemplates('a.tfvars', '# "${x}"\nv = "${y}"\n  # ${z}')).toEqual([14]);
    expect(findLiveTemplates('a.tfvars.json', '{"#": "${x}"}')).toEqual([7]);
  });
});

describe('isHclIdentifier', () => {
  it('accepts ASCII identifiers and refuses leading digits or spaces', () => {
    expect(isHclIdentifier('orders_db')).toBe(true);
    expect(isHclIdentifier('orders-db')).toBe(true);
    expect(isHclIdentifier('1db')).toBe(false);
    expect(isHclIdentifier('a b')).toBe(false);
    expect(isHclIdentifier('')).toBe(false);
  });
});
