import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.test-helper';
import { createTrafficParser, parseTrafficText } from './parser';
import type { TrafficImportError, TrafficImportOptions } from './types';

function errorOf(text: string, name: string, options: Partial<TrafficImportOptions> = {}): TrafficImportError {
  const r = parseTrafficText(text, { fileName: name, ...options });
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.error;
}

function fixtureError(name: string, options: Partial<TrafficImportOptions> = {}): TrafficImportError {
  return errorOf(fixture(name), name, options);
}

describe('bad input is refused with file, line, column, what was expected and what was found', () => {
  it('an empty file', () => {
    expect(fixtureError('bad-empty.csv').message).toBe('bad-empty.csv: expected a header or data rows, found an empty file');
    expect(errorOf('\n \r\n\n', 'blank.csv').message).toBe('blank.csv: expected a header or data rows, found an empty file');
  });

  it('a header with no rows', () => {
    expect(fixtureError('bad-header-only.csv')).toMatchObject({ line: 2, column: null, message: 'bad-header-only.csv line 2: expected data rows after the header on line 1, found none: the file has a header only' });
  });

  it('values that do not say whether they are rates or counts ask for --unit or --count', () => {
    const e = errorOf('timestamp,value\n2026-11-22T14:00:00Z,1\n2026-11-22T14:01:00Z,2\n', 'plain.csv');
    expect(e.needs).toBe('valueKind');
    expect(e.message).toMatch(/^plain.csv: expected values that say whether they are rates or counts: give --unit perSecond .*--count .*found a column named "value", which does not say$/);
  });

  it('a single row (no interval)', () => {
    expect(fixtureError('bad-one-row.csv').message).toBe('bad-one-row.csv line 2: expected at least 2 data rows to tell the interval, found 1 row');
  });

  it('a non-numeric value', () => {
    expect(fixtureError('bad-non-numeric.csv')).toEqual({
      file: 'bad-non-numeric.csv',
      line: 3,
      column: 2,
      expected: 'a number ≥ 0',
      found: '"12O"',
      message: 'bad-non-numeric.csv line 3, column 2: expected a number ≥ 0, found "12O"',
    });
  });

  it('a negative value', () => {
    expect(fixtureError('bad-negative.csv').message).toBe('bad-negative.csv line 3, column 2: expected a number ≥ 0 (requests cannot be negative), found "-3"');
  });

  it('an unparseable timestamp (30 days hath November)', () => {
    const e = fixtureError('bad-timestamp.csv');
    expect(e).toMatchObject({ line: 3, column: 1, found: '"2026-11-31T14:01:00Z"' });
    expect(e.expected).toMatch(/^a timestamp \(ISO 8601/);
  });

  it('a duplicate timestamp in strict mode, naming both lines', () => {
    expect(fixtureError('bad-duplicate.csv', { allowGaps: false }).message).toBe("bad-duplicate.csv line 4, column 1: expected a timestamp different from line 3's, found a duplicate of line 3 (2026-11-22T14:01:00.000Z)");
  });

  it('an out-of-order timestamp in strict mode, naming both lines', () => {
    expect(fixtureError('bad-out-of-order.csv', { allowGaps: false }).message).toBe("bad-out-of-order.csv line 4, column 1: expected a timestamp after line 3's (2026-11-22T14:02:00.000Z), found 2026-11-22T14:01:00.000Z, out of order");
  });

  it('binary garbage (NUL bytes)', () => {
    const bytes = '\u0000\u0001PK\u0003\u0004\u0014\u0000\u0008';
    expect(errorOf(bytes, 'archive.csv').message).toMatch(/^archive.csv: expected a text file \(CSV or JSON\), found binary data .*: this is not a text file$/);
  });

  it('invalid UTF-8 (decoded to replacement characters)', () => {
    const decoded = new TextDecoder().decode(new Uint8Array([0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47]));
    expect(errorOf(decoded, 'image.csv').message).toMatch(/^image.csv: expected UTF-8 text .*found bytes that are not UTF-8 at character 1: this is not a text file in UTF-8/);
  });

  it('JSON that is no known metrics answer', () => {
    expect(fixtureError('bad-json-not-prometheus.json').message).toMatch(/^bad-json-not-prometheus.json line 1: expected a Prometheus range-query response .*CloudWatch .*Datadog .*Azure .*VictoriaMetrics .*, found an object with keys "took", "hits"$/);
  });

  it('a Prometheus instant query instead of a range query', () => {
    expect(fixtureError('bad-prometheus-vector.json').expected).toBe('resultType "matrix" (a range query: /api/v1/query_range)');
  });

  it('malformed JSON, with its position', () => {
    const e = errorOf('{"status":"success",\n "data": {oops}}', 'broken.json');
    expect(e).toMatchObject({ line: 2, expected: 'valid JSON' });
  });

  it('a Prometheus value that is not a number, named by its path', () => {
    const text = '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[\n[1795356000,"1"],\n[1795356060,"many"]]}]}}';
    expect(errorOf(text, 'p.json')).toMatchObject({ expected: 'a number ≥ 0 (or "NaN" for no value) at data.result[0].values[1][1]', found: '"many"' });
  });

  it('an absurd timestamp in a JSON answer (1795356E060 seconds) is refused, not thrown', () => {
    const text = '{"data":{"actor":{"account":{"nrql":{"results":[{"beginTimeSeconds":1795356E060,"endTimeSeconds":1795356060,"count":1},{"beginTimeSeconds":1795356060,"endTimeSeconds":1795356120,"count":2}]}}}}}';
    expect(errorOf(text, 'nr.json').message).toMatch(/^nr.json line 1: expected a timestamp between 1973 and 2200 at point 1 of "count", found 1.795356e\+69$/);
  });

  it('an HTML page saved as .csv', () => {
    expect(fixtureError('bad-html-page.csv').message).toMatch(/^bad-html-page.csv line 1, column 1: expected a CSV or JSON metrics export, found markup .*HTML/);
  });

  it('prose that is not a CSV at all', () => {
    expect(fixtureError('bad-prose.csv').message).toBe('bad-prose.csv line 1: expected a header naming a timestamp column and a value column, or a first row "timestamp,value", found one column "Here are the numbers you asked for"');
  });

  it('a row with too few columns', () => {
    expect(errorOf('t,v\n2026-11-22T14:00:00Z,1\n2026-11-22T14:01:00Z\n', 'short.csv').message).toBe('short.csv line 3: expected 2 columns separated by commas, found 1 column');
  });

  it('an unterminated quote', () => {
    expect(errorOf('t,v\n2026-11-22T14:00:00Z,1\n2026-11-22T14:01:00Z,"2\n', 'q.csv')).toMatchObject({ line: 3, column: 2, expected: 'a closing quote (")' });
  });

  it('a series that does not exist', () => {
    expect(fixtureError('multi-column.csv' as string, { series: 'db' }).message).toMatch(/expected a series named "db" \(one of "web", "api"\), found no such column/);
  });

  it('a line far too long to be a CSV row', () => {
    const parser = createTrafficParser({ fileName: 'one-line.csv' });
    const blob = 'x'.repeat(1 << 16);
    for (let i = 0; i < 20; i++) parser.push(blob);
    const r = parser.finish();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.found).toMatch(/does not look like a CSV/);
  });

  it('an unknown time zone', () => {
    expect(fixtureError('spreadsheet-iso-space.csv', { timeZone: 'Mars/Olympus' }).expected).toMatch(/IANA time zone/);
  });

  it('a slash date that contradicts the guessed day order points at the option', () => {
    const e = errorOf('Date,Requests\n11/22/2026 14:00,1\n23/11/2026 14:01,2\n', 'mixed.csv');
    expect(e.expected).toMatch(/month\/day\/year here, set the date order/);
  });

  it('numbers are reported with thousands separators in line numbers', () => {
    const rows = Array.from({ length: 1300 }, (_, i) => `${1795356000 + i * 60},${i === 1202 ? -3 : 5}`).join('\n');
    expect(errorOf(`timestamp,value\n${rows}\n`, 'metrics.csv').message).toBe('metrics.csv line 1,204, column 2: expected a number ≥ 0 (requests cannot be negative), found "-3"');
  });
});
