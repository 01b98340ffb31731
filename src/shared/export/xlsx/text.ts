// Any surrogate (a lone one is replaced), an `_xHHHH_` look-alike, or a character XML 1.0 cannot carry.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_CELL_ESCAPE = /[\uD800-\uDFFF\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/**
 * Text that reaches a workbook cell. User strings are always written as strings (never
 * `{ formula }`), so `=HYPERLINK(…)` or `+cmd` stays text in Excel and LibreOffice. What
 * remains is XML: characters XML 1.0 cannot carry would corrupt the file, so they are
 * written in OOXML's own `_xHHHH_` escape, and a literal `_xHHHH_` in the user's text is
 * protected with `_x005F_` so Excel does not decode it into another character.
 */
export function cellText(text: string): string {
  // Nearly every string needs none of it: one test instead of three replaces (5,000 nodes write tens of thousands).
  if (text.length <= 32_767 && !NEEDS_CELL_ESCAPE.test(text)) return text;
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`)
    .slice(0, 32_767);
}

/** Text for places that take no escapes at all (sheet titles, document properties). */
export function plainText(text: string, max = 255): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u001F\u007F\uFFFE\uFFFF]+/g, ' ')
    .slice(0, max);
}
