import { fail } from './errors';

/**
 * A chunk-fed CSV tokenizer (RFC 4180 plus lone CR and LF line ends). It records each
 * row's field boundaries in reused Int32Arrays and hands them to `onRow` with the text
 * they index, so no row or field string is ever allocated on the fast path. A row cut by
 * a chunk boundary (inside a field, a quoted field, or between CR and LF) is rescanned
 * from its start once the next chunk arrives.
 */
export interface CsvRowSink {
  (text: string, fields: FieldRefs, count: number, line: number): void;
}

export interface FieldRefs {
  start: Int32Array;
  end: Int32Array;
  /** 1 when a quoted field contains doubled quotes ("") that need unescaping. */
  escaped: Uint8Array;
}

export interface CsvScanner {
  push(chunk: string): void;
  finish(): void;
  /** Physical line where the next row starts (1-based). */
  readonly line: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A row longer than this without a line end means the input is not a line-oriented CSV. */
export const MAX_ROW_CHARS = 1 << 20;

export function fieldText(text: string, fields: FieldRefs, k: number): string {
  const raw = text.slice(fields.start[k] ?? 0, fields.end[k] ?? 0);
  return (fields.escaped[k] === 1 ? raw.replaceAll('""', '"') : raw).trim();
}

export function createCsvScanner(file: string, delimiter: number, onRow: CsvRowSink, maxRowChars = MAX_ROW_CHARS): CsvScanner {
  let pending = '';
  let line = 1;
  let fields: FieldRefs = { start: new Int32Array(16), end: new Int32Array(16), escaped: new Uint8Array(16) };

  function growFields(): void {
    const n = fields.start.length * 2;
    const next: FieldRefs = { start: new Int32Array(n), end: new Int32Array(n), escaped: new Uint8Array(n) };
    next.start.set(fields.start);
    next.end.set(fields.end);
    next.escaped.set(fields.escaped);
    fields = next;
  }

  /** Scans whole rows of `text`; returns the index where an incomplete row starts. */
  function scan(text: string, final: boolean): number {
    const n = text.length;
    const delimiterText = String.fromCharCode(delimiter);
    let i = 0;
    let quoteAt = -1;
    let crAt = -1;
    rows: while (i < n) {
      // Fast path: a whole line with no quote and no lone CR is cut with native indexOf,
      // far quicker than a JS loop over every char; anything else takes the general path.
      if (quoteAt < i) {
        quoteAt = text.indexOf('"', i);
        if (quoteAt < 0) quoteAt = n;
      }
      const lf = text.indexOf('\n', i);
      if (lf >= 0 && quoteAt > lf) {
        if (crAt < i) {
          crAt = text.indexOf('\r', i);
          if (crAt < 0) crAt = n;
        }
        if (crAt >= lf - 1) {
          const end = crAt === lf - 1 ? lf - 1 : lf;
          let nf = 0;
          let s = i;
          for (;;) {
            if (nf === fields.start.length) growFields();
            const d = text.indexOf(delimiterText, s);
            fields.start[nf] = s;
            fields.escaped[nf] = 0;
            if (d < 0 || d >= end) {
              fields.end[nf] = end;
              nf++;
              break;
            }
            fields.end[nf] = d;
            nf++;
            s = d + 1;
          }
          onRow(text, fields, nf, line);
          line++;
          i = lf + 1;
          continue;
        }
      }
      const rowStart = i;
      let extraLines = 0;
      let nf = 0;
      for (;;) {
        if (nf === fields.start.length) growFields();
        let c = i < n ? text.charCodeAt(i) : -1;
        if (c === QUOTE) {
          let j = i + 1;
          let escaped = 0;
          let close = -1;
          for (;;) {
            const k = text.indexOf('"', j);
            if (k < 0 || (k + 1 === n && !final)) break;
            if (k + 1 < n && text.charCodeAt(k + 1) === QUOTE) {
              escaped = 1;
              j = k + 2;
              continue;
            }
            close = k;
            break;
          }
          if (close < 0) {
            if (!final) return rowStart;
            fail(file, line, nf + 1, 'a closing quote (")', 'the end of the file inside a quoted field');
          }
          for (let k = text.indexOf('\n', i); k >= 0 && k < close; k = text.indexOf('\n', k + 1)) extraLines++;
          fields.start[nf] = i + 1;
          fields.end[nf] = close;
          fields.escaped[nf] = escaped;
          nf++;
          i = close + 1;
          c = i < n ? text.charCodeAt(i) : -1;
          if (c !== delimiter && c !== LF && c !== CR && c !== -1) {
            fail(file, line + extraLines, nf, 'a delimiter or line end after a closing quote', JSON.stringify(text.slice(i, i + 10)));
          }
        } else {
          const fieldStart = i;
          while (i < n) {
            c = text.charCodeAt(i);
            if (c === delimiter || c === LF || c === CR) break;
            i++;
          }
          if (i === n) c = -1;
          fields.start[nf] = fieldStart;
          fields.end[nf] = i;
          fields.escaped[nf] = 0;
          nf++;
        }
        if (c === delimiter) {
          i++;
          continue;
        }
        if (c === -1) {
          if (!final) return rowStart;
        } else if (c === CR) {
          if (i + 1 < n) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
          else if (final) i += 1;
          else return rowStart; // the LF of this CRLF may open the next chunk
        } else i += 1;
        onRow(text, fields, nf, line);
        line += 1 + extraLines;
        continue rows;
      }
    }
    return n;
  }

  return {
    get line() {
      return line;
    },
    push(chunk: string): void {
      const text = pending.length === 0 ? chunk : pending + chunk;
      const rest = scan(text, false);
      pending = rest === text.length ? '' : text.slice(rest);
      if (pending.length > maxRowChars) {
        fail(file, line, null, `a line end within ${maxRowChars.toLocaleString('en-US')} characters (a CSV row)`, 'a longer line: this does not look like a CSV file');
      }
    },
    finish(): void {
      if (pending.length > 0) scan(pending, true);
      pending = '';
    },
  };
}
