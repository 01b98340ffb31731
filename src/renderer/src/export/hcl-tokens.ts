/**
 * A small tokenizer for the preview's syntax colouring of `.tf`, `.tfvars` and
 * `.tfvars.json`. It only has to colour what our own writers print, but it must never
 * lose text: the tokens always concatenate back to the input, whatever the input is.
 */

export type HclTokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'identifier' | 'operator' | 'text';

export interface HclToken {
  kind: HclTokenKind;
  text: string;
}

const KEYWORDS = new Set(['true', 'false', 'null', 'variable', 'validation', 'object', 'string', 'number', 'bool']);

// Sticky patterns tried in order at the current position.
const rules: [HclTokenKind, RegExp][] = [
  ['comment', /(#|\/\/)[^\n]*/y],
  ['comment', /\/\*[\s\S]*?(\*\/|$)/y],
  // A quoted string with backslash escapes; an unterminated one runs to the end of the line.
  ['string', /"(?:[^"\\\n]|\\.)*"?/y],
  ['number', /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y],
  ['identifier', /[A-Za-z_][A-Za-z0-9_-]*/y],
  ['operator', /==|!=|<=|>=|&&|\|\||[=<>!{}[\]().,:?*/+%-]/y],
  ['text', /\s+/y],
];

export function tokenizeHcl(source: string): HclToken[] {
  const tokens: HclToken[] = [];
  let at = 0;
  const push = (kind: HclTokenKind, text: string) => {
    const last = tokens.at(-1);
    // Adjacent plain text merges, so odd characters do not become one span each.
    if (last && last.kind === kind && kind === 'text') last.text += text;
    else tokens.push({ kind, text });
  };
  outer: while (at < source.length) {
    for (const [kind, pattern] of rules) {
      pattern.lastIndex = at;
      const match = pattern.exec(source);
      if (match && match[0].length > 0) {
        const text = match[0];
        push(kind === 'identifier' && KEYWORDS.has(text) ? 'keyword' : kind, text);
        at += text.length;
        continue outer;
      }
    }
    push('text', source[at]!);
    at += 1;
  }
  return tokens;
}
