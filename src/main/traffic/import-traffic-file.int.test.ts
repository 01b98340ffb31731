import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTrafficText } from '../../shared/traffic';
import { importTrafficFile, type TrafficImportProgress } from './import-traffic-file';
import { insertTrafficPoints } from './store-points';

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
    const fromDisk = await importTrafficFile(file, { fileName: name });
    expect(plain(fromDisk)).toEqual(plain(parseTrafficText(readFileSync(file, 'utf8'), { fileName: name })));
  });
});

describe('importTrafficFile: streaming', () => {
  it('reports progress as bytes read of the total, ending at the file size', async () => {
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, bigCsv(60_000));
    const seen: TrafficImportProgress[] = [];
    const r = await importTrafficFile(file, { fileName: 'big.csv' }, (p) => seen.push(p));
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
    const run = importTrafficFile(file, { fileName: 'cancel.csv' }, (p) => {
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
    const r = await importTrafficFile(file, { fileName: 'latin1.csv' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.summary.series).toBe('Requêtes');
    expect(Array.from(r.points.v)).toEqual([120.5, 130]);
    expect(r.warnings[0]).toMatch(/not UTF-8; it was read as Windows-1252/);
  });

  it('decodes a multi-byte character split across reads', async () => {
    const file = path.join(dir, 'utf8.csv');
    const header = `"zeit ${'é'.repeat(700_000)}",value\n`;
    writeFileSync(file, `${header}2026-11-22T14:00:00Z,1\n2026-11-22T14:01:00Z,2\n`);
    const r = await importTrafficFile(file, { fileName: 'utf8.csv' });
    expect(r.ok && Array.from(r.points.v)).toEqual([1, 2]);
  });

  it('rejects a missing file with the fs error (the CLI exits 1)', async () => {
    await expect(importTrafficFile(path.join(dir, 'nope.csv'), { fileName: 'nope.csv' })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('insertTrafficPoints', () => {
  it('writes every point into the store schema in one transaction', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE traffic_points (series_id TEXT NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL, PRIMARY KEY (series_id, t)) WITHOUT ROWID');
    const file = path.join(dir, 'store.csv');
    writeFileSync(file, bigCsv(1_234));
    const r = await importTrafficFile(file, { fileName: 'store.csv' });
    if (!r.ok) throw new Error(r.error.message);
    insertTrafficPoints(db, 's1', r.points);
    const rows = db.prepare('SELECT t, v FROM traffic_points WHERE series_id = ? ORDER BY t').all('s1') as { t: number; v: number }[];
    expect(rows.length).toBe(1_234);
    expect(rows[1_233]).toEqual({ t: r.points.t[1_233], v: r.points.v[1_233] });
    expect(() => insertTrafficPoints(db, 's1', r.points)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect((db.prepare('SELECT count(*) AS n FROM traffic_points').get() as { n: number }).n).toBe(1_234);
  });
});
