/**
 * HCL string and identifier helpers for the Terraform hand-off. Every user-supplied
 * string that reaches a `.tf` / `.tfvars` file goes through `hclString`, so a node named
 * `${file("/etc/passwd")}` arrives in Terraform as that literal text, never a template.
 */

// The identifier rules live with the model: a node's variable name is fixed when it is created.
export { RESERVED_VARIABLE_NAMES, isHclIdentifier } from '../model/terraform-names';

/**
 * Replaces lone UTF-16 surrogates (which cannot be written as UTF-8) with U+FFFD, so the
 * text we escape is exactly the text that lands in the file.
 */
export function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function escapeChar(ch: string): string {
  switch (ch) {
    case '\\':
      return '\\\\';
    case '"':
      return '\\"';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      // Other control characters (and the line/paragraph separators some editors treat as
      // newlines) are written as \uNNNN so the file stays one line per attribute.
      return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  }
}

/**
 * The body of a quoted HCL string (without the quotes). Template introducers are doubled
 * (`${` → `$${`, `%{` → `%%{`); a plain left-to-right replace is correct because HCL's
 * scanner reads `$${` greedily, so `$${` in the input becomes `$$${`: a literal `$` then
 * the escape.
 */
export function escapeHclStringBody(text: string): string {
  return toWellFormed(text)
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\\"\u0000-\u001F\u007F\u2028\u2029]/g, escapeChar)
    .replaceAll('${', () => '$${')
    .replaceAll('%{', () => '%%{');
}

/** A complete quoted HCL string literal. */
export function hclString(text: string): string {
  return `"${escapeHclStringBody(text)}"`;
}

/** A JSON string for `*.tfvars.json`: Terraform reads those strings as templates too. */
export function escapeTemplateForJson(text: string): string {
  // A function replacement: in a replacement *string*, `$$` would mean one literal `$`.
  return toWellFormed(text).replaceAll('${', () => '$${').replaceAll('%{', () => '%%{');
}

/**
 * Text safe for a `#` comment line: no line breaks or control characters that would end
 * the comment and let the rest of a node name be read as HCL. Templates are left as typed:
 * HCL interpolates nothing in a comment, and `$${x}` there would only misquote the name.
 */
export function hclComment(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return toWellFormed(text.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' '));
}

/**
 * Offsets of live template introducers in a file Headroom writes: in a `.json` file every
 * string is read as a template, so the whole text is scanned; in an HCL file, lines that are
 * comments are skipped (quoted strings cannot span lines, so a line starting with `#` is one).
 */
export function findLiveTemplates(fileName: string, content: string): number[] {
  if (fileName.endsWith('.json')) return findUnescapedTemplates(content);
  const found: number[] = [];
  let offset = 0;
  for (const line of content.split('\n')) {
    const trimmed = line.trimStart();
    if (!trimmed.startsWith('#') && !trimmed.startsWith('//')) for (const at of findUnescapedTemplates(line)) found.push(offset + at);
    offset += line.length + 1;
  }
  return found;
}

/** A number literal; JavaScript's shortest round-trip form is valid HCL (`1e+21` too). */
export function hclNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to HCL`);
  return String(value);
}

/**
 * Offsets of template introducers (`${` or `%{`) that HCL would interpret, i.e. not
 * written as `$${` / `%%{`. Scans the way HCL's template scanner does (greedy escapes).
 * Used by tests and as a last guard before a file is written.
 */
export function findUnescapedTemplates(text: string): number[] {
  const found: number[] = [];
  let i = 0;
  while (i < text.length) {
    const a = text[i];
    const b = text[i + 1];
    const c = text[i + 2];
    if ((a === '$' || a === '%') && b === a && c === '{') {
      i += 3;
    } else if ((a === '$' || a === '%') && b === '{') {
      found.push(i);
      i += 2;
    } else {
      i += 1;
    }
  }
  return found;
}
