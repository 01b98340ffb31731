import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenizeHcl } from './hcl-tokens';

const kinds = (text: string) => tokenizeHcl(text).filter((t) => t.kind !== 'text').map((t) => `${t.kind}:${t.text}`);

describe('tokenizeHcl', () => {
  it('colours what the tfvars writer prints', () => {
    expect(kinds('# NOTE x = "y"\napi = {\n  desired_capacity = 12\n  name = "a \\"b\\" ${c}"\n}\n')).toEqual([
      'comment:# NOTE x = "y"',
      'identifier:api', 'operator:=', 'operator:{',
      'identifier:desired_capacity', 'operator:=', 'number:12',
      'identifier:name', 'operator:=', 'string:"a \\"b\\" ${c}"',
      'operator:}',
    ]);
  });

  it('knows keywords and JSON', () => {
    expect(kinds('variable "x" { type = object({ n = number }) }')).toContain('keyword:variable');
    expect(kinds('{ "a": -1.5e3, "b": true }')).toEqual(['operator:{', 'string:"a"', 'operator::', 'number:-1.5e3', 'operator:,', 'string:"b"', 'operator::', 'keyword:true', 'operator:}']);
  });

  it('never loses or adds text, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => tokenizeHcl(text).map((t) => t.text).join('') === text));
  });

  it('keeps an unterminated string to its line', () => {
    expect(kinds('a = "open\nb = 1')).toEqual(['identifier:a', 'operator:=', 'string:"open', 'identifier:b', 'operator:=', 'number:1']);
  });
});
