import type { TrafficImportError } from './types';

/**
 * Thrown inside the parser and caught at its public boundary (push/finish), where it
 * becomes the `{ ok: false, error }` result. Throwing keeps the hot loop free of
 * error-checking branches; the import stops at the first problem.
 */
export class TrafficInputError extends Error {
  constructor(readonly detail: TrafficImportError) {
    super(detail.message);
    this.name = 'TrafficInputError';
  }
}

const thousands = new Intl.NumberFormat('en-US');

/** A found value as the user would recognise it: quoted, shortened, control chars escaped. */
export function quoteFound(text: string): string {
  if (text.length === 0) return 'an empty field';
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  // JSON.stringify escapes quotes and control characters (\u0000, \t, …) readably.
  return JSON.stringify(short);
}

export function importError(
  file: string,
  line: number,
  column: number | null,
  expected: string,
  found: string,
  extra: Pick<TrafficImportError, 'needs' | 'choices'> = {},
): TrafficImportError {
  const where =
    line > 0 ? ` line ${thousands.format(line)}${column === null ? '' : `, column ${column}`}` : '';
  return { file, line, column, expected, found, message: `${file}${where}: expected ${expected}, found ${found}`, ...extra };
}

export function fail(file: string, line: number, column: number | null, expected: string, found: string, extra: Pick<TrafficImportError, 'needs' | 'choices'> = {}): never {
  throw new TrafficInputError(importError(file, line, column, expected, found, extra));
}
