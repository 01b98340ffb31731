import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures.test-helper';
import { createTrafficParser, parseTrafficText } from './parser';
import type { TrafficImportOptions, TrafficParseResult } from './types';

function inChunks(text: string, cuts: number[], fileName = 'f.csv', extra: Partial<TrafficImportOptions> = { rateUnit: 'perSecond' }): TrafficParseResult {
  const parser = createTrafficParser({ fileName, ...extra });
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const p of points) {
    parser.push(text.slice(from, p));
    from = p;
  }
  parser.push(text.slice(from));
  return parser.finish();
}

/** Typed arrays compare by content once turned into plain arrays. */
function plain(r: TrafficParseResult): unknown {
  return r.ok ? { ...r, points: { t: Array.from(r.points.t), v: Array.from(r.points.v) } } : r;
}

const generated = [
  'timestamp,value\r\n' + Array.from({ length: 200 }, (_, i) => `"${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()}",${i % 17}.5\r\n`).join(''),
  Array.from({ length: 200 }, (_, i) => `${1795356000 + i * 3600};${i},25`).join('\n'),
];

describe('chunk boundaries never change the result', () => {
  it.each(Object.keys(fixtures))('%s split at random points', (name) => {
    const text = fixtures[name] ?? '';
    const whole = plain(parseTrafficText(text, { fileName: 'f.csv', rateUnit: 'perSecond' }));
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        expect(plain(inChunks(text, cuts))).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('larger generated files split at random points, including one char at a time', () => {
    for (const text of generated) {
      const whole = plain(parseTrafficText(text, { fileName: 'f.csv', rateUnit: 'perSecond' }));
      expect((whole as { ok: boolean }).ok).toBe(true);
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
          expect(plain(inChunks(text, cuts))).toEqual(whole);
        }),
        { numRuns: 40 },
      );
      expect(plain(inChunks(text, Array.from({ length: text.length }, (_, i) => i)))).toEqual(whole);
    }
  });
});

function checkOutcome(r: TrafficParseResult): void {
  if (r.ok) {
    expect(r.points.t.length).toBe(r.summary.rows);
    for (let i = 1; i < r.points.t.length; i++) expect(r.points.t[i]).toBeGreaterThan(r.points.t[i - 1] ?? 0);
    for (const v of r.points.v) expect(v).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(JSON.stringify(r.summary))).toEqual(r.summary);
  } else {
    expect(r.error.message.startsWith(`${r.error.file}`)).toBe(true);
    expect(r.error.message).toContain(`expected ${r.error.expected}, found ${r.error.found}`);
    expect(r.error.expected.length).toBeGreaterThan(0);
    expect(r.error.line).toBeGreaterThanOrEqual(0);
  }
}

describe('fuzz: any input is either imported or refused precisely, never thrown', () => {
  const alphabet = fc.constantFrom(...'0123456789-:.,;\t\n\r" TZ/+eE{}[]<>abcxyz\u0000\ufffd\ufeff'.split(''));
  it('random text', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 300 }).map((cs) => cs.join('')),
         (text) => {
          checkOutcome(parseTrafficText(text, { fileName: 'fuzz.csv' }));
        }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('mutated fixtures (insert, delete, replace characters)', () => {
    const names = Object.keys(fixtures);
    const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace'), ch: alphabet });
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 5 }), (name, muts, cuts) => {
        let text = fixtures[name] ?? '';
        for (const m of muts) {
          const at = text.length === 0 ? 0 : m.at % text.length;
          text = m.kind === 'insert' ? text.slice(0, at) + m.ch + text.slice(at) : m.kind === 'delete' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + m.ch + text.slice(at + 1);
        }
        const whole = parseTrafficText(text, { fileName: 'fuzz.csv' });
        checkOutcome(whole);
        expect(plain(inChunks(text, cuts, 'fuzz.csv', {}))).toEqual(plain(whole));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);
});

describe('rows out of order and repeats: the sorted, merged result equals a plain reference', () => {
  it('any shuffle of any rows with repeats gives ascending times, the larger value per time, and the counts in the warning', () => {
    const T = Date.UTC(2026, 0, 1);
    fc.assert(
      fc.property(fc.array(fc.record({ minute: fc.integer({ min: 0, max: 30 }), value: fc.integer({ min: 0, max: 50 }) }), { minLength: 2, maxLength: 60 }), (rows) => {
        const text = `timestamp,rps\n${rows.map((r) => `${new Date(T + r.minute * 60_000).toISOString()},${r.value}`).join('\n')}\n`;
        const result = parseTrafficText(text, { fileName: 'shuffled.csv' });
        const byTime = new Map<number, number>();
        for (const r of rows) byTime.set(r.minute, Math.max(byTime.get(r.minute) ?? -1, r.value));
        const minutes = [...byTime.keys()].sort((a, b) => a - b);
        if (minutes.length < 2) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(result.error.message);
        expect(Array.from(result.points.t)).toEqual(minutes.map((m) => T + m * 60_000));
        expect(Array.from(result.points.v)).toEqual(minutes.map((m) => byTime.get(m)));
        const repeats = rows.length - minutes.length;
        if (repeats > 0) expect(result.warnings.join(' ')).toMatch(new RegExp(`${repeats} repeated timestamps? (was|were) merged`));
        const strict = parseTrafficText(text, { fileName: 'shuffled.csv', allowGaps: false });
        const ascending = rows.every((r, i) => i === 0 || r.minute > (rows[i - 1]?.minute ?? 0));
        const descending = rows.every((r, i) => i === 0 || r.minute < (rows[i - 1]?.minute ?? 0));
        if (!ascending && !descending) expect(strict.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
