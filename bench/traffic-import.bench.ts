// Importing a 2-year per-minute history (1M rows, ~40 MB CSV) end to end — read, parse,
// validate, aggregate, store into SQLite — against papaparse parsing the same file alone
// (streamed, its fastest reasonable setting). Goal: ≤ 1.5× papaparse, peak RSS < 300 MB.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { importTrafficFile } from '../src/main/traffic/import-traffic-file';
import { insertTrafficPoints } from '../src/main/traffic/store-points';

const ROWS = 1_000_000;
const RUNS = 5;
const file = path.join(tmpdir(), `headroom-bench-traffic-${ROWS}-v2.csv`);
const dbFile = path.join(tmpdir(), 'headroom-bench-traffic.sqlite');
/** Series ids in the store are UUIDs; their length matters to a row-per-point table. */
const SERIES_ID = '3f2b8c1e-9d4a-4c7e-8f21-6a5b0c9d7e13';

/** Deterministic: a daily wave, weekly dip, slow growth and mulberry32 noise. */
function generate(): void {
  let seed = 42;
  function rand(): number {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }
  const start = Date.UTC(2024, 0, 1);
  const parts: string[] = ['timestamp,requests_per_second\n'];
  for (let i = 0; i < ROWS; i++) {
    const t = start + i * 60_000;
    const day = i / 1440;
    const wave = 1 + 0.6 * Math.sin(((i % 1440) / 1440) * 2 * Math.PI - Math.PI / 2);
    const weekly = new Date(t).getUTCDay() % 6 === 0 ? 0.8 : 1;
    const v = 1200 * Math.pow(1.03, day / 30.4375) * wave * weekly * (0.95 + 0.1 * rand());
    // Offsets written out (+00:00), as CloudWatch and many exporters do: ~40 bytes a row.
    parts.push(`${new Date(t).toISOString().slice(0, -1)}+00:00,${v.toFixed(3)}\n`);
  }
  writeFileSync(file, parts.join(''));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function papaparseOnce(): Promise<number> {
  const t0 = performance.now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
      chunk(results: Papa.ParseResult<unknown>) {
        rows += results.data.length;
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  if (rows < ROWS) throw new Error(`papaparse saw ${rows} rows`);
  return performance.now() - t0;
}

function openDb(): Database.Database {
  for (const s of ['', '-wal', '-shm']) rmSync(dbFile + s, { force: true });
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  // The store's own table (src/main/store/migrations.ts, migration 3).
  db.exec('CREATE TABLE traffic_points (series_id TEXT NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL, PRIMARY KEY (series_id, t)) WITHOUT ROWID');
  // For comparison only (not the store's schema): one row per UTC day, points as Float64 BLOBs.
  db.exec('CREATE TABLE traffic_day_blocks (series_id TEXT NOT NULL, day INTEGER NOT NULL, t BLOB NOT NULL, v BLOB NOT NULL, PRIMARY KEY (series_id, day)) WITHOUT ROWID');
  return db;
}

function insertDayBlocks(db: Database.Database, seriesId: string, t: Float64Array, v: Float64Array): void {
  const insert = db.prepare('INSERT INTO traffic_day_blocks (series_id, day, t, v) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    let i = 0;
    while (i < t.length) {
      const day = Math.floor((t[i] ?? 0) / 86_400_000);
      const dayEnd = (day + 1) * 86_400_000;
      let j = i + 1;
      while (j < t.length && (t[j] ?? 0) < dayEnd) j++;
      insert.run(seriesId, day, Buffer.from(t.buffer, t.byteOffset + i * 8, (j - i) * 8), Buffer.from(v.buffer, v.byteOffset + i * 8, (j - i) * 8));
      i = j;
    }
  })();
}

async function oursOnce(store: boolean): Promise<{ total: number; parse: number; store: number; blocks: number }> {
  const db = store ? openDb() : null; // the app's store is open before an import starts
  const t0 = performance.now();
  const result = await importTrafficFile(file, { fileName: path.basename(file) });
  const t1 = performance.now();
  if (!result.ok) throw new Error(result.error.message);
  if (result.summary.rows !== ROWS) throw new Error(`imported ${result.summary.rows} rows`);
  if (db !== null) insertTrafficPoints(db, SERIES_ID, result.points);
  const t2 = performance.now();
  if (db !== null) insertDayBlocks(db, SERIES_ID, result.points.t, result.points.v);
  const blocks = performance.now() - t2;
  if (db !== null) {
    const count = db.prepare('SELECT count(*) AS n FROM traffic_points').get() as { n: number };
    if (count.n !== ROWS) throw new Error(`stored ${count.n} rows`);
    db.close();
  }
  return { total: t2 - t0, parse: t1 - t0, store: t2 - t1, blocks };
}

async function main(): Promise<void> {
  if (!existsSync(file)) {
    // In a child process, so building the file's text does not count in our peak RSS.
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--generate'], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error('could not generate the input file');
  }
  const mb = statSync(file).size / 1024 / 1024;
  console.log(`input: ${file} (${ROWS.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB)`);
  await oursOnce(true); // warm up both paths (JIT) before timing
  // Before papaparse ever runs, so the figure is ours alone (one full import incl. SQLite).
  const oursRssMb = process.resourceUsage().maxRSS / 1024;
  await papaparseOnce();
  const full: number[] = [];
  const parseOnly: number[] = [];
  const storeOnly: number[] = [];
  const blocksOnly: number[] = [];
  const papa: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    gc();
    const o = await oursOnce(true);
    full.push(o.total);
    parseOnly.push(o.parse);
    storeOnly.push(o.store);
    blocksOnly.push(o.blocks);
    gc();
    papa.push(await papaparseOnce());
  }
  const p = median(papa);
  const f = median(full);
  const po = median(parseOnly);
  console.log(`papaparse alone (stream, chunk callback): ${p.toFixed(0)} ms (median of ${RUNS})`);
  console.log(`headroom read+parse+validate+aggregate:   ${po.toFixed(0)} ms  (${(po / p).toFixed(2)}× papaparse)`);
  console.log(`headroom store into SQLite (row per point): ${median(storeOnly).toFixed(0)} ms  (the store's migration-3 table)`);
  console.log(`headroom full import:                     ${f.toFixed(0)} ms  (${(f / p).toFixed(2)}× papaparse; goal ≤ 1.5×)`);
  const b = median(blocksOnly);
  console.log(`  for comparison, storing day blocks (BLOB per UTC day) instead: ${b.toFixed(0)} ms → full import ${(po + b).toFixed(0)} ms (${((po + b) / p).toFixed(2)}× papaparse)`);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`peak RSS of one full import: ${oursRssMb.toFixed(0)} MB (goal < 300 MB); of the whole bench incl. papaparse: ${maxRssMb.toFixed(0)} MB`);
  for (const s of ['', '-wal', '-shm']) rmSync(dbFile + s, { force: true });
}

if (process.argv.includes('--generate')) generate();
else await main();
