import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NeedsPointsError, parseTrafficText } from '../../shared/traffic';
import { importTrafficFile, type TrafficImportProgress } from './import-traffic-file';
import { openDatabase } from '../store/open-database';
import { createPlanRepository } from '../store/plan-repository';
import { createTrafficRepository } from '../store/traffic-repository';
import { createTemplateLoader } from '../services/templates';
import { storeImportedHistory } from './store-day-blocks';

const fixturesDir = path.resolve(__dirname, '../../shared/traffic/fixtures');
const dir = mkdtempSync(path.join(tmpdir(), 'headroom-traffic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function plain(r: Awaited<ReturnType<typeof importTrafficFile>>): unknown {
  return r.ok ? { ...r, points: { t: Array.from(r.points.t), v: Array.from(r.points.v) } } : r;
}

function bigCsv(rows: number): string {
  const start = Date.UTC(2026, 0, 1);
  const parts = ['timestamp,value\n'];
  for (let i = 0; i < rows; i++) parts.push(`${new Date(start + i * 60_000).toISOString()},${(i % 1000) + 0.5}\n`);
  return parts.join('');
}

describe('importTrafficFile: the fixture corpus read from disk', () => {
  it.each(readdirSync(fixturesDir))('%s gives what the in-memory parser gives', async (name) => {
    const file = path.join(fixturesDir, name);
    const fromDisk = await importTrafficFile(file, { fileName: name, rateUnit: 'perSecond' });
    expect(plain(fromDisk)).toEqual(plain(parseTrafficText(readFileSync(file, 'utf8'), { fileName: name, rateUnit: 'perSecond' })));
  });
});

describe('importTrafficFile: streaming', () => {
  it('reports progress as bytes read of the total, ending at the file size', async () => {
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, bigCsv(60_000));
    const seen: TrafficImportProgress[] = [];
    const r = await importTrafficFile(file, { fileName: 'big.csv', rateUnit: 'perSecond' }, (p) => seen.push(p));
    expect(r.ok && r.summary.rows).toBe(60_000);
    const total = seen[0]?.totalBytes ?? 0;
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toEqual({ bytesRead: total, totalBytes: total });
    for (let i = 1; i < seen.length; i++) expect(seen[i]?.bytesRead).toBeGreaterThanOrEqual(seen[i - 1]?.bytesRead ?? 0);
  });

  it('stops on Cancel with an AbortError', async () => {
    const file = path.join(dir, 'cancel.csv');
    writeFileSync(file, bigCsv(100_000));
    const controller = new AbortController();
    const run = importTrafficFile(file, { fileName: 'cancel.csv', rateUnit: 'perSecond' }, (p) => {
      if (p.bytesRead > 0) controller.abort();
    }, controller.signal);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses binary garbage written as bytes', async () => {
    const file = path.join(dir, 'garbage.csv');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x80, 0x81]));
    const r = await importTrafficFile(file, { fileName: 'garbage.csv' });
    expect(!r.ok && r.error.message).toMatch(/^garbage.csv: expected a text file \(CSV or JSON\), found binary data .*this is not a text file$/);
  });

  it('reads a Windows-1252 CSV (Excel, Western Europe) and says so', async () => {
    const file = path.join(dir, 'latin1.csv');
    writeFileSync(file, Buffer.from('Durée;Requêtes\r\n22.11.2026 14:00;120,5\r\n22.11.2026 14:01;130\r\n', 'latin1'));
    const r = await importTrafficFile(file, { fileName: 'latin1.csv', rateUnit: 'perSecond' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.summary.series).toBe('Requêtes');
    expect(Array.from(r.points.v)).toEqual([120.5, 130]);
    expect(r.warnings[0]).toMatch(/not UTF-8; it was read as Windows-1252/);
  });

  it('decodes a multi-byte character split across reads', async () => {
    const file = path.join(dir, 'utf8.csv');
    const header = `"zeit ${'é'.repeat(700_000)}",value\n`;
    writeFileSync(file, `${header}2026-11-22T14:00:00Z,1\n2026-11-22T14:01:00Z,2\n`);
    const r = await importTrafficFile(file, { fileName: 'utf8.csv', rateUnit: 'perSecond' });
    expect(r.ok && Array.from(r.points.v)).toEqual([1, 2]);
  });

  it('reads a file of many reads with a BOM, ASCII reads and a non-ASCII read between them, as the in-memory parser reads its text', async () => {
    // The ASCII reads take the Latin-1 fast path; the decoder keeps the BOM, the 'é' split at a
    // read boundary (byte 2 MiB − 1) and the read after it.
    const rows = bigCsv(80_000).split('\n');
    const head = `${rows.slice(0, 30_000).join('\n')}\n`;
    // BOM (3 bytes) + head + spaces + '\n"' puts the 'é' at byte 2 MiB − 1.
    const spaces = (1 << 21) - 1 - 3 - Buffer.byteLength(head) - 2;
    const text = `\ufeff${head}${' '.repeat(spaces)}\n"é note",\n${rows.slice(30_000).join('\n')}`;
    const file = path.join(dir, 'mixed.csv');
    writeFileSync(file, text);
    expect(Buffer.from(text)[(1 << 21) - 1]).toBe(0xc3); // the 'é' starts on the last byte of the second read
    const options = { fileName: 'mixed.csv', rateUnit: 'perSecond' } as const;
    expect(plain(await importTrafficFile(file, options))).toEqual(plain(parseTrafficText(text.replace(/^\ufeff/, ''), options)));
  });

  it('never takes UTF-16 bytes for ASCII: a UTF-16LE file of several reads', async () => {
    const text = bigCsv(40_000);
    const file = path.join(dir, 'big-utf16.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await importTrafficFile(file, { fileName: 'big-utf16.csv', rateUnit: 'perSecond' });
    expect(plain(r)).toEqual(plain(parseTrafficText(text, { fileName: 'big-utf16.csv', rateUnit: 'perSecond' })));
  });

  it('reads Grafana\'s UTF-16LE "CSV for Excel" (BOM, tabs) as the UTF-8 file reads', async () => {
    const utf8 = readFileSync(path.join(fixturesDir, 'real-grafana-excel.csv'), 'utf8').replace(/^\ufeff/, '').replaceAll(',', '\t').replace('sep=\t', 'sep=\t');
    const file = path.join(dir, 'grafana-excel-utf16.tsv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]));
    const r = await importTrafficFile(file, { fileName: 'grafana-excel-utf16.tsv' });
    if (!r.ok) throw new Error(r.error.message);
    expect(Array.from(r.points.v)).toEqual([120.5, 130, 125.25, 140]);
    expect(r.summary.format).toBe('grafana');
    expect(r.warnings.join(' ')).not.toMatch(/Windows-1252/);
  });

  it('streams without keeping points (as the CLI does) to the same summary, and asks to keep them for a file out of order', async () => {
    const file = path.join(dir, 'stream.csv');
    writeFileSync(file, bigCsv(50_000));
    const kept = await importTrafficFile(file, { fileName: 'stream.csv', rateUnit: 'perSecond' });
    const streamed = await importTrafficFile(file, { fileName: 'stream.csv', rateUnit: 'perSecond', keepPoints: false });
    if (!kept.ok || !streamed.ok) throw new Error('not imported');
    expect(streamed.summary).toEqual(kept.summary);
    expect(streamed.warnings).toEqual(kept.warnings);
    expect(streamed.points.t.length).toBe(0);
    await expect(importTrafficFile(path.join(fixturesDir, 'joined-exports.csv'), { fileName: 'j.csv', keepPoints: false })).rejects.toThrow(NeedsPointsError);
  });

  it('rejects a missing file with the fs error (the CLI exits 1)', async () => {
    await expect(importTrafficFile(path.join(dir, 'nope.csv'), { fileName: 'nope.csv' })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('storeImportedHistory', () => {
  it('writes a file read from disk into the store as day blocks, in the real migrations\' tables', async () => {
    const { db } = openDatabase(path.join(dir, 'store-db'));
    const planId = createPlanRepository(db).create(createTemplateLoader(path.resolve(__dirname, '../../../resources/samples'))('blank')).id;
    const repo = createTrafficRepository(db);
    const file = path.join(dir, 'store.csv');
    writeFileSync(file, bigCsv(3_000)); // 2026-01-01 00:00 onwards, per minute: 1,440 + 1,440 + 120
    const r = await importTrafficFile(file, { fileName: 'store.csv', rateUnit: 'perSecond' });
    if (!r.ok) throw new Error(r.error.message);
    const stored = storeImportedHistory(repo, { planId, sourceNodeId: 'src', fileName: 'store.csv', format: r.summary.format }, r.points, r.summary);
    expect(stored).toMatchObject({ rowCount: 3_000, dayCount: 3 });
    const blocks = db.prepare('SELECT day, point_count AS n FROM traffic_blocks ORDER BY day').all();
    expect(blocks).toEqual([{ day: 20454, n: 1_440 }, { day: 20455, n: 1_440 }, { day: 20456, n: 120 }]);
    const days = [...repo.points(planId, 'src')];
    expect(days[2]?.t[119]).toBe(r.points.t[2_999]);
    expect(days[2]?.v[119]).toBe(r.points.v[2_999]);
    db.close();
  });
});
